package dev.autogen.migration;

import dev.autogen.schema.ColumnType;
import java.util.Objects;
import java.util.Optional;

/** The changes {@link Operations#alterColumn} takes: {@code alterColumn("t", "c", type(...), nullable(false))}. */
public final class Alter {
    private Alter() {
    }

    public static ColumnChange type(ColumnType type) {
        Objects.requireNonNull(type, "type == null");
        return c -> c.toBuilder().type(type).build();
    }

    public static ColumnChange nullable(boolean nullable) {
        return c -> c.toBuilder().nullable(nullable).build();
    }

    public static ColumnChange serverDefault(String sql) {
        Objects.requireNonNull(sql, "sql == null");
        return c -> c.toBuilder().defaultValue(sql).build();
    }

    public static ColumnChange dropServerDefault() {
        return c -> c.toBuilder().defaultValue(Optional.empty()).build();
    }

    public static ColumnChange comment(String text) {
        Objects.requireNonNull(text, "text == null");
        return c -> c.toBuilder().comment(text).build();
    }

    public static ColumnChange dropComment() {
        return c -> c.toBuilder().comment(Optional.empty()).build();
    }

    public static ColumnChange identity(boolean identity) {
        return c -> c.toBuilder().identity(identity).build();
    }
}
