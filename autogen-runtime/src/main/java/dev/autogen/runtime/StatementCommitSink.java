package dev.autogen.runtime;

import dev.autogen.dialect.Dialect;
import dev.autogen.ops.Op;
import dev.autogen.schema.Schema;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * The sink of a revision's own statements on a database whose DDL commits on its own: each data
 * statement is committed right after it too, so that every statement before a failing one stays
 * applied, whatever its kind, and the failure can say exactly how far the revision got. The
 * version update that ends the revision still commits alone, after them.
 */
final class StatementCommitSink implements SqlSink {
    private final Connection connection;
    private final SqlSink sink;

    StatementCommitSink(Connection connection) {
        this.connection = connection;
        this.sink = new JdbcSink(connection);
    }

    @Override
    public void execute(String sql) throws SQLException {
        sink.execute(sql);
        connection.commit();
    }

    @Override
    public List<String> statements(Dialect dialect, Op op, Schema before) throws SQLException {
        return sink.statements(dialect, op, before);
    }

    @Override
    public void checkAfter(Dialect dialect, Op op, Schema before) throws SQLException {
        sink.checkAfter(dialect, op, before);
    }

    @Override
    public void changeVersion(String sql) throws SQLException {
        sink.changeVersion(sql);
    }
}
