package dev.autogen.dialect.sqlite;

import dev.autogen.AutogenException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;

/**
 * A migration's transaction on SQLite: {@code BEGIN IMMEDIATE}, which takes the database's write
 * lock at once, so a second migration waits at its own begin instead of failing midway.
 *
 * <p>sqlite-jdbc runs the begin statement of its configured transaction mode when auto-commit is
 * switched off, and runs it again right after every commit and rollback. The mode is IMMEDIATE
 * only while this begin runs: left there, each commit would start a new transaction that holds
 * the lock again, and the lock would no longer end with the transaction.
 *
 * <p>It also switches foreign key enforcement off for the connection, which table rebuilds need.
 */
final class SqliteMigrationLock {
    /** How long a second writer waits for the lock before giving up (a large rebuild can take a while). */
    static final Duration WAIT = Duration.ofMinutes(2);
    private static final int SQLITE_BUSY = 5;
    /** The same in an offline script: the pragma must come before BEGIN to take effect. */
    static final List<String> SCRIPT_BEGIN = List.of("PRAGMA foreign_keys = OFF", "BEGIN IMMEDIATE");

    private SqliteMigrationLock() {
    }

    /**
     * Gives the connection the lock's wait as its busy timeout (unless the URL set a longer one), so
     * that every statement of the run, reads of the version table included, waits for a writer as
     * long as taking the lock does.
     */
    static void waitForLocks(Connection connection) throws SQLException {
        SqliteDriver sqlite = SqliteDriver.of(connection);
        if (sqlite.busyTimeoutMillis() < WAIT.toMillis()) {
            sqlite.busyTimeoutMillis((int) WAIT.toMillis());
        }
    }

    static void begin(Connection connection) throws SQLException {
        waitForLocks(connection);
        SqliteDriver sqlite = SqliteDriver.of(connection);
        if (!connection.getAutoCommit()) {
            // Ends the idle deferred transaction sqlite-jdbc keeps open (committing what the caller left in it).
            connection.setAutoCommit(true);
        }
        // A table rebuild drops the old table; with foreign keys enforced that would first delete its
        // rows and cascade into the tables referencing it. The pragma only takes effect outside a
        // transaction, so it is switched off here, before BEGIN (SQLite's procedure for ALTER TABLE).
        try (Statement s = connection.createStatement()) {
            s.execute("PRAGMA foreign_keys = OFF");
        }
        sqlite.transactionMode("IMMEDIATE");
        try {
            connection.setAutoCommit(false);
        } catch (SQLException e) {
            // The driver marks the connection as in a transaction before BEGIN runs; undo that.
            sqlite.markAutoCommit();
            if (e.getErrorCode() != SQLITE_BUSY) {
                throw e;
            }
            throw new AutogenException("cannot take the SQLite database's write lock within " + WAIT.toSeconds()
                    + " seconds: another migration or writer holds it; retry once it has finished ("
                    + e.getMessage() + ")", e);
        } finally {
            sqlite.transactionMode("DEFERRED");
        }
    }
}
