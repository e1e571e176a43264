package dev.autogen.ops;

import dev.autogen.schema.Index;
import java.util.Objects;

/** {@code concurrently}: built or dropped without blocking writes where the database can (PostgreSQL). */
public record DropIndex(String table, Index index, boolean concurrently) implements Op {
    public DropIndex(String table, Index index) {
        this(table, index, false);
    }

    public DropIndex {
        Objects.requireNonNull(table, "table == null");
        Objects.requireNonNull(index, "index == null");
    }

    @Override
    public CreateIndex reverse() {
        return new CreateIndex(table, index, concurrently);
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
