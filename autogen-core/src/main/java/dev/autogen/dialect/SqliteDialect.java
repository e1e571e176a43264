package dev.autogen.dialect;

import dev.autogen.ops.Op;
import dev.autogen.schema.Schema;
import dev.autogen.schema.Table;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Predicate;

/** SQLite. TODO: implemented by the dialect work. */
public final class SqliteDialect implements Dialect {
    @Override
    public String name() {
        return "sqlite";
    }

    @Override
    public org.hibernate.dialect.Dialect hibernateDialect() {
        return new org.hibernate.community.dialect.SQLiteDialect();
    }

    @Override
    public List<String> toSql(Op op, Schema before) {
        throw new UnsupportedOperationException("TODO");
    }

    @Override
    public Table normalize(Table table) {
        throw new UnsupportedOperationException("TODO");
    }

    @Override
    public Schema reflect(Connection connection, Predicate<String> includeTable) throws SQLException {
        throw new UnsupportedOperationException("TODO");
    }

    @Override
    public void beginMigrationTransaction(Connection connection) throws SQLException {
        throw new UnsupportedOperationException("TODO");
    }

    @Override
    public String storedIdentifier(String name, boolean quoted) {
        return name;
    }

    @Override
    public String quote(String identifier) {
        throw new UnsupportedOperationException("TODO");
    }
}
