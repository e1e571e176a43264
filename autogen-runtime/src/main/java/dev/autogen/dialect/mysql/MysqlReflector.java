package dev.autogen.dialect.mysql;

import dev.autogen.schema.CheckConstraint;
import dev.autogen.schema.Column;
import dev.autogen.schema.ColumnType;
import dev.autogen.schema.ForeignKey;
import dev.autogen.schema.Index;
import dev.autogen.schema.PrimaryKey;
import dev.autogen.schema.ReferentialAction;
import dev.autogen.schema.Schema;
import dev.autogen.schema.Sequence;
import dev.autogen.schema.Table;
import dev.autogen.schema.UniqueConstraint;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the connection's current database from information_schema: five queries whatever the
 * number of tables, and on MariaDB one more for all sequences' settings together.
 */
final class MysqlReflector {
    /** MariaDB's json: longtext with a check named after the column, {@code json_valid(`c`)}. */
    private static final Pattern JSON_VALID = Pattern.compile("json_valid\\(`?([^`)]+)`?\\)", Pattern.CASE_INSENSITIVE);

    private final MysqlServer server;
    private final Map<String, TableRows> tables = new LinkedHashMap<>();
    private final List<String> sequenceNames = new ArrayList<>();
    private final Map<String, ColumnType> types = new HashMap<>();

    private final List<String> schemas;

    private MysqlReflector(MysqlServer server, List<String> schemas) {
        this.server = server;
        this.schemas = List.copyOf(schemas);
    }

    private String query(String query) {
        return MysqlCatalogQueries.forSchemas(query, schemas);
    }

    /** What is read of one table before it is built: foreign keys decide which indexes count. */
    private record TableRows(Table.Builder builder, List<Column> columns, List<ForeignKey> foreignKeys,
            List<Index> indexes, List<CheckConstraint> checks) {
    }

    static Schema reflect(Connection connection, Predicate<String> includeTable, MysqlServer server,
            List<String> schemas) throws SQLException {
        MysqlReflector reflector = new MysqlReflector(server, schemas);
        try (Statement statement = connection.createStatement()) {
            reflector.readTables(statement, includeTable);
            reflector.readColumns(statement);
            reflector.readKeys(statement);
            reflector.readChecks(statement);
            reflector.readIndexes(statement);
            List<Sequence> sequences = reflector.readSequences(statement);
            List<Table> built = new ArrayList<>();
            reflector.tables.values().forEach(t -> built.add(build(t)));
            return new Schema(built, sequences);
        }
    }

    private static Table build(TableRows rows) {
        String name = rows.builder().build().name();
        List<Column> columns = new ArrayList<>(rows.columns());
        List<CheckConstraint> checks = new ArrayList<>();
        for (CheckConstraint check : rows.checks()) {
            Optional<Integer> json = jsonColumn(check, columns);
            if (json.isPresent()) {
                Column c = columns.get(json.get());
                columns.set(json.get(), c.toBuilder().type(new ColumnType.Native("json")).build());
            } else {
                checks.add(check);
            }
        }
        Table.Builder b = rows.builder();
        b.columns(columns);
        b.foreignKeys(rows.foreignKeys());
        b.checks(checks);
        b.indexes(rows.indexes().stream().filter(i -> !MysqlForeignKeyIndexes.isMadeFor(i, rows.foreignKeys(), name))
                .toList());
        return b.build();
    }

    /** The position of the longtext column a MariaDB json check guards, if {@code check} is one. */
    private static Optional<Integer> jsonColumn(CheckConstraint check, List<Column> columns) {
        Matcher m = JSON_VALID.matcher(check.condition().strip());
        if (!m.matches() || check.name().isEmpty() || !check.name().get().equals(m.group(1))) {
            return Optional.empty();
        }
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(m.group(1)) && columns.get(i).type() instanceof ColumnType.Text) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    private void readTables(Statement statement, Predicate<String> includeTable) throws SQLException {
        try (ResultSet rs = statement.executeQuery(query(MysqlCatalogQueries.TABLES))) {
            while (rs.next()) {
                String name = rs.getString("table_name");
                if (rs.getString("table_type").equals("SEQUENCE")) {
                    sequenceNames.add(name);
                } else if (includeTable.test(name)) {
                    Optional<String> comment = Optional.ofNullable(rs.getString("table_comment"))
                            .filter(text -> !text.isEmpty());
                    tables.put(name, new TableRows(Table.builder(name).comment(comment), new ArrayList<>(),
                            new ArrayList<>(), new ArrayList<>(), new ArrayList<>()));
                }
            }
        }
    }

    private void readColumns(Statement statement) throws SQLException {
        try (ResultSet rs = statement.executeQuery(query(MysqlCatalogQueries.COLUMNS))) {
            while (rs.next()) {
                TableRows table = tables.get(rs.getString("table_name"));
                if (table == null) {
                    continue;
                }
                String extra = Optional.ofNullable(rs.getString("extra")).orElse("").toLowerCase(Locale.ROOT);
                String type = rs.getString("column_type");
                table.columns().add(Column.builder(rs.getString("column_name"),
                                types.computeIfAbsent(type, MysqlTypes::fromSql))
                        .nullable("YES".equals(rs.getString("is_nullable")))
                        .defaultValue(extra.contains("generated") && !extra.contains("default_generated")
                                ? Optional.empty()
                                : defaultValue(rs.getString("column_default"), extra, rs.getString("data_type")))
                        .comment(Optional.ofNullable(rs.getString("column_comment")).filter(text -> !text.isEmpty()))
                        .identity(extra.contains("auto_increment"))
                        .build());
            }
        }
    }

    /**
     * The default as SQL. MariaDB gives SQL already, and {@code NULL} for no default. MySQL gives a
     * literal's bare text, quoted here unless the column is numeric, and an expression as it is.
     */
    private Optional<String> defaultValue(String raw, String extra, String dataType) {
        if (raw == null) {
            return Optional.empty();
        }
        if (server == MysqlServer.MARIADB) {
            return raw.equalsIgnoreCase("NULL") ? Optional.empty() : Optional.of(raw);
        }
        if (extra.contains("default_generated")) {
            return Optional.of(raw);
        }
        String type = dataType.toLowerCase(Locale.ROOT);
        boolean numeric = type.contains("int") || type.equals("decimal") || type.equals("float")
                || type.equals("double") || type.equals("bit");
        return Optional.of(numeric && MysqlLiterals.isNumber(raw) ? raw : MysqlLiterals.string(raw));
    }

    /** Rows come one per key column, in key order; consecutive rows of one key make it whole. */
    private void readKeys(Statement statement) throws SQLException {
        try (ResultSet rs = statement.executeQuery(query(MysqlCatalogQueries.KEYS))) {
            String currentTable = null;
            String currentName = null;
            String kind = null;
            String referenced = null;
            String rule = null;
            List<String> columns = new ArrayList<>();
            List<String> referencedColumns = new ArrayList<>();
            while (rs.next()) {
                String table = rs.getString("table_name");
                String name = rs.getString("constraint_name");
                if (!table.equals(currentTable) || !name.equals(currentName)) {
                    addKey(currentTable, currentName, kind, columns, referenced, referencedColumns, rule);
                    currentTable = table;
                    currentName = name;
                    kind = rs.getString("constraint_type");
                    referenced = rs.getString("referenced_table");
                    rule = rs.getString("delete_rule");
                    columns = new ArrayList<>();
                    referencedColumns = new ArrayList<>();
                }
                columns.add(rs.getString("column_name"));
                if (rs.getString("referenced_column") != null) {
                    referencedColumns.add(rs.getString("referenced_column"));
                }
            }
            addKey(currentTable, currentName, kind, columns, referenced, referencedColumns, rule);
        }
    }

    private void addKey(String tableName, String name, String kind, List<String> columns, String referenced,
            List<String> referencedColumns, String rule) {
        TableRows table = tableName == null ? null : tables.get(tableName);
        if (table == null) {
            return;
        }
        if (kind.equals("PRIMARY KEY")) {
            // The server calls every primary key PRIMARY: the name means nothing.
            table.builder().primaryKey(new PrimaryKey(Optional.empty(), List.copyOf(columns)));
        } else {
            table.foreignKeys().add(new ForeignKey(Optional.of(name), List.copyOf(columns), referenced,
                    List.copyOf(referencedColumns), onDelete(rule)));
        }
    }

    private void readChecks(Statement statement) throws SQLException {
        String sql = server == MysqlServer.MARIADB ? MysqlCatalogQueries.MARIADB_CHECKS : MysqlCatalogQueries.MYSQL_CHECKS;
        try (ResultSet rs = statement.executeQuery(query(sql))) {
            while (rs.next()) {
                TableRows table = tables.get(rs.getString("table_name"));
                if (table != null) {
                    table.checks().add(new CheckConstraint(Optional.of(rs.getString("constraint_name")),
                            rs.getString("check_clause")));
                }
            }
        }
    }

    private void readIndexes(Statement statement) throws SQLException {
        try (ResultSet rs = statement.executeQuery(query(MysqlCatalogQueries.INDEXES))) {
            String currentTable = null;
            String currentName = null;
            boolean unique = false;
            List<String> columns = new ArrayList<>();
            List<String> descending = new ArrayList<>();
            boolean functional = false;
            while (rs.next()) {
                String table = rs.getString("table_name");
                String name = rs.getString("index_name");
                if (!table.equals(currentTable) || !name.equals(currentName)) {
                    addIndex(currentTable, currentName, unique, columns, descending, functional);
                    currentTable = table;
                    currentName = name;
                    unique = rs.getInt("non_unique") == 0;
                    columns = new ArrayList<>();
                    descending = new ArrayList<>();
                    functional = false;
                }
                String column = rs.getString("column_name");
                if (column == null) {
                    functional = true;
                } else {
                    columns.add(column);
                    // COLLATION is 'A' ascending, 'D' descending (MariaDB 10.8+, MySQL 8), NULL unsorted.
                    if ("D".equals(rs.getString("collation"))) {
                        descending.add(column);
                    }
                }
            }
            addIndex(currentTable, currentName, unique, columns, descending, functional);
        }
    }

    /**
     * A unique index is the table's unique constraint, unless a column sorts DESC (a constraint has
     * no direction); a functional index cannot be described and is skipped.
     */
    private void addIndex(String tableName, String name, boolean unique, List<String> columns,
            List<String> descending, boolean functional) {
        TableRows table = tableName == null ? null : tables.get(tableName);
        if (table == null || functional) {
            return;
        }
        if (unique && descending.isEmpty()) {
            table.builder().uniqueConstraint(new UniqueConstraint(Optional.of(name), List.copyOf(columns)));
        } else {
            table.indexes().add(new Index(name, List.copyOf(columns), unique, List.copyOf(descending)));
        }
    }

    /** All sequences' settings in one query: information_schema has no table of them before MariaDB 11.5. */
    private List<Sequence> readSequences(Statement statement) throws SQLException {
        if (sequenceNames.isEmpty()) {
            return List.of();
        }
        List<String> parts = new ArrayList<>();
        for (String name : sequenceNames) {
            parts.add("SELECT " + MysqlLiterals.string(name) + " AS sequence_name, start_value, increment FROM "
                    + MysqlIdentifiers.quote(name));
        }
        List<Sequence> sequences = new ArrayList<>();
        try (ResultSet rs = statement.executeQuery(String.join(" UNION ALL ", parts) + " ORDER BY sequence_name")) {
            while (rs.next()) {
                sequences.add(new Sequence(rs.getString("sequence_name"), rs.getLong("start_value"),
                        rs.getLong("increment")));
            }
        }
        return sequences;
    }

    /** InnoDB treats RESTRICT and NO ACTION alike, and reports either for a key that named none. */
    private static ReferentialAction onDelete(String rule) {
        if (rule == null) {
            return ReferentialAction.NO_ACTION;
        }
        return switch (rule) {
            case "CASCADE" -> ReferentialAction.CASCADE;
            case "SET NULL" -> ReferentialAction.SET_NULL;
            case "SET DEFAULT" -> ReferentialAction.SET_DEFAULT;
            case "RESTRICT" -> ReferentialAction.RESTRICT;
            default -> ReferentialAction.NO_ACTION;
        };
    }
}
