package dev.autogen.dialect.sqlite;

import dev.autogen.dialect.RunRestore;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The journal during a run of many revisions. In a rollback mode (DELETE, SQLite's default, and
 * TRUNCATE or PERSIST) every commit syncs the journal and the database file, several times: on a
 * history of hundreds of revisions that is most of the run. The run puts the database in WAL mode
 * with {@code synchronous = NORMAL} instead: a commit appends to the write-ahead log without a
 * sync, each revision is still one transaction (the log's frames carry checksums, and recovery
 * stops at the last whole commit), and a power loss can lose the latest revisions whole, never
 * part of one, as PostgreSQL's deferred flushes can. At the end the run checkpoints, which syncs
 * the log and then the database file, and puts the rollback mode back, which removes the log; only
 * then is the run reported done.
 *
 * <p>WAL mode belongs to the database file, so a marker beside it ({@link SqliteJournalMarker})
 * remembers the mode to put back; a run killed midway leaves it, and the next run puts the mode
 * back. Where the marker cannot be written the run keeps its rollback journal between commits
 * instead (PERSIST: the same syncs, no file created and unlinked each time). A database already in
 * WAL mode without a marker, or in memory, is left alone.
 */
final class SqliteRunJournal {
    static final Set<String> ROLLBACK_MODES = Set.of("delete", "truncate", "persist");
    private static final int SQLITE_BUSY = 5;
    private static final int SQLITE_LOCKED = 6;
    /**
     * A marker beside a database in a rollback mode is forgotten only once it is this old: a run
     * starting at the same moment as another may read the mode just before the other switches.
     */
    private static final Duration STALE_AFTER = Duration.ofSeconds(10);
    /** How long the end of a run waits for another connection to close before it leaves the mode to the next run. */
    private static final long PUT_BACK_WAIT_MILLIS = 1000;

    private SqliteRunJournal() {
    }

    static RunRestore forRun(Connection connection, int revisions) throws SQLException {
        Optional<Path> file = databaseFile(connection);
        if (file.isEmpty()) {
            return RunRestore.NOTHING;
        }
        SqliteJournalMarker marker = SqliteJournalMarker.beside(file.get());
        String mode = mode(connection);
        if (mode.equals("wal")) {
            // A marker here means a run was killed in WAL mode: this one puts the saved mode back.
            Optional<String> saved = marker.savedMode();
            if (saved.isEmpty()) {
                return RunRestore.NOTHING;
            }
            String synchronous = pragma(connection, "PRAGMA synchronous");
            execute(connection, "PRAGMA synchronous = NORMAL");
            return c -> putBack(c, saved.get(), synchronous, marker);
        }
        forgetIfStale(marker);
        if (!ROLLBACK_MODES.contains(mode) || revisions < 2) {
            return RunRestore.NOTHING;
        }
        if (switchedToWal(connection, mode, marker)) {
            String synchronous = pragma(connection, "PRAGMA synchronous");
            execute(connection, "PRAGMA synchronous = NORMAL");
            return c -> putBack(c, mode, synchronous, marker);
        }
        if (!mode.equals("delete")) {
            return RunRestore.NOTHING;
        }
        execute(connection, "PRAGMA journal_mode = PERSIST");
        return c -> {
            endIdleTransaction(c);
            if (!waiting(c, "PRAGMA journal_mode = DELETE").equals(Optional.of("delete"))) {
                throw staysIn(mode(c), "delete");
            }
            // Back in a rollback mode with no other connection open: a marker another run left is spent.
            forget(marker);
        };
    }

    private static boolean switchedToWal(Connection connection, String mode, SqliteJournalMarker marker)
            throws SQLException {
        try {
            marker.save(mode);
        } catch (IOException e) {
            return false;
        }
        if (withoutWaiting(connection, "PRAGMA journal_mode = WAL").equals(Optional.of("wal"))) {
            return true;
        }
        // Another run may be switching at this moment: the marker (the same mode) stays for whichever run
        // ends last, and is forgotten later if the database stays in its rollback mode.
        return mode(connection).equals("wal");
    }

    /**
     * The mode changes only while no other connection reads the database. Rather than wait a busy
     * timeout (the lock's, minutes) for that, the change is tried once: the run then keeps the mode
     * it has. Empty when the database was busy.
     */
    private static Optional<String> withoutWaiting(Connection connection, String sql) throws SQLException {
        String timeout = pragma(connection, "PRAGMA busy_timeout");
        execute(connection, "PRAGMA busy_timeout = 0");
        try {
            return Optional.of(pragma(connection, sql));
        } catch (SQLException e) {
            if (e.getErrorCode() != SQLITE_BUSY && e.getErrorCode() != SQLITE_LOCKED) {
                throw e;
            }
            return Optional.empty();
        } finally {
            execute(connection, "PRAGMA busy_timeout = " + Integer.parseInt(timeout));
        }
    }

    /**
     * A mode change tried again for a moment: another run that ends at the same time closes its
     * connection a few milliseconds later. Empty when the database stayed busy.
     */
    private static Optional<String> waiting(Connection connection, String sql) throws SQLException {
        long deadline = System.nanoTime() + PUT_BACK_WAIT_MILLIS * 1_000_000;
        while (true) {
            Optional<String> mode = withoutWaiting(connection, sql);
            if (mode.isPresent() || System.nanoTime() > deadline) {
                return mode;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return mode;
            }
        }
    }

    /**
     * The checkpoint comes first: it syncs the log, so every revision of the run is on disk even if
     * another connection keeps the database in WAL mode.
     */
    private static void putBack(Connection connection, String mode, String synchronous, SqliteJournalMarker marker)
            throws SQLException {
        endIdleTransaction(connection);
        execute(connection, "PRAGMA synchronous = " + Integer.parseInt(synchronous));
        execute(connection, "PRAGMA wal_checkpoint(PASSIVE)");
        Optional<String> now = waiting(connection, "PRAGMA journal_mode = " + mode.toUpperCase(Locale.ROOT));
        if (!now.equals(Optional.of(mode))) {
            throw staysIn("wal", mode);
        }
        try {
            marker.delete();
        } catch (IOException e) {
            throw new SQLException("cannot remove " + marker.file() + ": " + e.getMessage(), e);
        }
    }

    private static SQLException staysIn(String mode, String wanted) {
        return new SQLException("the database stays in " + mode.toUpperCase(Locale.ROOT) + " mode, since another"
                + " connection has it open; the next run that applies or reverts a revision puts "
                + wanted.toUpperCase(Locale.ROOT) + " back");
    }

    /** A marker left by a run killed after it put the mode back, before it removed the marker. */
    private static void forgetIfStale(SqliteJournalMarker marker) {
        if (marker.olderThan(STALE_AFTER)) {
            forget(marker);
        }
    }

    private static void forget(SqliteJournalMarker marker) {
        try {
            marker.delete();
        } catch (IOException e) {
            // An unreadable stale marker is ignored all the same: the database is not in WAL mode.
        }
    }

    /** Ends the idle transaction sqlite-jdbc opens after each commit: the mode changes outside one. */
    private static void endIdleTransaction(Connection connection) throws SQLException {
        if (!connection.getAutoCommit()) {
            connection.setAutoCommit(true);
        }
    }

    static String mode(Connection connection) throws SQLException {
        return pragma(connection, "PRAGMA journal_mode");
    }

    /** The main database's file; empty for a database in memory or a temporary one. */
    private static Optional<Path> databaseFile(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement();
                ResultSet r = s.executeQuery("SELECT file FROM pragma_database_list WHERE name = 'main'")) {
            String file = r.next() ? r.getString(1) : null;
            return file == null || file.isEmpty() ? Optional.empty() : Optional.of(Path.of(file));
        }
    }

    private static String pragma(Connection connection, String sql) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(sql)) {
            return r.next() ? r.getString(1).toLowerCase(Locale.ROOT) : "";
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute(sql);
        }
    }
}
