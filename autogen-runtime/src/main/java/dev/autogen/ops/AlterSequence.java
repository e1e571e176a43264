package dev.autogen.ops;

import dev.autogen.schema.Sequence;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Changes a sequence's increment or start in place. Unlike a drop and a create, it keeps the
 * sequence's current value, so ids already handed out are never handed out again.
 */
public record AlterSequence(Sequence from, Sequence to) implements Op {
    public AlterSequence {
        Objects.requireNonNull(from, "from == null");
        Objects.requireNonNull(to, "to == null");
        if (!from.name().equals(to.name())) {
            throw new IllegalArgumentException("alterSequence cannot rename " + from.name() + " to " + to.name());
        }
    }

    public String name() {
        return to.name();
    }

    @Override
    public AlterSequence reverse() {
        return new AlterSequence(to, from);
    }

    @Override
    public String describe() {
        List<String> parts = new ArrayList<>();
        if (from.increment() != to.increment()) {
            parts.add("increment " + from.increment() + " -> " + to.increment());
        }
        if (from.start() != to.start()) {
            parts.add("start " + from.start() + " -> " + to.start());
        }
        return "altered sequence " + name() + ": " + String.join(", ", parts);
    }

    @Override
    public <R> R accept(OpVisitor<R> visitor) {
        return visitor.visitAlterSequence(this);
    }
}
