package dev.autogen.ops;

import java.util.Objects;

/**
 * A change of rows a migration makes by hand ({@code op.run}, {@code op.execute(sql, params...)}).
 * The schema model takes it for data only. Its undo is whatever the migration's {@code downgrade}
 * does, so it has no computed reverse.
 */
public record DataStep(DataWork work) implements Op {
    public DataStep {
        Objects.requireNonNull(work, "work == null");
    }

    @Override
    public Op reverse() {
        throw new IrreversibleOperationException(this);
    }

    @Override
    public String describe() {
        return "data step: " + work.describe();
    }

    @Override
    public <R> R accept(OpVisitor<R> visitor) {
        return visitor.visitDataStep(this);
    }
}
