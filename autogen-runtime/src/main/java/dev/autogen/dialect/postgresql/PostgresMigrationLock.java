package dev.autogen.dialect.postgresql;

import java.nio.charset.StandardCharsets;
import dev.autogen.dialect.FirstColumn;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The lock that serializes migration runs against one version table: a transaction-level advisory
 * lock, so it ends with the commit or rollback and a crashed run can never leave it held. Advisory
 * locks belong to the whole database, so the key names the schema too: tenants in other schemas of
 * the same database (a fleet with {@code --jobs}) do not wait for each other, and an index built
 * concurrently in one schema never waits on a run queued in another.
 */
final class PostgresMigrationLock {
    /** The bytes of "auto" read as one number (0x6175746f): pg_locks shows it as the lock's classid. */
    static final int CLASS = (int) key("auto");
    /** Both keys: the class, and the hash of the schema the version table is in (pg_locks' objid). */
    static final String KEYS = CLASS + ", hashtext(coalesce(current_schema(), ''))";
    /** The same in an offline script. */
    static final List<String> SCRIPT_BEGIN = List.of("BEGIN", "SELECT pg_advisory_xact_lock(" + KEYS + ")");

    private PostgresMigrationLock() {
    }

    static void begin(Connection connection) throws SQLException {
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            // Waits while another run's transaction holds the lock.
            statement.execute("SELECT pg_advisory_xact_lock(" + KEYS + ")");
        }
    }

    /**
     * {@link #begin}, and {@code query} in the same round trip: pgjdbc sends both statements before
     * it waits, and the server runs the second only once the first returned, the lock held. In READ
     * COMMITTED each statement reads a snapshot taken when it starts, so the query sees every
     * commit made before the lock was granted.
     */
    static List<String> beginReading(Connection connection, String query) throws SQLException {
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            statement.execute("SELECT pg_advisory_xact_lock(" + KEYS + "); " + query);
            if (!statement.getMoreResults()) {
                throw new SQLException("no rows came back for " + query);
            }
            try (ResultSet rows = statement.getResultSet()) {
                return FirstColumn.of(rows);
            }
        }
    }

    /** The same lock held by the session, across the statements of a revision outside a transaction. */
    static final String SESSION_LOCK = "SELECT pg_advisory_lock(" + KEYS + ")";
    static final String SESSION_UNLOCK = "SELECT pg_advisory_unlock(" + KEYS + ")";

    static void lockSession(Connection connection) throws SQLException {
        connection.setAutoCommit(true);
        try (Statement statement = connection.createStatement()) {
            statement.execute(SESSION_LOCK);
        }
    }

    static void unlockSession(Connection connection) throws SQLException {
        connection.setAutoCommit(true);
        try (Statement statement = connection.createStatement()) {
            statement.execute(SESSION_UNLOCK);
        }
    }

    static long key(String word) {
        long key = 0;
        for (byte b : word.getBytes(StandardCharsets.US_ASCII)) {
            key = (key << 8) | (b & 0xff);
        }
        return key;
    }
}
