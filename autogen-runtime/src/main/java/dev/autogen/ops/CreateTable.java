package dev.autogen.ops;

import dev.autogen.schema.Table;
import java.util.Objects;

/** Creates a table with its columns, constraints and indexes. */
public record CreateTable(Table table) implements Op {
    public CreateTable {
        Objects.requireNonNull(table, "table == null");
    }

    @Override
    public DropTable reverse() {
        return new DropTable(table);
    }

    @Override
    public String describe() {
        return "added table " + table.name();
    }

    @Override
    public <R> R accept(OpVisitor<R> visitor) {
        return visitor.visitCreateTable(this);
    }
}
