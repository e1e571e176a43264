package dev.autogen.runtime;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What one target of an {@link AutogenFleet} run came to: the revisions it was at before and after,
 * or why it failed. A failed target keeps the revisions that applied before the failure (each is its
 * own transaction), which {@code after} shows when the database could still be read.
 *
 * @param target the name the target was given (a tenant's name or schema)
 * @param before the heads before the run; empty at base or when the database could not be read
 * @param after the heads after the run
 * @param error the failure in one sentence, empty when the target succeeded
 */
public record FleetOutcome(String target, List<String> before, List<String> after, Optional<String> error) {
    public FleetOutcome {
        Objects.requireNonNull(target, "target == null");
        before = List.copyOf(before);
        after = List.copyOf(after);
        Objects.requireNonNull(error, "error == null");
    }

    public boolean ok() {
        return error.isEmpty();
    }

    /** {@code tenant_a: base -> e00000000002}, {@code tenant_b: at e00000000002}, or the failure. */
    public String describe() {
        String from = before.isEmpty() ? "base" : String.join(", ", before);
        String to = after.isEmpty() ? "base" : String.join(", ", after);
        if (error.isPresent()) {
            return target + ": FAILED (at " + to + "): " + error.get();
        }
        return target + (before.equals(after) ? ": at " + to : ": " + from + " -> " + to);
    }
}
