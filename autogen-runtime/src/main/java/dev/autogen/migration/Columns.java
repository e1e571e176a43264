package dev.autogen.migration;

import dev.autogen.schema.CheckConstraint;
import dev.autogen.schema.ColumnType;
import dev.autogen.schema.ForeignKey;
import dev.autogen.schema.Index;
import dev.autogen.schema.PrimaryKey;
import dev.autogen.schema.ReferentialAction;
import dev.autogen.schema.UniqueConstraint;
import java.util.List;
import java.util.Optional;

/** Static builders for the parts of a table, meant to be imported statically in migration files. */
public final class Columns {
    private Columns() {
    }

    public static ColumnDefinition column(String name, ColumnType type) {
        return ColumnDefinition.of(name, type);
    }

    public static TableElement primaryKey(String... columns) {
        PrimaryKey key = PrimaryKey.of(columns);
        return table -> table.primaryKey(key);
    }

    public static TableElement namedPrimaryKey(String name, String... columns) {
        PrimaryKey key = new PrimaryKey(Optional.of(name), List.of(columns));
        return table -> table.primaryKey(key);
    }

    public static TableElement unique(String name, String... columns) {
        UniqueConstraint unique = UniqueConstraint.of(name, columns);
        return table -> table.uniqueConstraint(unique);
    }

    public static TableElement foreignKey(String name, List<String> columns, String referencedTable,
            List<String> referencedColumns) {
        return foreignKey(name, columns, referencedTable, referencedColumns, ReferentialAction.NO_ACTION);
    }

    public static TableElement foreignKey(String name, List<String> columns, String referencedTable,
            List<String> referencedColumns, ReferentialAction onDelete) {
        ForeignKey key = new ForeignKey(Optional.of(name), columns, referencedTable, referencedColumns, onDelete);
        return table -> table.foreignKey(key);
    }

    public static TableElement check(String name, String condition) {
        CheckConstraint check = new CheckConstraint(Optional.of(name), condition);
        return table -> table.check(check);
    }

    public static TableElement index(String name, String... columns) {
        Index index = Index.of(name, List.of(columns), false);
        return table -> table.index(index);
    }

    public static TableElement uniqueIndex(String name, String... columns) {
        Index index = Index.of(name, List.of(columns), true);
        return table -> table.index(index);
    }

    public static TableElement comment(String text) {
        return table -> table.comment(Optional.of(text));
    }
}
