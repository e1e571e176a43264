package dev.autogen.ops;

import dev.autogen.schema.Constraint;
import java.util.Objects;

public record AddConstraint(String table, Constraint constraint) implements Op {
    public AddConstraint {
        Objects.requireNonNull(table, "table == null");
        Objects.requireNonNull(constraint, "constraint == null");
    }

    @Override
    public DropConstraint reverse() {
        return new DropConstraint(table, constraint);
    }

    @Override
    public String describe() {
        return "added " + ConstraintWords.of(constraint) + " on " + table;
    }

    @Override
    public <R> R accept(OpVisitor<R> visitor) {
        return visitor.visitAddConstraint(this);
    }
}
