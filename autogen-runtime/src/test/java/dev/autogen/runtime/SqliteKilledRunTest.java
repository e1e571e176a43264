package dev.autogen.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.AutogenException;
import dev.autogen.dialect.Dialect;
import dev.autogen.dialect.Dialects;
import dev.autogen.revision.LoadedRevision;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A SQLite run of several revisions commits to a write-ahead log (WAL mode, commits without a sync)
 * and puts the database's rollback mode back at the end, leaving no log, no journal and no marker;
 * a WAL database stays WAL. A run killed at any moment leaves the database at a revision boundary:
 * every table of the applied revisions with its row, nothing of the next; the next run, even of one
 * revision, puts the mode back.
 */
class SqliteKilledRunTest {

    @Test
    void aRunCommitsToAWriteAheadLogAndPutsTheModeBack(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("run.db");
        List<String> modes = new ArrayList<>();
        List<Connection> opened = new ArrayList<>();
        run(file, 3, modes, opened);

        assertThat(modes).containsExactly("wal", "wal", "wal");
        assertThat(mode(opened.get(0))).isEqualTo("delete");
        assertThat(rows(opened.get(0), "PRAGMA synchronous")).containsExactly("2");
        assertThat(leftBeside(file)).isEmpty();
        closeAll(opened);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            assertThat(rows(c, "SELECT version_num FROM autogen_version")).containsExactly(KilledRunChild.id(3));
            for (int i = 1; i <= 3; i++) {
                assertThat(rows(c, "SELECT name FROM t" + i)).containsExactly("row " + i);
            }
        }
    }

    @Test
    void aWalDatabaseStaysWal(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("wal.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("PRAGMA journal_mode = WAL");
        }
        List<String> modes = new ArrayList<>();
        List<Connection> opened = new ArrayList<>();
        run(file, 3, modes, opened);

        assertThat(modes).containsExactly("wal", "wal", "wal");
        assertThat(mode(opened.get(0))).isEqualTo("wal");
        assertThat(Files.exists(Path.of(file + "-autogen-journal-mode"))).isFalse();
        closeAll(opened);
    }

    @Test
    void aDatabaseAnotherConnectionReadsStaysWalUntilTheNextRun(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("shared.db");
        List<Connection> first = new ArrayList<>();
        run(file, 1, new ArrayList<>(), first);
        closeAll(first);
        List<String> said = new ArrayList<>();
        try (Connection reader = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            // The reader joins the log during the run, so the mode cannot change back at its end.
            List<Connection> second = new ArrayList<>();
            run(file, 3, new ArrayList<>(), second, said, () -> rows(reader, "SELECT count(*) FROM autogen_version"));
            closeAll(second);

            assertThat(said).anyMatch(line -> line.contains("the database stays in WAL mode"));
            assertThat(mode(reader)).isEqualTo("wal");
            assertThat(rows(reader, "SELECT name FROM t3")).containsExactly("row 3");
        }
        assertThat(Files.readString(Path.of(file + "-autogen-journal-mode")).strip()).isEqualTo("delete");

        List<Connection> opened = new ArrayList<>();
        run(file, 4, new ArrayList<>(), opened);
        assertThat(mode(opened.get(0))).isEqualTo("delete");
        closeAll(opened);
        assertThat(leftBeside(file)).isEmpty();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            for (int i = 1; i <= 4; i++) {
                assertThat(rows(c, "SELECT name FROM t" + i)).containsExactly("row " + i);
            }
        }
    }

    /**
     * Two runs of the same history at once: the lock lets one apply each revision, the other finds
     * it applied; the database is never left in WAL mode without the marker that puts it back.
     */
    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void twoRunsAtOnceApplyEveryRevisionAndTheModeComesBack(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("twice.db");
        int length = 40;
        twoRunsAtOnce(file, length, () -> List.of());

        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            assertEveryRevisionApplied(c, length);
            // The run that ends last waits a moment for the other's connection to close and puts the mode back;
            // when both end together and give up, the marker stays.
            if (mode(c).equals("wal")) {
                assertThat(Files.readString(Path.of(file + "-autogen-journal-mode")).strip()).isEqualTo("delete");
            } else {
                assertThat(mode(c)).isEqualTo("delete");
            }
        }
        assertTheNextRunPutsTheModeBack(file, length + 1);

        // A downgrade of several revisions runs in WAL too, and leaves the rows of the revisions below it.
        List<String> modes = new ArrayList<>();
        revert(file, length + 1, length - 1, modes);
        assertThat(modes).containsOnly("wal").hasSize(2);
        assertThat(leftBeside(file)).isEmpty();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            assertEveryRevisionApplied(c, length - 1);
            assertThat(rows(c, "SELECT name FROM sqlite_master WHERE name = 't" + length + "'")).isEmpty();
            assertThat(mode(c)).isEqualTo("delete");
        }
    }

    /** With an application's connection open throughout, neither run can put the mode back: the marker stays. */
    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void twoRunsAtOnceBesideAnOpenConnectionLeaveTheMarker(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("busy.db");
        int length = 40;
        try (Connection application = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            // It reads between the revisions, joining the write-ahead log as an application would.
            twoRunsAtOnce(file, length, () -> {
                synchronized (application) {
                    return rows(application, "SELECT count(*) FROM sqlite_master");
                }
            });

            assertEveryRevisionApplied(application, length);
            assertThat(mode(application)).isEqualTo("wal");
            assertThat(Files.readString(Path.of(file + "-autogen-journal-mode")).strip()).isEqualTo("delete");
        }
        assertTheNextRunPutsTheModeBack(file, length + 1);
    }

    /** Two threads upgrade the file to {@code length} at the same moment; at most one may fail, cleanly. */
    private static void twoRunsAtOnce(Path file, int length, Query atCommit) throws InterruptedException {
        // Unlike the other tests', these runs close their connections, as real runs do.
        List<Connection> closedAtTheEnd = new ArrayList<>() {
            @Override
            public boolean add(Connection c) {
                return true;
            }
        };
        List<Throwable> failed = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> runs = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Thread run = new Thread(() -> {
                try {
                    start.await();
                    run(file, length, Collections.synchronizedList(new ArrayList<>()), closedAtTheEnd,
                            Collections.synchronizedList(new ArrayList<>()), atCommit);
                } catch (Throwable e) {
                    failed.add(e);
                }
            });
            run.start();
            runs.add(run);
        }
        start.countDown();
        for (Thread run : runs) {
            run.join();
        }
        assertThat(failed).allSatisfy(e -> assertThat(e).isInstanceOf(AutogenException.class));
        assertThat(failed.size()).as("runs that failed").isLessThan(2);
    }

    private static void assertEveryRevisionApplied(Connection c, int length) throws SQLException {
        assertThat(rows(c, "SELECT version_num FROM autogen_version")).containsExactly(KilledRunChild.id(length));
        for (int i = 1; i <= length; i++) {
            assertThat(rows(c, "SELECT name FROM t" + i)).containsExactly("row " + i);
        }
    }

    /** The next run that applies a revision leaves the rollback mode and nothing beside the file. */
    private static void assertTheNextRunPutsTheModeBack(Path file, int to) throws SQLException {
        List<Connection> next = new ArrayList<>();
        run(file, to, new ArrayList<>(), next);
        assertThat(mode(next.get(0))).isEqualTo("delete");
        closeAll(next);
        assertThat(leftBeside(file)).isEmpty();
    }

    @Test
    void whereTheMarkerCannotBeWrittenTheRunKeepsItsRollbackJournal(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("plain.db");
        Path blocked = Path.of(file + "-autogen-journal-mode");
        Files.createDirectories(blocked);
        Files.writeString(blocked.resolve("keep"), "a folder where the marker would go");
        List<String> modes = new ArrayList<>();
        List<Connection> opened = new ArrayList<>();
        run(file, 3, modes, opened);

        assertThat(modes).containsExactly("persist", "persist", "persist");
        assertThat(mode(opened.get(0))).isEqualTo("delete");
        closeAll(opened);
        assertThat(Files.exists(Path.of(file + "-journal"))).isFalse();
        assertThat(Files.exists(Path.of(file + "-wal"))).isFalse();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            assertThat(rows(c, "SELECT name FROM t3")).containsExactly("row 3");
        }
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void aRunKilledMidwayLeavesARevisionBoundary(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("killed.db");
        int length = 120;
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), KilledRunChild.class.getName(), file.toString(),
                String.valueOf(length)).redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            int started = 0;
            String line;
            while (started < 15 && (line = out.readLine()) != null) {
                if (line.startsWith("Running upgrade")) {
                    started++;
                }
            }
            assertThat(started).as("steps the child started").isEqualTo(15);
            // SIGKILL: no shutdown hook, no rollback, no restore; somewhere inside a later revision.
            child.destroyForcibly();
            child.waitFor();
        }

        int applied;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            List<String> version = rows(c, "SELECT version_num FROM autogen_version");
            assertThat(version).hasSize(1);
            applied = Integer.parseInt(version.get(0).substring(1));
            assertThat(applied).isBetween(14, length - 1);
            for (int i = 1; i <= applied; i++) {
                assertThat(rows(c, "SELECT name FROM t" + i)).containsExactly("row " + i);
            }
            assertThat(rows(c, "SELECT name FROM sqlite_master WHERE name = 't" + (applied + 1) + "'")).isEmpty();
            assertThat(rows(c, "SELECT count(*) FROM autogen_version_checksums")).containsExactly(String.valueOf(applied));
            assertThat(mode(c)).isEqualTo("wal");
        }
        assertThat(Files.readString(Path.of(file + "-autogen-journal-mode")).strip()).isEqualTo("delete");

        // The next run, of one revision, puts the mode back; the one after goes on to the end.
        List<Connection> opened = new ArrayList<>();
        run(file, applied + 1, new ArrayList<>(), opened);
        assertThat(mode(opened.get(0))).isEqualTo("delete");
        closeAll(opened);
        assertThat(leftBeside(file)).isEmpty();
        run(file, length, new ArrayList<>(), new ArrayList<>());
        assertThat(leftBeside(file)).isEmpty();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            for (int i = 1; i <= length; i++) {
                assertThat(rows(c, "SELECT name FROM t" + i)).containsExactly("row " + i);
            }
        }
    }

    /**
     * Upgrades the file to revision {@code to} of the chain; {@code modes} gets the journal mode in
     * force at each commit, {@code opened} the connections, left open.
     */
    private static void run(Path file, int to, List<String> modes, List<Connection> opened) {
        run(file, to, modes, opened, new ArrayList<>(), () -> List.of());
    }

    /** As above; {@code said} gets the run's log lines, and {@code atCommit} runs before each commit. */
    private static void run(Path file, int to, List<String> modes, List<Connection> opened, List<String> said,
            Query atCommit) {
        String url = "jdbc:sqlite:" + file;
        Dialect dialect = Dialects.forUrl(url);
        List<LoadedRevision> chain = KilledRunChild.chain(to);
        ConnectionSource source = () -> {
            Connection target = DriverManager.getConnection(url);
            Connection probed = (Connection) Proxy.newProxyInstance(SqliteKilledRunTest.class.getClassLoader(),
                    new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                        if (method.getName().equals("commit")) {
                            modes.add(mode(target));
                            atCommit.rows();
                        }
                        if (method.getName().equals("close") && opened.stream().anyMatch(o -> o == proxy)) {
                            return null;
                        }
                        try {
                            return method.invoke(target, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
            opened.add(probed);
            return probed;
        };
        List<MigrationStep> steps = chain.stream().map(r -> new MigrationStep(r, Direction.UPGRADE)).toList();
        new Migrator(source, dialect, "autogen_version", chain.stream().map(LoadedRevision::info).toList(),
                said::add).run(steps);
    }

    /** Downgrades the file from revision {@code from} to {@code to}, closing its connections. */
    private static void revert(Path file, int from, int to, List<String> modes) {
        String url = "jdbc:sqlite:" + file;
        List<LoadedRevision> chain = KilledRunChild.chain(from);
        List<MigrationStep> steps = new ArrayList<>();
        for (int i = from; i > to; i--) {
            steps.add(new MigrationStep(chain.get(i - 1), Direction.DOWNGRADE));
        }
        ConnectionSource source = () -> {
            Connection target = DriverManager.getConnection(url);
            return (Connection) Proxy.newProxyInstance(SqliteKilledRunTest.class.getClassLoader(),
                    new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                        if (method.getName().equals("commit")) {
                            modes.add(mode(target));
                        }
                        try {
                            return method.invoke(target, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        };
        new Migrator(source, Dialects.forUrl(url), "autogen_version", chain.stream().map(LoadedRevision::info).toList(),
                line -> { }).run(steps);
    }

    @FunctionalInterface
    private interface Query {
        List<String> rows() throws SQLException;
    }

    /** Closes the connections the runs left open (the probe keeps them open to look at them afterwards). */
    private static void closeAll(List<Connection> opened) throws SQLException {
        for (Connection c : opened) {
            c.unwrap(Connection.class).close();
        }
    }

    /** What a run may leave beside the database file: a journal, a log, its index, the marker. */
    private static List<Path> leftBeside(Path file) {
        return Stream.of("-journal", "-wal", "-shm", "-autogen-journal-mode").map(suffix -> Path.of(file + suffix))
                .filter(Files::exists).toList();
    }

    private static String mode(Connection c) throws SQLException {
        return rows(c, "PRAGMA journal_mode").get(0);
    }

    private static List<String> rows(Connection c, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                rows.add(r.getString(1));
            }
        }
        return rows;
    }
}
