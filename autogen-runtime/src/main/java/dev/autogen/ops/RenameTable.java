package dev.autogen.ops;

import java.util.Objects;

public record RenameTable(String from, String to) implements Op {
    public RenameTable {
        Objects.requireNonNull(from, "from == null");
        Objects.requireNonNull(to, "to == null");
    }

    @Override
    public RenameTable reverse() {
        return new RenameTable(to, from);
    }

    @Override
    public String describe() {
        return "renamed table " + from + " to " + to;
    }

    @Override
    public <R> R accept(OpVisitor<R> visitor) {
        return visitor.visitRenameTable(this);
    }
}
