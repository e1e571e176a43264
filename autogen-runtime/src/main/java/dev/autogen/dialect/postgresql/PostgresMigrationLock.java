package dev.autogen.dialect.postgresql;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The lock that serializes migration runs against one database: a transaction-level advisory
 * lock, so it ends with the commit or rollback and a crashed run can never leave it held.
 */
final class PostgresMigrationLock {
    /** The bytes of "autogen" read as one number (0x6175746f67656e): fixed, and telling in pg_locks. */
    static final long KEY = key("autogen");
    /** The same in an offline script. */
    static final List<String> SCRIPT_BEGIN = List.of("BEGIN", "SELECT pg_advisory_xact_lock(" + KEY + ")");

    private PostgresMigrationLock() {
    }

    static void begin(Connection connection) throws SQLException {
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            // Waits while another run's transaction holds the lock.
            statement.execute("SELECT pg_advisory_xact_lock(" + KEY + ")");
        }
    }

    /** The same lock held by the session, across the statements of a revision outside a transaction. */
    static final String SESSION_LOCK = "SELECT pg_advisory_lock(" + KEY + ")";
    static final String SESSION_UNLOCK = "SELECT pg_advisory_unlock(" + KEY + ")";

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
