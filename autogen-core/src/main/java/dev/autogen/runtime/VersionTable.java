package dev.autogen.runtime;

import dev.autogen.AutogenException;
import dev.autogen.dialect.Dialect;
import dev.autogen.ops.CreateTable;
import dev.autogen.schema.Column;
import dev.autogen.schema.ColumnType;
import dev.autogen.schema.PrimaryKey;
import dev.autogen.schema.Schema;
import dev.autogen.schema.Table;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code autogen_version(version_num VARCHAR(32) PRIMARY KEY)}: one row per current head, as
 * {@code alembic_version}. Every change asserts that exactly the expected rows moved.
 */
public final class VersionTable {
    private final String name;
    private final Dialect dialect;

    public VersionTable(String name, Dialect dialect) {
        this.name = dialect.storedIdentifier(name, false);
        this.dialect = dialect;
    }

    public String name() {
        return name;
    }

    public Table definition() {
        return Table.builder(name)
                .column(Column.builder("version_num", new ColumnType.Varchar(32)).nullable(false).build())
                .primaryKey(new PrimaryKey(Optional.of(name + "_pkc"), List.of("version_num")))
                .build();
    }

    public boolean exists(Connection c) throws SQLException {
        DatabaseMetaData meta = c.getMetaData();
        try (ResultSet rs = meta.getTables(c.getCatalog(), c.getSchema(), name, null)) {
            while (rs.next()) {
                if (rs.getString("TABLE_NAME").equals(name)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The current heads, sorted; none when the table does not exist yet. */
    public List<String> heads(Connection c) throws SQLException {
        if (!exists(c)) {
            return List.of();
        }
        List<String> heads = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT version_num FROM " + dialect.quote(name) + " ORDER BY version_num")) {
            while (rs.next()) {
                heads.add(rs.getString(1));
            }
        }
        return heads;
    }

    public void createIfMissing(Connection c) throws SQLException {
        if (exists(c)) {
            return;
        }
        try (Statement s = c.createStatement()) {
            for (String sql : dialect.toSql(new CreateTable(definition()), Schema.EMPTY)) {
                s.execute(sql);
            }
        }
    }

    public void insert(Connection c, String revision) throws SQLException {
        change(c, "INSERT INTO " + dialect.quote(name) + " (version_num) VALUES (?)", revision);
    }

    public void delete(Connection c, String revision) throws SQLException {
        change(c, "DELETE FROM " + dialect.quote(name) + " WHERE version_num = ?", revision);
    }

    public void replace(Connection c, String from, String to) throws SQLException {
        change(c, "UPDATE " + dialect.quote(name) + " SET version_num = ? WHERE version_num = ?", to, from);
    }

    public void clear(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM " + dialect.quote(name));
        }
    }

    private static void change(Connection c, String sql, String... values) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                ps.setString(i + 1, values[i]);
            }
            int rows = ps.executeUpdate();
            if (rows != 1) {
                throw new AutogenException("version table update changed " + rows + " rows instead of 1 ("
                        + sql + " with " + String.join(", ", values) + "): another run may have moved the database");
            }
        }
    }
}
