package dev.autogen.dialect.mysql;

import dev.autogen.AutogenException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The lock that serializes migration runs against one database: a named lock ({@code GET_LOCK})
 * per database, since the names are server-wide. It belongs to the session, not the transaction
 * (DDL commits on its own there), so it is released explicitly after the step's commit, and by
 * the server when a crashed run's connection goes away.
 */
final class MysqlMigrationLock {
    /** At most 64 characters: the prefix and the first 56 of the database's name. */
    static final String NAME = "CONCAT('autogen.', LEFT(DATABASE(), 56))";
    /** How long a second run waits for the first, in seconds. */
    static final int WAIT_SECONDS = 3600;
    static final String ACQUIRE = "SELECT GET_LOCK(" + NAME + ", " + WAIT_SECONDS + ")";
    static final List<String> SCRIPT_BEGIN = List.of(ACQUIRE);

    private MysqlMigrationLock() {
    }

    static void begin(Connection connection) throws SQLException {
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(ACQUIRE)) {
            if (!rs.next() || rs.getInt(1) != 1) {
                throw new AutogenException("cannot take the migration lock of this database within " + WAIT_SECONDS
                        + " seconds: another migration holds it; retry once it has finished");
            }
        }
    }

    static void end(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("DO RELEASE_LOCK(" + NAME + ")");
        }
    }
}
