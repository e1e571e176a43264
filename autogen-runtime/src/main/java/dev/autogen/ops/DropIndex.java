package dev.autogen.ops;

import dev.autogen.schema.Index;
import java.util.Objects;

public record DropIndex(String table, Index index) implements Op {
    public DropIndex {
        Objects.requireNonNull(table, "table == null");
        Objects.requireNonNull(index, "index == null");
    }

    @Override
    public CreateIndex reverse() {
        return new CreateIndex(table, index);
    }

    @Override
    public String describe() {
        return "dropped index " + index.name() + " on " + table + "(" + String.join(", ", index.columnSpecs()) + ")";
    }

    @Override
    public <R> R accept(OpVisitor<R> visitor) {
        return visitor.visitDropIndex(this);
    }
}
