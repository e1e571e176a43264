package dev.autogen.ops;

import java.util.Objects;

public record RenameColumn(String table, String from, String to) implements Op {
    public RenameColumn {
        Objects.requireNonNull(table, "table == null");
        Objects.requireNonNull(from, "from == null");
        Objects.requireNonNull(to, "to == null");
    }

    @Override
    public RenameColumn reverse() {
        return new RenameColumn(table, to, from);
    }

    @Override
    public String describe() {
        return "renamed column " + table + "." + from + " to " + to;
    }

    @Override
    public <R> R accept(OpVisitor<R> visitor) {
        return visitor.visitRenameColumn(this);
    }
}
