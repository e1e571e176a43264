package dev.autogen.ops;

import dev.autogen.schema.Column;
import java.util.Objects;

/** Drops a column; {@code column} is its whole definition, so the reverse can add it back. */
public record DropColumn(String table, Column column) implements Op {
    public DropColumn {
        Objects.requireNonNull(table, "table == null");
        Objects.requireNonNull(column, "column == null");
    }

    @Override
    public AddColumn reverse() {
        return new AddColumn(table, column);
    }

    @Override
    public String describe() {
        return "dropped column " + table + "." + column.name();
    }

    @Override
    public boolean isDestructive() {
        return true;
    }

    @Override
    public <R> R accept(OpVisitor<R> visitor) {
        return visitor.visitDropColumn(this);
    }
}
