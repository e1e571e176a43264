package dev.autogen.runtime;

import dev.autogen.testing.TestDatabase;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a database shows through plain JDBC {@link DatabaseMetaData} and queries, independent of
 * autogen's own reflection, so that runtime tests check the runtime against another reader.
 */
final class JdbcCatalog {
    private final TestDatabase db;

    JdbcCatalog(TestDatabase db) {
        this.db = db;
    }

    record ColumnInfo(String type, int size, boolean nullable, Optional<String> defaultValue, Optional<String> remarks) {
    }

    record ForeignKeyInfo(List<String> columns, String referencedTable, List<String> referencedColumns, int deleteRule) {
    }

    /** Ordinary tables, the version table included. */
    List<String> tables() throws SQLException {
        return read((meta, catalog, schema) -> {
            TreeSet<String> names = new TreeSet<>();
            try (ResultSet rs = meta.getTables(catalog, schema, "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    names.add(rs.getString("TABLE_NAME"));
                }
            }
            return List.copyOf(names);
        });
    }

    Map<String, ColumnInfo> columns(String table) throws SQLException {
        return read((meta, catalog, schema) -> {
            Map<String, ColumnInfo> columns = new TreeMap<>();
            try (ResultSet rs = meta.getColumns(catalog, schema, table, "%")) {
                while (rs.next()) {
                    columns.put(rs.getString("COLUMN_NAME"), new ColumnInfo(
                            rs.getString("TYPE_NAME").toLowerCase(Locale.ROOT), rs.getInt("COLUMN_SIZE"),
                            rs.getInt("NULLABLE") == DatabaseMetaData.columnNullable,
                            // MariaDB reports a column without default as the text NULL.
                            Optional.ofNullable(rs.getString("COLUMN_DEF")).filter(d -> !d.equalsIgnoreCase("NULL")),
                            Optional.ofNullable(rs.getString("REMARKS"))));
                }
            }
            return columns;
        });
    }

    List<String> primaryKey(String table) throws SQLException {
        return read((meta, catalog, schema) -> {
            Map<Integer, String> columns = new TreeMap<>();
            try (ResultSet rs = meta.getPrimaryKeys(catalog, schema, table)) {
                while (rs.next()) {
                    columns.put(rs.getInt("KEY_SEQ"), rs.getString("COLUMN_NAME"));
                }
            }
            return List.copyOf(columns.values());
        });
    }

    List<ForeignKeyInfo> foreignKeys(String table) throws SQLException {
        return read((meta, catalog, schema) -> {
            Map<String, List<String[]>> byKey = new TreeMap<>();
            Map<String, Integer> rules = new TreeMap<>();
            try (ResultSet rs = meta.getImportedKeys(catalog, schema, table)) {
                while (rs.next()) {
                    String key = rs.getString("PKTABLE_NAME") + "/" + rs.getString("FK_NAME") + "/" + rs.getInt("KEY_SEQ");
                    String group = key.substring(0, key.lastIndexOf('/'));
                    byKey.computeIfAbsent(group, k -> new ArrayList<>()).add(new String[] {
                        rs.getString("FKCOLUMN_NAME"), rs.getString("PKCOLUMN_NAME"), rs.getString("PKTABLE_NAME")});
                    rules.put(group, rs.getInt("DELETE_RULE"));
                }
            }
            List<ForeignKeyInfo> keys = new ArrayList<>();
            byKey.forEach((group, columns) -> keys.add(new ForeignKeyInfo(columns.stream().map(c -> c[0]).toList(),
                    columns.get(0)[2], columns.stream().map(c -> c[1]).toList(), rules.get(group))));
            return keys;
        });
    }

    /** Index name to its columns, with "unique " in front of unique ones' first entry. */
    Map<String, List<String>> indexes(String table) throws SQLException {
        return read((meta, catalog, schema) -> {
            Map<String, List<String>> indexes = new TreeMap<>();
            try (ResultSet rs = meta.getIndexInfo(catalog, schema, table, false, false)) {
                while (rs.next()) {
                    if (rs.getString("INDEX_NAME") != null && rs.getString("COLUMN_NAME") != null) {
                        indexes.computeIfAbsent((rs.getBoolean("NON_UNIQUE") ? "" : "unique ") + rs.getString("INDEX_NAME"),
                                k -> new ArrayList<>()).add(rs.getString("COLUMN_NAME"));
                    }
                }
            }
            return indexes;
        });
    }

    /** Rows of a query, each as a list of its values rendered as strings (null stays null). */
    List<List<String>> rows(String sql) throws SQLException {
        try (Connection c = db.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            List<List<String>> rows = new ArrayList<>();
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    Object value = rs.getObject(i);
                    row.add(value == null ? null : value.toString());
                }
                rows.add(row);
            }
            return rows;
        }
    }

    /** Runs a statement as an application would: on SQLite with foreign keys enforced. */
    void execute(String sql) throws SQLException {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            if (db.isSqlite()) {
                s.execute("PRAGMA foreign_keys = ON");
            }
            s.execute(sql);
        }
    }

    /** True when the statement is refused (a constraint holding, a missing object). */
    boolean refuses(String sql) {
        try {
            execute(sql);
            return false;
        } catch (SQLException e) {
            return true;
        }
    }

    List<String> versions() throws SQLException {
        return rows("SELECT version_num FROM autogen_version ORDER BY version_num").stream().map(r -> r.get(0)).toList();
    }

    private <T> T read(MetaRead<T> read) throws SQLException {
        try (Connection c = db.connect()) {
            return read.apply(c.getMetaData(), c.getCatalog(), c.getSchema());
        }
    }

    @FunctionalInterface
    private interface MetaRead<T> {
        T apply(DatabaseMetaData meta, String catalog, String schema) throws SQLException;
    }
}
