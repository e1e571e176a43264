package dev.autogen.ops;

import dev.autogen.schema.Column;
import java.util.Objects;

public record AddColumn(String table, Column column) implements Op {
    public AddColumn {
        Objects.requireNonNull(table, "table == null");
        Objects.requireNonNull(column, "column == null");
    }

    @Override
    public DropColumn reverse() {
        return new DropColumn(table, column);
    }

    @Override
    public String describe() {
        return "added column " + table + "." + column.name();
    }

    @Override
    public <R> R accept(OpVisitor<R> visitor) {
        return visitor.visitAddColumn(this);
    }
}
