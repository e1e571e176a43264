package dev.autogen.runtime;

import dev.autogen.dialect.Dialect;
import dev.autogen.ops.CreateTable;
import dev.autogen.schema.Column;
import dev.autogen.schema.PrimaryKey;
import dev.autogen.schema.Schema;
import dev.autogen.schema.Table;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * A table autogen keeps beside the version table ({@link ChecksumTable}, {@link ProgressTable}):
 * named after it with a suffix, as the database stores an unquoted name, with a primary key named
 * {@code <name>_pkc}, created by the dialect's own DDL the first time a run needs it.
 */
final class BookkeepingTable {
    private final String name;
    private final Dialect dialect;
    private final Table definition;

    BookkeepingTable(String versionTable, String suffix, Dialect dialect, List<Column> columns, List<String> key) {
        this.name = dialect.storedIdentifier(versionTable + suffix, false);
        this.dialect = dialect;
        this.definition = Table.builder(name).columns(columns)
                .primaryKey(new PrimaryKey(Optional.of(name + "_pkc"), key)).build();
    }

    String name() {
        return name;
    }

    /** The name as SQL text. */
    String quoted() {
        return dialect.quote(name);
    }

    Table definition() {
        return definition;
    }

    List<String> createSql() {
        return dialect.toSql(new CreateTable(definition), Schema.EMPTY);
    }

    boolean exists(Connection c) throws SQLException {
        return Catalog.hasTable(c, name);
    }

    void createIfMissing(Connection c) throws SQLException {
        if (!exists(c)) {
            SqlSink sink = new JdbcSink(c);
            for (String sql : createSql()) {
                sink.execute(sql);
            }
        }
    }
}
