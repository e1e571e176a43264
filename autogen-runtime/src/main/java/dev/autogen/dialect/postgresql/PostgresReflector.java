package dev.autogen.dialect.postgresql;

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
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Reads the connection's current schema and the configured others from pg_catalog: five queries
 * whatever the number of tables and schemas ({@link PostgresCatalogQueries}), rows of excluded tables dropped before anything is built.
 */
final class PostgresReflector {
    private final Map<String, Table.Builder> tables = new LinkedHashMap<>();
    /** A schema has few distinct types among thousands of columns: each text is parsed once. */
    private final Map<String, ColumnType> types = new HashMap<>();

    private final List<String> schemas;

    private PostgresReflector(List<String> schemas) {
        this.schemas = List.copyOf(schemas);
    }

    private String query(String query) {
        return PostgresCatalogQueries.forSchemas(query, schemas);
    }

    static Schema reflect(Connection connection, Predicate<String> includeTable, List<String> schemas)
            throws SQLException {
        PostgresReflector reflector = new PostgresReflector(schemas);
        try (Statement statement = connection.createStatement()) {
            reflector.readTables(statement, includeTable);
            reflector.readColumns(statement);
            reflector.readConstraints(statement);
            reflector.readIndexes(statement);
            List<Sequence> sequences = readSequences(statement, reflector.query(PostgresCatalogQueries.SEQUENCES));
            return new Schema(reflector.tables.values().stream().map(Table.Builder::build).toList(), sequences);
        }
    }

    private void readTables(Statement statement, Predicate<String> includeTable) throws SQLException {
        try (ResultSet rs = statement.executeQuery(query(PostgresCatalogQueries.TABLES))) {
            while (rs.next()) {
                String name = rs.getString("table_name");
                if (includeTable.test(name)) {
                    tables.put(name, Table.builder(name).comment(Optional.ofNullable(rs.getString("table_comment"))));
                }
            }
        }
    }

    private void readColumns(Statement statement) throws SQLException {
        try (ResultSet rs = statement.executeQuery(query(PostgresCatalogQueries.COLUMNS))) {
            while (rs.next()) {
                Table.Builder table = tables.get(rs.getString("table_name"));
                if (table == null) {
                    continue;
                }
                // A generated column's expression is not a default, and the model has no word for it.
                Optional<String> defaultValue = rs.getBoolean("is_generated") ? Optional.empty()
                        : Optional.ofNullable(rs.getString("default_value"));
                table.column(Column.builder(rs.getString("column_name"), types.computeIfAbsent(rs.getString("column_type"), PostgresTypes::fromSql))
                        .nullable(!rs.getBoolean("not_null"))
                        .defaultValue(defaultValue)
                        .comment(Optional.ofNullable(rs.getString("column_comment")))
                        .identity(rs.getBoolean("is_identity"))
                        .build());
            }
        }
    }

    /** Rows come one per key column, in key order; consecutive rows of one constraint make it whole. */
    private void readConstraints(Statement statement) throws SQLException {
        try (ResultSet rs = statement.executeQuery(query(PostgresCatalogQueries.CONSTRAINTS))) {
            ConstraintRows current = null;
            while (rs.next()) {
                String table = rs.getString("table_name");
                String name = rs.getString("constraint_name");
                if (current == null || !current.table().equals(table) || !current.name().equals(name)) {
                    addConstraint(current);
                    current = new ConstraintRows(table, name, rs.getString("kind"), new ArrayList<>(),
                            rs.getString("referenced_table"), new ArrayList<>(), rs.getString("on_delete"),
                            rs.getString("check_condition"));
                }
                addIfPresent(current.columns(), rs.getString("column_name"));
                addIfPresent(current.referencedColumns(), rs.getString("referenced_column"));
            }
            addConstraint(current);
        }
    }

    private record ConstraintRows(String table, String name, String kind, List<String> columns,
            String referencedTable, List<String> referencedColumns, String onDelete, String checkCondition) {
    }

    private static void addIfPresent(List<String> names, String name) {
        if (name != null) {
            names.add(name);
        }
    }

    private void addConstraint(ConstraintRows c) {
        Table.Builder table = c == null ? null : tables.get(c.table());
        if (table == null) {
            return;
        }
        Optional<String> name = Optional.of(c.name());
        List<String> columns = List.copyOf(c.columns());
        switch (c.kind()) {
            case "p" -> table.primaryKey(new PrimaryKey(name, columns));
            case "u" -> table.uniqueConstraint(new UniqueConstraint(name, columns));
            case "f" -> table.foreignKey(new ForeignKey(name, columns, c.referencedTable(),
                    List.copyOf(c.referencedColumns()), onDelete(c.onDelete())));
            default -> table.check(new CheckConstraint(name, c.checkCondition()));
        }
    }

    private void readIndexes(Statement statement) throws SQLException {
        try (ResultSet rs = statement.executeQuery(query(PostgresCatalogQueries.INDEXES))) {
            while (rs.next()) {
                Table.Builder table = tables.get(rs.getString("table_name"));
                if (table != null) {
                    table.index(new Index(rs.getString("index_name"), names(rs, "columns"), rs.getBoolean("is_unique"),
                            names(rs, "descending")));
                }
            }
        }
    }

    private static List<Sequence> readSequences(Statement statement, String query) throws SQLException {
        List<Sequence> sequences = new ArrayList<>();
        try (ResultSet rs = statement.executeQuery(query)) {
            while (rs.next()) {
                sequences.add(new Sequence(rs.getString("sequence_name"), rs.getLong("start_value"),
                        rs.getLong("increment_by")));
            }
        }
        return sequences;
    }

    private static List<String> names(ResultSet rs, String column) throws SQLException {
        java.sql.Array array = rs.getArray(column);
        try {
            return List.of((String[]) array.getArray());
        } finally {
            array.free();
        }
    }

    /** pg_constraint.confdeltype codes. */
    private static ReferentialAction onDelete(String code) {
        return switch (code) {
            case "r" -> ReferentialAction.RESTRICT;
            case "c" -> ReferentialAction.CASCADE;
            case "n" -> ReferentialAction.SET_NULL;
            case "d" -> ReferentialAction.SET_DEFAULT;
            default -> ReferentialAction.NO_ACTION;
        };
    }
}
