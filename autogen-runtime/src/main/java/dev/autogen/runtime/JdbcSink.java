package dev.autogen.runtime;

import dev.autogen.AutogenException;
import dev.autogen.dialect.Dialect;
import dev.autogen.ops.DataStep;
import dev.autogen.ops.Op;
import dev.autogen.schema.Schema;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

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
    public void runData(Dialect dialect, DataStep step, Schema before) throws SQLException {
        DataStepRunner.run(connection, step);
    }

    /** Read against the database, which holds what the model may not (SQLite's stored table text). */
    @Override
    public List<String> statements(Dialect dialect, Op op, Schema before) throws SQLException {
        return dialect.toSql(op, before, connection);
    }

    @Override
    public void checkAfter(Dialect dialect, Op op, Schema before) throws SQLException {
        dialect.checkAfter(op, before, connection);
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
