package dev.autogen.runtime;

import java.util.ArrayList;
import java.util.List;

/**
 * How far a revision got on a database whose DDL commits statement by statement (MariaDB, MySQL):
 * its statements, planned before the first one ran, and how many of them ran. Recorded beside the
 * version table ({@link ProgressTable}) while the revision runs, and forgotten once it completed
 * or was reverted: while it is there, the database is "partially at" the revision.
 *
 * @param checksum the revision's checksum when it started, so a resume runs what the file says
 * @param ran how many statements ran, in order from the first
 */
public record RevisionProgress(String revision, Direction direction, String checksum, List<PlannedOp> ops, int ran) {
    public RevisionProgress {
        ops = List.copyOf(ops);
        if (ran < 0 || ran > ops.stream().mapToInt(o -> o.statements().size()).sum()) {
            throw new IllegalArgumentException("ran " + ran + " statements of " + revision + " out of range");
        }
    }

    public int total() {
        return statements().size();
    }

    /** Every statement, in the order they run; statement {@code n} is {@code statements().get(n - 1)}. */
    public List<String> statements() {
        List<String> all = new ArrayList<>();
        ops.forEach(op -> all.addAll(op.statements()));
        return all;
    }

    /** The same progress after {@code count} statements ran. */
    public RevisionProgress ran(int count) {
        return new RevisionProgress(revision, direction, checksum, ops, count);
    }

    /**
     * The ops whose statements all ran, in order, and whether the op after them ran only in part
     * (then the last of {@link #completeOps()} is followed by statements no undo covers).
     */
    public List<PlannedOp> completeOps() {
        List<PlannedOp> complete = new ArrayList<>();
        int counted = 0;
        for (PlannedOp op : ops) {
            if (counted + op.statements().size() > ran) {
                break;
            }
            counted += op.statements().size();
            complete.add(op);
        }
        return complete;
    }

    /** How many statements ran of the op that ran only in part; zero when none did. */
    public int statementsOfPartOp() {
        return ran - completeOps().stream().mapToInt(o -> o.statements().size()).sum();
    }

    /** {@code a1b2c3d4e5f6 (partially applied: 3 of 5 statements)}, as {@code current} and {@code check} say it. */
    public String describe() {
        return revision + " (partially " + (direction == Direction.UPGRADE ? "applied" : "reverted") + ": " + ran
                + " of " + total() + " statements)";
    }
}
