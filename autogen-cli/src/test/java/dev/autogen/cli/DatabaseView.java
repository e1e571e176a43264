package dev.autogen.cli;

import dev.autogen.testing.TestDatabase;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * What the database shows, read through plain JDBC {@link DatabaseMetaData} (not through autogen's
 * own reflection, so that the tests check autogen against an independent reader).
 */
final class DatabaseView {
    private final TestDatabase db;

    DatabaseView(TestDatabase db) {
        this.db = db;
    }

    record ColumnInfo(String name, String type, int size, boolean nullable, Optional<String> defaultValue) {
    }

    /**
     * These tables and autogen's bookkeeping, in name order: the version and checksum tables, and
     * on MariaDB (where each DDL statement commits on its own) the table recording a revision's progress.
     */
    List<String> withBookkeeping(String... tables) {
        TreeSet<String> names = new TreeSet<>(List.of(tables));
        names.add("autogen_version");
        names.add("autogen_version_checksums");
        if (db.isMariaDb()) {
            names.add("autogen_version_progress");
        }
        return new ArrayList<>(names);
    }

    List<String> tables() throws SQLException {
        try (Connection c = db.connect()) {
            DatabaseMetaData meta = c.getMetaData();
            TreeSet<String> names = new TreeSet<>();
            try (ResultSet rs = meta.getTables(c.getCatalog(), c.getSchema(), "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    names.add(rs.getString("TABLE_NAME"));
                }
            }
            return new ArrayList<>(names);
        }
    }

    Map<String, ColumnInfo> columns(String table) throws SQLException {
        Map<String, ColumnInfo> columns = new LinkedHashMap<>();
        try (Connection c = db.connect();
                ResultSet rs = c.getMetaData().getColumns(c.getCatalog(), c.getSchema(), table, "%")) {
            while (rs.next()) {
                columns.put(rs.getString("COLUMN_NAME"), new ColumnInfo(rs.getString("COLUMN_NAME"),
                        rs.getString("TYPE_NAME").toLowerCase(Locale.ROOT), rs.getInt("COLUMN_SIZE"),
                        rs.getInt("NULLABLE") == DatabaseMetaData.columnNullable,
                        Optional.ofNullable(rs.getString("COLUMN_DEF"))));
            }
        }
        return columns;
    }

    /** Index name → unique flag, for non-primary-key indexes. */
    Map<String, Boolean> indexes(String table) throws SQLException {
        Map<String, Boolean> indexes = new LinkedHashMap<>();
        try (Connection c = db.connect();
                ResultSet rs = c.getMetaData().getIndexInfo(c.getCatalog(), c.getSchema(), table, false, false)) {
            while (rs.next()) {
                String name = rs.getString("INDEX_NAME");
                if (name != null && !name.endsWith("_pkey") && !name.startsWith("sqlite_autoindex_" + table + "_1")) {
                    indexes.put(name, !rs.getBoolean("NON_UNIQUE"));
                }
            }
        }
        return indexes;
    }

    /** Column names of each unique index or constraint (whatever the database named it). */
    List<List<String>> uniqueColumnSets(String table) throws SQLException {
        Map<String, List<String>> byIndex = new LinkedHashMap<>();
        try (Connection c = db.connect();
                ResultSet rs = c.getMetaData().getIndexInfo(c.getCatalog(), c.getSchema(), table, true, false)) {
            while (rs.next()) {
                if (rs.getString("INDEX_NAME") != null && rs.getString("COLUMN_NAME") != null) {
                    byIndex.computeIfAbsent(rs.getString("INDEX_NAME"), k -> new ArrayList<>()).add(rs.getString("COLUMN_NAME"));
                }
            }
        }
        return new ArrayList<>(byIndex.values());
    }

    void execute(String sql) throws SQLException {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    List<Map<String, Object>> query(String sql) throws SQLException {
        List<Map<String, Object>> rows = new ArrayList<>();
        try (Connection c = db.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    row.put(rs.getMetaData().getColumnLabel(i).toLowerCase(Locale.ROOT), rs.getObject(i));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    List<String> versions() throws SQLException {
        return query("SELECT version_num FROM autogen_version ORDER BY version_num").stream()
                .map(r -> (String) r.get("version_num")).toList();
    }
}
