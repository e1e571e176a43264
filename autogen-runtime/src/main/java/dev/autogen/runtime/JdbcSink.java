package dev.autogen.runtime;

import dev.autogen.AutogenException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** Executes each statement on the connection of the transaction a step runs in. */
final class JdbcSink implements SqlSink {
    private final Connection connection;

    JdbcSink(Connection connection) {
        this.connection = connection;
    }

    @Override
    public void execute(String sql) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute(sql);
        }
    }

    @Override
    public void changeVersion(String sql) throws SQLException {
        try (Statement s = connection.createStatement()) {
            int rows = s.executeUpdate(sql);
            if (rows != 1) {
                throw new AutogenException("version table update changed " + rows + " rows instead of 1 (" + sql
                        + "): another run may have moved the database; run `autogen current` and retry");
            }
        }
    }
}
