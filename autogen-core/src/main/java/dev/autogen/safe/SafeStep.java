package dev.autogen.safe;

import dev.autogen.ops.MigrationPlan;
import java.util.List;
import java.util.Objects;

/**
 * One revision of a {@code revision --safe} split: what it does in words (added to the message),
 * its plan, and for the backfill step the columns ({@code table.column}) it is to fill (then the
 * plan is empty: the fill is the user's, written into the placeholder).
 */
public record SafeStep(String label, MigrationPlan plan, List<String> backfill) {
    public SafeStep {
        Objects.requireNonNull(label, "label == null");
        Objects.requireNonNull(plan, "plan == null");
        backfill = List.copyOf(backfill);
    }

    public boolean isBackfill() {
        return !backfill.isEmpty();
    }
}
