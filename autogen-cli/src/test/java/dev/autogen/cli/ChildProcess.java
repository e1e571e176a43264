package dev.autogen.cli;

import dev.autogen.testing.TestDatabase;
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

/**
 * {@code autogen} as a real child process ({@code java -cp <test class path> dev.autogen.cli.Main}),
 * so that a test can kill it with SIGKILL in the middle of a revision, as an operating system or an
 * impatient operator would.
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
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString(), "-XX:TieredStopAtLevel=1", "-cp",
                System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        Path log = app.dir().resolve("child.log");
        Process process = new ProcessBuilder(command).directory(app.dir().toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        return new ChildProcess(process, log);
    }

    /**
     * Waits until the child is inside a revision's transaction and has written: SQLite has created
     * its rollback journal, PostgreSQL shows the long statement as active.
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
        try (Connection c = db.connect(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT count(*) FROM pg_stat_activity WHERE state = 'active'"
                        + " AND pid <> pg_backend_pid() AND query LIKE '%INSERT INTO events%'")) {
            rs.next();
            return rs.getInt(1) > 0;
        }
    }
}
