package dev.autogen.ops;

import dev.autogen.schema.Constraint;
import java.util.Objects;

public record DropConstraint(String table, Constraint constraint) implements Op {
    public DropConstraint {
        Objects.requireNonNull(table, "table == null");
        Objects.requireNonNull(constraint, "constraint == null");
    }

    @Override
    public AddConstraint reverse() {
        return new AddConstraint(table, constraint);
    }

    @Override
    public String describe() {
        return "dropped " + ConstraintWords.of(constraint) + " on " + table;
    }

    @Override
    public <R> R accept(OpVisitor<R> visitor) {
        return visitor.visitDropConstraint(this);
    }
}
