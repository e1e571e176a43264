package dev.autogen.ops;

import dev.autogen.schema.Sequence;
import java.util.Objects;

public record DropSequence(Sequence sequence) implements Op {
    public DropSequence {
        Objects.requireNonNull(sequence, "sequence == null");
    }

    @Override
    public CreateSequence reverse() {
        return new CreateSequence(sequence);
    }

    @Override
    public String describe() {
        return "dropped sequence " + sequence.name();
    }

    /** A sequence's current value is lost with it: created again, it hands out its first ids again. */
    @Override
    public boolean isDestructive() {
        return true;
    }

    @Override
    public <R> R accept(OpVisitor<R> visitor) {
        return visitor.visitDropSequence(this);
    }
}
