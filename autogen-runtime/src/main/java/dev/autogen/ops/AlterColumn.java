package dev.autogen.ops;

import dev.autogen.schema.Column;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Changes a column's type, nullability, default or comment. Both sides are whole columns of the
 * same name, so the reverse swaps them and "unchanged" simply means equal on both sides.
 */
public record AlterColumn(String table, Column from, Column to) implements Op {
    public AlterColumn {
        Objects.requireNonNull(table, "table == null");
        Objects.requireNonNull(from, "from == null");
        Objects.requireNonNull(to, "to == null");
        if (!from.name().equals(to.name())) {
            throw new IllegalArgumentException("alterColumn cannot rename " + from.name() + " to " + to.name()
                    + "; use renameColumn");
        }
    }

    public String column() {
        return to.name();
    }

    public boolean typeChanged() {
        return !from.type().equals(to.type());
    }

    public boolean nullabilityChanged() {
        return from.nullable() != to.nullable();
    }

    public boolean defaultChanged() {
        return !from.defaultValue().equals(to.defaultValue());
    }

    public boolean commentChanged() {
        return !from.comment().equals(to.comment());
    }

    public boolean identityChanged() {
        return from.identity() != to.identity();
    }

    @Override
    public AlterColumn reverse() {
        return new AlterColumn(table, to, from);
    }

    @Override
    public String describe() {
        List<String> parts = new ArrayList<>();
        if (typeChanged()) {
            parts.add("type " + TypeWords.of(from.type()) + " -> " + TypeWords.of(to.type()));
        }
        if (nullabilityChanged()) {
            parts.add(to.nullable() ? "now nullable" : "now NOT NULL");
        }
        if (defaultChanged()) {
            parts.add("default " + from.defaultValue().orElse("none") + " -> " + to.defaultValue().orElse("none"));
        }
        if (commentChanged()) {
            parts.add("comment changed");
        }
        if (identityChanged()) {
            parts.add(to.identity() ? "now an identity column" : "no longer an identity column");
        }
        return "altered column " + table + "." + column() + ": " + String.join(", ", parts);
    }

    /** A type change can truncate or reject existing values; narrowing loses data. */
    @Override
    public boolean isDestructive() {
        return typeChanged() && TypeWords.narrows(from.type(), to.type());
    }

    @Override
    public <R> R accept(OpVisitor<R> visitor) {
        return visitor.visitAlterColumn(this);
    }
}
