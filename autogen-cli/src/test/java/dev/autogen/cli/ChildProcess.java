package dev.autogen.cli;

import dev.autogen.testing.TestDatabase;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/**
 * {@code autogen} as a real child process started by the {@code ./autogen} launcher, so that a test
 * can kill it with SIGKILL in the middle of a revision, as an operating system or an impatient
 * operator would. The launcher runs {@code java -jar autogen-cli/target/autogen-cli.jar} beside it
 * (and execs it, so the process killed is the JVM); since the tests run before {@code package}
 * builds that jar, the launcher is copied into a folder of its own with a jar whose manifest names
 * {@link Main} and the test class path.
 */
final class ChildProcess {
    private static final long WAIT_MILLIS = 30_000;

    /**
     * Rows for a statement that writes for a second or two: enough for a test to see it start and
     * kill the process inside it, short enough that PostgreSQL's orphaned backend (which only notices
     * the dead client when the statement ends) soon releases the lock.
     */
    static int longInsertRows(TestDatabase db) {
        return db.isSqlite() ? 1_000_000 : 300_000;
    }

    static String longInsert(TestDatabase db) {
        if (db.isMariaDb()) {
            // MariaDB's sequence engine: a table of 1..n for the asking.
            return "INSERT INTO events (id) SELECT seq FROM seq_1_to_" + longInsertRows(db);
        }
        return "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < " + longInsertRows(db)
                + ") INSERT INTO events (id) SELECT i FROM n";
    }

    private final Process process;
    private final Path log;

    private ChildProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    static ChildProcess autogen(UserProject app, String... args) throws IOException {
        return autogenLoggingTo(app, "child.log", args);
    }

    /** As above, its output (stdout and stderr) in {@code logName} in the project folder. */
    static ChildProcess autogenLoggingTo(UserProject app, String logName, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of("bash", launcher(app.db().workDir()).toString()));
        command.addAll(List.of(args));
        Path log = app.dir().resolve(logName);
        ProcessBuilder builder = new ProcessBuilder(command).directory(app.dir().toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        return new ChildProcess(builder.start(), log);
    }

    /** The launcher script in {@code dir/launcher}, with the jar it runs: made once per folder. */
    private static synchronized Path launcher(Path dir) throws IOException {
        Path home = dir.resolve("launcher");
        Path script = home.resolve("autogen");
        if (Files.exists(script)) {
            return script;
        }
        Files.createDirectories(home.resolve("autogen-cli/target"));
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, Main.class.getName());
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, String.join(" ",
                Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
                        .map(entry -> Path.of(entry).toAbsolutePath().toUri().toString()).toList()));
        try (JarOutputStream jar = new JarOutputStream(
                Files.newOutputStream(home.resolve("autogen-cli/target/autogen-cli.jar")), manifest)) {
            jar.flush();
        }
        Files.copy(Path.of("..", "autogen"), script);
        return script;
    }

    /** Waits for the child to end by itself; its exit code. */
    int await() throws InterruptedException {
        if (!process.waitFor(WAIT_MILLIS * 4, TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the child did not end:\n" + output());
        }
        return process.exitValue();
    }

    /**
     * Waits until the child is inside a revision's transaction and has written: SQLite has created
     * its rollback journal, PostgreSQL and MariaDB show the long statement as running.
     */
    void waitUntilWriting(TestDatabase db) throws Exception {
        long deadline = System.currentTimeMillis() + WAIT_MILLIS;
        while (!isWriting(db)) {
            if (!process.isAlive() || System.currentTimeMillis() > deadline) {
                throw new AssertionError("the child never started writing:\n" + output());
            }
            Thread.sleep(20);
        }
    }

    void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            throw new AssertionError("the child survived SIGKILL");
        }
    }

    String output() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(no output: " + e + ")";
        }
    }

    private static boolean isWriting(TestDatabase db) throws SQLException {
        if (db.isSqlite()) {
            String file = db.url().substring("jdbc:sqlite:".length());
            return Files.exists(Path.of(file + "-journal"));
        }
        if (db.isMariaDb()) {
            try (Connection c = db.connect(); Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT count(*) FROM information_schema.processlist WHERE id <>"
                            + " CONNECTION_ID() AND info LIKE '%INSERT INTO events%'")) {
                rs.next();
                return rs.getInt(1) > 0;
            }
        }
        try (Connection c = db.connect(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT count(*) FROM pg_stat_activity WHERE state = 'active'"
                        + " AND pid <> pg_backend_pid() AND query LIKE '%INSERT INTO events%'")) {
            rs.next();
            return rs.getInt(1) > 0;
        }
    }
}
