package dev.autogen.runtime;

import java.sql.Connection;
import java.sql.SQLException;

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
    public void changeVersion(String sql) throws SQLException {
        sink.changeVersion(sql);
    }
}
