package dev.autogen.dialect;

import dev.autogen.schema.CheckConstraint;
import dev.autogen.schema.Column;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Reads the connection's current schema from pg_catalog: five queries whatever the number of
 * tables ({@link PostgresCatalogQueries}), rows of excluded tables dropped before anything is built.
 */
final class PostgresReflector {
    private final Map<String, Table.Builder> tables = new LinkedHashMap<>();

    private PostgresReflector() {
    }

    static Schema reflect(Connection connection, Predicate<String> includeTable) throws SQLException {
        PostgresReflector reflector = new PostgresReflector();
        try (Statement statement = connection.createStatement()) {
            reflector.readTables(statement, includeTable);
            reflector.readColumns(statement);
            reflector.readConstraints(statement);
            reflector.readIndexes(statement);
            List<Sequence> sequences = readSequences(statement);
            return new Schema(reflector.tables.values().stream().map(Table.Builder::build).toList(), sequences);
        }
    }

    private void readTables(Statement statement, Predicate<String> includeTable) throws SQLException {
        try (ResultSet rs = statement.executeQuery(PostgresCatalogQueries.TABLES)) {
            while (rs.next()) {
                String name = rs.getString("table_name");
                if (includeTable.test(name)) {
                    tables.put(name, Table.builder(name).comment(Optional.ofNullable(rs.getString("table_comment"))));
                }
            }
        }
    }

    private void readColumns(Statement statement) throws SQLException {
        try (ResultSet rs = statement.executeQuery(PostgresCatalogQueries.COLUMNS)) {
            while (rs.next()) {
                Table.Builder table = tables.get(rs.getString("table_name"));
                if (table == null) {
                    continue;
                }
                // A generated column's expression is not a default, and the model has no word for it.
                Optional<String> defaultValue = rs.getBoolean("is_generated") ? Optional.empty()
                        : Optional.ofNullable(rs.getString("default_value"));
                table.column(Column.builder(rs.getString("column_name"), PostgresTypes.fromSql(rs.getString("column_type")))
                        .nullable(!rs.getBoolean("not_null"))
                        .defaultValue(defaultValue)
                        .comment(Optional.ofNullable(rs.getString("column_comment")))
                        .identity(rs.getBoolean("is_identity"))
                        .build());
            }
        }
    }

    private void readConstraints(Statement statement) throws SQLException {
        try (ResultSet rs = statement.executeQuery(PostgresCatalogQueries.CONSTRAINTS)) {
            while (rs.next()) {
                Table.Builder table = tables.get(rs.getString("table_name"));
                if (table == null) {
                    continue;
                }
                Optional<String> name = Optional.of(rs.getString("constraint_name"));
                List<String> columns = names(rs, "columns");
                switch (rs.getString("kind")) {
                    case "p" -> table.primaryKey(new PrimaryKey(name, columns));
                    case "u" -> table.uniqueConstraint(new UniqueConstraint(name, columns));
                    case "f" -> table.foreignKey(new ForeignKey(name, columns, rs.getString("referenced_table"),
                            names(rs, "referenced_columns"), onDelete(rs.getString("on_delete"))));
                    default -> table.check(new CheckConstraint(name, rs.getString("check_condition")));
                }
            }
        }
    }

    private void readIndexes(Statement statement) throws SQLException {
        try (ResultSet rs = statement.executeQuery(PostgresCatalogQueries.INDEXES)) {
            while (rs.next()) {
                Table.Builder table = tables.get(rs.getString("table_name"));
                if (table != null) {
                    table.index(new Index(rs.getString("index_name"), names(rs, "columns"), rs.getBoolean("is_unique")));
                }
            }
        }
    }

    private static List<Sequence> readSequences(Statement statement) throws SQLException {
        List<Sequence> sequences = new ArrayList<>();
        try (ResultSet rs = statement.executeQuery(PostgresCatalogQueries.SEQUENCES)) {
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
