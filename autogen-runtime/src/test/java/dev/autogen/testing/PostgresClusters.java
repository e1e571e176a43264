package dev.autogen.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.opentest4j.TestAbortedException;

/**
 * More PostgreSQL servers on this machine, for tests that need several real servers (a fleet over
 * three of them): Debian's {@code pg_createcluster} makes a cluster {@code autogen_<port>} of the
 * installed PostgreSQL on each port (owned by the postgres user, trust authentication, listening on
 * localhost), and {@code pg_ctlcluster} starts it. Idempotent: a cluster that exists is only started
 * when it is down, so a second run costs a connection check. Without {@code pg_createcluster} the
 * test is skipped with the reason, and under {@code CI=true} it fails with it instead.
 */
public final class PostgresClusters {
    private static final String CREATE = "/usr/bin/pg_createcluster";

    private PostgresClusters() {
    }

    /** A JDBC URL (database {@code postgres}, user {@code postgres}) for a running server on each port. */
    public static synchronized List<String> running(int... ports) {
        if (!Files.isExecutable(Path.of(CREATE))) {
            String why = "this test needs more PostgreSQL servers and creates them with pg_createcluster, which is not"
                    + " installed (apt-get install postgresql-common)";
            if (PostgresServer.requiredByCi()) {
                throw new AssertionError(why + " (CI=true: a missing tool fails the build)");
            }
            throw new TestAbortedException(why);
        }
        String version = installedVersion();
        List<String> urls = new ArrayList<>();
        for (int port : ports) {
            String name = "autogen_" + port;
            String status = clusterStatus(version, name);
            if (status.isEmpty()) {
                run(CREATE, version, name, "-p", String.valueOf(port), "--", "--auth=trust");
            }
            if (!status.equals("online")) {
                run("/usr/bin/pg_ctlcluster", version, name, "start");
            }
            String url = "jdbc:postgresql://127.0.0.1:" + port + "/postgres?user=postgres";
            awaitReachable(url);
            urls.add(url);
        }
        return urls;
    }

    /** The major version of the installed server: the one the machine's own clusters run. */
    private static String installedVersion() {
        for (String line : run("/usr/bin/pg_lsclusters", "-h").split("\n")) {
            String[] fields = line.trim().split("\\s+");
            if (fields.length >= 4) {
                return fields[0];
            }
        }
        try (var versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            return versions.map(p -> p.getFileName().toString()).sorted().reduce((a, b) -> b)
                    .orElseThrow(() -> new AssertionError("no PostgreSQL under /usr/lib/postgresql"));
        } catch (IOException e) {
            throw new AssertionError("no PostgreSQL cluster and no /usr/lib/postgresql: " + e.getMessage(), e);
        }
    }

    /** {@code online}, {@code down}, or empty when there is no such cluster. */
    private static String clusterStatus(String version, String name) {
        for (String line : run("/usr/bin/pg_lsclusters", "-h").split("\n")) {
            String[] fields = line.trim().split("\\s+");
            if (fields.length >= 4 && fields[0].equals(version) && fields[1].equals(name)) {
                return fields[3];
            }
        }
        return "";
    }

    private static void awaitReachable(String url) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        SQLException last = null;
        while (System.nanoTime() < deadline) {
            try (Connection c = DriverManager.getConnection(url)) {
                return;
            } catch (SQLException e) {
                last = e;
                sleep();
            }
        }
        throw new AssertionError("the PostgreSQL cluster at " + url + " did not accept connections within 30 s: "
                + Optional.ofNullable(last).map(SQLException::getMessage).orElse(""));
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    private static String run(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new AssertionError(String.join(" ", command) + " failed: " + output.strip());
            }
            return output;
        } catch (IOException e) {
            throw new AssertionError(String.join(" ", command) + " could not run: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
