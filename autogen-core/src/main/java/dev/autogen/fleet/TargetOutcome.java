package dev.autogen.fleet;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What one target of a fleet run ended with: the revisions it was at before and after, and the
 * error or the number of findings that make it count as failed.
 *
 * @param known whether the target's revisions could be read (false when it could not be reached or was not run)
 * @param failure one line saying why the target failed; empty when it succeeded
 */
public record TargetOutcome(Target target, boolean known, List<String> before, List<String> after,
        Optional<String> failure) {
    public TargetOutcome {
        Objects.requireNonNull(target, "target == null");
        before = List.copyOf(before);
        after = List.copyOf(after);
        Objects.requireNonNull(failure, "failure == null");
    }

    /** A target whose revisions are unknown, with why it failed. */
    public static TargetOutcome unreached(Target target, String failure) {
        return new TargetOutcome(target, false, List.of(), List.of(), Optional.of(failure));
    }

    public boolean succeeded() {
        return failure.isEmpty();
    }

    /** What an action says of its target; the runner adds which target it was. */
    public record Partial(List<String> before, List<String> after, Optional<String> failure) {
        public Partial {
            before = List.copyOf(before);
            after = List.copyOf(after);
            Objects.requireNonNull(failure, "failure == null");
        }
    }

    /** The outcome of a target that was never started, because an earlier one failed under --fail-fast. */
    public static TargetOutcome skipped(Target target) {
        return unreached(target, "not run: an earlier target failed (--fail-fast)");
    }
}
