package dev.autogen.dialect.sqlite;


import dev.autogen.schema.Column;
import dev.autogen.schema.ColumnType;
import dev.autogen.schema.ForeignKey;
import dev.autogen.schema.Index;
import dev.autogen.schema.PrimaryKey;
import dev.autogen.schema.ReferentialAction;
import dev.autogen.schema.Schema;
import dev.autogen.schema.Table;
import dev.autogen.schema.UniqueConstraint;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Reads the tables of SQLite's main database in four queries whatever their number: the pragma
 * table-valued functions ({@code pragma_table_xinfo(t)}, ...) joined to {@code sqlite_master}
 * report every table at once. Names of constraints and check constraints come from the
 * {@code CREATE TABLE} text ({@link SqliteCreateTableSql}), which is the only place SQLite keeps them.
 */
final class SqliteReflector {
    /** Ordinary tables, without SQLite's own (sqlite_sequence, sqlite_stat1, ...). */
    private static final String TABLES = " FROM sqlite_master m WHERE m.type = 'table'"
            + " AND m.name NOT LIKE 'sqlite\\_%' ESCAPE '\\'";

    private final Connection connection;
    private final Map<String, SqliteCreateTableSql> definitions = new TreeMap<>();
    private final Map<String, List<Column>> columns = new LinkedHashMap<>();
    private final Map<String, List<String>> primaryKeys = new LinkedHashMap<>();
    /** Declared type of each primary key column, keyed by (table, column). */
    private final Map<List<String>, String> keyTypes = new LinkedHashMap<>();
    private Map<String, List<String>> primaryKeysIgnoringCase;

    private SqliteReflector(Connection connection) {
        this.connection = connection;
    }

    static Schema reflect(Connection connection, Predicate<String> includeTable) throws SQLException {
        return new SqliteReflector(connection).read(includeTable);
    }

    private Schema read(Predicate<String> includeTable) throws SQLException {
        readDefinitions(includeTable);
        readColumns();
        Map<String, Table.Builder> tables = new TreeMap<>();
        for (String name : definitions.keySet()) {
            tables.put(name, startTable(name));
        }
        readIndexes(tables);
        readForeignKeys(tables);
        return new Schema(tables.values().stream().map(Table.Builder::build).toList(), List.of());
    }

    /** Only included tables are parsed; the other queries drop the rows of tables not found here. */
    private void readDefinitions(Predicate<String> includeTable) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery("SELECT m.name, m.sql" + TABLES)) {
            while (r.next()) {
                String name = r.getString(1);
                if (includeTable.test(name)) {
                    definitions.put(name, SqliteCreateTableSql.parse(r.getString(2)));
                }
            }
        }
    }

    /** Columns of the included tables; {@code hidden} is 0 for ordinary columns (generated ones are not modeled). */
    private void readColumns() throws SQLException {
        String sql = "SELECT m.name, c.name, c.type, c.\"notnull\", c.dflt_value, c.pk"
                + " FROM sqlite_master m, pragma_table_xinfo(m.name) c WHERE m.type = 'table'"
                + " AND m.name NOT LIKE 'sqlite\\_%' ESCAPE '\\' AND c.hidden = 0 ORDER BY m.name, c.cid";
        Map<String, Map<Integer, String>> keyPositions = new LinkedHashMap<>();
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                String table = r.getString(1);
                String name = r.getString(2);
                int keyPosition = r.getInt(6);
                if (keyPosition > 0) {
                    // Kept for excluded tables too: a foreign key naming no columns refers to their key.
                    keyPositions.computeIfAbsent(table, t -> new TreeMap<>()).put(keyPosition, name);
                    keyTypes.put(List.of(table, name), r.getString(3) == null ? "" : r.getString(3).strip());
                }
                if (definitions.containsKey(table)) {
                    columns.computeIfAbsent(table, t -> new ArrayList<>()).add(Column.builder(name,
                            SqliteTypes.parse(r.getString(3))).nullable(r.getInt(4) == 0)
                            .defaultValue(Optional.ofNullable(r.getString(5))).build());
                }
            }
        }
        keyPositions.forEach((table, positions) -> primaryKeys.put(table, List.copyOf(positions.values())));
    }

    private Table.Builder startTable(String name) {
        Table.Builder table = Table.builder(name);
        List<String> key = primaryKeys.getOrDefault(name, List.of());
        String rowidAlias = isRowidAlias(name, key) ? key.get(0) : null;
        for (Column column : columns.getOrDefault(name, List.of())) {
            table.column(column.name().equals(rowidAlias)
                    ? column.toBuilder().type(new ColumnType.Int(32)).nullable(false).identity(true).build()
                    : column);
        }
        if (!key.isEmpty()) {
            table.primaryKey(new PrimaryKey(definitions.get(name).primaryKeyName(), key));
        }
        definitions.get(name).checks().forEach(table::check);
        return table;
    }

    /**
     * A sole primary key column declared exactly INTEGER is the alias of the rowid SQLite
     * generates (sqlite.org/lang_createtable.html#rowid), unless the table has no rowid.
     */
    private boolean isRowidAlias(String table, List<String> key) {
        return key.size() == 1 && !definitions.get(table).withoutRowid()
                && keyTypes.get(List.of(table, key.get(0))).equalsIgnoreCase("INTEGER");
    }

    /**
     * Unique constraints are the indexes SQLite made for them (origin 'u'); created indexes have
     * origin 'c'. Partial and expression indexes are left out: the model has no words for them.
     */
    private void readIndexes(Map<String, Table.Builder> tables) throws SQLException {
        // index_xinfo, not index_info: it says which columns sort DESC (key = 0 rows are the rowid it carries).
        String sql = "SELECT m.name, il.name, il.\"unique\", il.origin, il.partial, ii.name, ii.\"desc\""
                + " FROM sqlite_master m, pragma_index_list(m.name) il, pragma_index_xinfo(il.name) ii"
                + " WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite\\_%' ESCAPE '\\' AND il.origin IN ('u', 'c')"
                + " AND ii.\"key\" = 1"
                + " ORDER BY m.name, il.name, ii.seqno";
        Map<List<String>, IndexRow> found = new LinkedHashMap<>();
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                IndexRow row = new IndexRow(r.getString(1), r.getString(2), r.getInt(3) == 1, r.getString(4),
                        r.getInt(5) == 1, new ArrayList<>(), new ArrayList<>());
                found.putIfAbsent(List.of(row.table(), row.name()), row);
                IndexRow index = found.get(List.of(row.table(), row.name()));
                index.columns().add(r.getString(6));
                if (r.getInt(7) == 1 && r.getString(6) != null) {
                    index.descending().add(r.getString(6));
                }
            }
        }
        for (IndexRow row : found.values()) {
            Table.Builder table = tables.get(row.table());
            if (table == null || row.partial() || row.columns().contains(null)) {
                continue;
            }
            if (row.origin().equals("u")) {
                Optional<String> name = definitions.get(row.table()).uniqueName(row.columns());
                table.uniqueConstraint(new UniqueConstraint(name, row.columns()));
            } else {
                table.index(new Index(row.name(), row.columns(), row.unique(), row.descending()));
            }
        }
    }

    private record IndexRow(String table, String name, boolean unique, String origin, boolean partial,
            List<String> columns, List<String> descending) {
    }

    private void readForeignKeys(Map<String, Table.Builder> tables) throws SQLException {
        String sql = "SELECT m.name, fk.id, fk.\"table\", fk.\"from\", fk.\"to\", fk.on_delete"
                + " FROM sqlite_master m, pragma_foreign_key_list(m.name) fk"
                + " WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY m.name, fk.id, fk.seq";
        Map<List<Object>, List<String[]>> keys = new LinkedHashMap<>();
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                keys.computeIfAbsent(List.of(r.getString(1), r.getInt(2)), k -> new ArrayList<>())
                        .add(new String[] {r.getString(3), r.getString(4), r.getString(5), r.getString(6)});
            }
        }
        keys.forEach((key, rows) -> {
            Table.Builder table = tables.get((String) key.get(0));
            if (table != null) {
                table.foreignKey(foreignKey((String) key.get(0), rows));
            }
        });
    }

    /** One foreign key from its pragma rows; a reference without columns means the target's primary key. */
    private ForeignKey foreignKey(String table, List<String[]> rows) {
        String target = rows.get(0)[0];
        List<String> from = rows.stream().map(r -> r[1]).toList();
        List<String> to = rows.stream().map(r -> r[2]).toList();
        if (to.contains(null)) {
            to = primaryKeysIgnoringCase().getOrDefault(target, from);
        }
        Optional<String> name = definitions.get(table).foreignKeyName(from, target);
        return new ForeignKey(name, from, target, to, action(rows.get(0)[3]));
    }

    /**
     * The primary keys by table name in any case, the first table (by name) winning as SQLite
     * matches names; built once, as a thousand foreign keys each looked one up.
     */
    private Map<String, List<String>> primaryKeysIgnoringCase() {
        if (primaryKeysIgnoringCase == null) {
            primaryKeysIgnoringCase = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            primaryKeys.forEach(primaryKeysIgnoringCase::putIfAbsent);
        }
        return primaryKeysIgnoringCase;
    }

    private static ReferentialAction action(String onDelete) {
        String text = onDelete == null ? "NO ACTION" : onDelete.toUpperCase(Locale.ROOT);
        for (ReferentialAction a : ReferentialAction.values()) {
            if (a.sql().equals(text)) {
                return a;
            }
        }
        return ReferentialAction.NO_ACTION;
    }
}
