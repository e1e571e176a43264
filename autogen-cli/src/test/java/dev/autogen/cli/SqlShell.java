package dev.autogen.cli;

import dev.autogen.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs an offline SQL script the way a DBA would: through {@code sqlite3}, {@code psql} or
 * {@code mariadb}. Where the shell is not installed it falls back to JDBC, one statement at a time,
 * and says so on stderr (CI installs the shells, see {@code .ci/run}).
 */
final class SqlShell {
    private static final Pattern POSTGRES_URL = Pattern.compile("jdbc:postgresql://([^:/]+)(?::(\\d+))?/([^?]+)(\\?.*)?");
    private static final Pattern MARIADB_URL = Pattern.compile("jdbc:mariadb://([^:/]+)(?::(\\d+))?/([^?]+)(\\?.*)?");

    private SqlShell() {
    }

    /** Runs {@code script} on the database at {@code url}; a PostgreSQL script runs in {@code schema}. */
    static void run(String url, String schema, String script, Path workDir) throws Exception {
        boolean sqlite = url.startsWith("jdbc:sqlite:");
        boolean mariadb = url.startsWith("jdbc:mariadb:");
        String shell = sqlite ? "sqlite3" : mariadb ? "mariadb" : "psql";
        String text = sqlite || mariadb ? script : "SET search_path TO " + schema + ";\n" + script;
        if (!onPath(shell)) {
            System.err.println("SqlShell: " + shell + " is not installed; running the script through JDBC");
            runThroughJdbc(url, text);
            return;
        }
        Path file = Files.writeString(workDir.resolve("offline-" + shell + ".sql"), text);
        List<String> command = new ArrayList<>();
        ProcessBuilder builder = new ProcessBuilder(command).redirectInput(file.toFile()).redirectErrorStream(true);
        if (sqlite) {
            command.addAll(List.of("sqlite3", "-bail", url.substring("jdbc:sqlite:".length())));
        } else if (mariadb) {
            Matcher m = MARIADB_URL.matcher(url);
            if (!m.matches()) {
                throw new IllegalArgumentException("cannot read host and database from " + url);
            }
            Map<String, String> params = params(m.group(4));
            // The client stops at the first failing statement (no --force).
            command.addAll(List.of("mariadb", "--batch", "-h", m.group(1), "-P", m.group(2) == null ? "3306" : m.group(2),
                    "-u", params.getOrDefault("user", "root"), m.group(3)));
            if (params.containsKey("password")) {
                builder.environment().put("MYSQL_PWD", params.get("password"));
            }
        } else {
            Matcher m = POSTGRES_URL.matcher(url);
            if (!m.matches()) {
                throw new IllegalArgumentException("cannot read host and database from " + url);
            }
            Map<String, String> params = params(m.group(4));
            command.addAll(List.of("psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", m.group(1), "-p",
                    m.group(2) == null ? "5432" : m.group(2), "-d", m.group(3), "-U", params.getOrDefault("user", "postgres")));
            if (params.containsKey("password")) {
                builder.environment().put("PGPASSWORD", params.get("password"));
            }
        }
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new AssertionError(shell + " failed on the offline script:\n" + output + "\n--- script\n" + text);
        }
    }

    private static void runThroughJdbc(String url, String script) throws SQLException {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            for (String statement : script.split(";\n")) {
                String sql = statement.lines().filter(l -> !l.startsWith("--")).reduce("", (a, b) -> a + b + "\n").strip();
                if (!sql.isEmpty()) {
                    s.execute(sql);
                }
            }
        }
    }

    private static Map<String, String> params(String query) {
        Map<String, String> params = new java.util.HashMap<>();
        if (query != null) {
            for (String pair : query.substring(1).split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    params.put(pair.substring(0, eq), pair.substring(eq + 1));
                }
            }
        }
        return params;
    }

    private static boolean onPath(String program) {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }

    /** The URL of another database on the test's MariaDB server. */
    static String withMariaDbDatabase(TestDatabase db, String database) {
        return db.url().replaceFirst("(jdbc:mariadb://[^/]+/)[^?]*", "$1" + database);
    }

    /** Only for the JDBC fallback's PostgreSQL URL: the schema the script runs in. */
    static String withSchema(TestDatabase db, String schema) {
        return db.url().replaceAll("currentSchema=[^&]*", "currentSchema=" + schema);
    }
}
