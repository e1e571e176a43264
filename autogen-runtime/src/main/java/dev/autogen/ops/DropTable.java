package dev.autogen.ops;

import dev.autogen.schema.Table;
import java.util.Objects;

/** Drops a table; {@code table} is its whole definition, so the reverse can recreate it. */
public record DropTable(Table table) implements Op {
    public DropTable {
        Objects.requireNonNull(table, "table == null");
    }

    @Override
    public CreateTable reverse() {
        return new CreateTable(table);
    }

    @Override
    public String describe() {
        return "dropped table " + table.name();
    }

    @Override
    public boolean isDestructive() {
        return true;
    }

    @Override
    public <R> R accept(OpVisitor<R> visitor) {
        return visitor.visitDropTable(this);
    }
}
