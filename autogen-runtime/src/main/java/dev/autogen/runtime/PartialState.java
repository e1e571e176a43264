package dev.autogen.runtime;

import java.util.Objects;

/**
 * Where a revision stopped part way, as an application lists it: on a database whose DDL commits
 * statement by statement (MariaDB, MySQL), a run that failed in it left {@code ran} of its
 * {@code total} statements applied (or, reverting it, reverted); the next run resumes or reverts it.
 * The statements themselves stay in {@link RevisionProgress}.
 */
public record PartialState(Direction direction, int ran, int total) {
    public PartialState {
        Objects.requireNonNull(direction, "direction == null");
        if (ran < 0 || ran > total) {
            throw new IllegalArgumentException("ran " + ran + " of " + total + " statements");
        }
    }

    static PartialState of(RevisionProgress progress) {
        return new PartialState(progress.direction(), progress.ran(), progress.total());
    }

    /** {@code partially applied: 3 of 5 statements}, as {@link RevisionProgress#describe()} words it. */
    public String describe() {
        return "partially " + (direction == Direction.UPGRADE ? "applied" : "reverted") + ": " + ran + " of " + total
                + " statements";
    }
}
