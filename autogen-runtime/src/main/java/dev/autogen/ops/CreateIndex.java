package dev.autogen.ops;

import dev.autogen.schema.Index;
import java.util.Objects;

/** {@code concurrently}: built or dropped without blocking writes where the database can (PostgreSQL). */
public record CreateIndex(String table, Index index, boolean concurrently) implements Op {
    public CreateIndex(String table, Index index) {
        this(table, index, false);
    }

    public CreateIndex {
        Objects.requireNonNull(table, "table == null");
        Objects.requireNonNull(index, "index == null");
    }

    @Override
    public DropIndex reverse() {
        return new DropIndex(table, index, concurrently);
    }

    @Override
    public String describe() {
        return "added " + (index.unique() ? "unique " : "") + "index " + index.name() + " on "
                + table + "(" + String.join(", ", index.columnSpecs()) + ")";
    }

    @Override
    public <R> R accept(OpVisitor<R> visitor) {
        return visitor.visitCreateIndex(this);
    }
}
