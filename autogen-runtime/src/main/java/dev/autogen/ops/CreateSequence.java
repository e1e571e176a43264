package dev.autogen.ops;

import dev.autogen.schema.Sequence;
import java.util.Objects;

public record CreateSequence(Sequence sequence) implements Op {
    public CreateSequence {
        Objects.requireNonNull(sequence, "sequence == null");
    }

    @Override
    public DropSequence reverse() {
        return new DropSequence(sequence);
    }

    @Override
    public String describe() {
        return "added sequence " + sequence.name() + " (start " + sequence.start()
                + ", increment " + sequence.increment() + ")";
    }

    @Override
    public <R> R accept(OpVisitor<R> visitor) {
        return visitor.visitCreateSequence(this);
    }
}
