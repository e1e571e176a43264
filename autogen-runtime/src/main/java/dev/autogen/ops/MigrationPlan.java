package dev.autogen.ops;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The ops of one revision's upgrade; its downgrade is computed, never written separately. */
public record MigrationPlan(List<Op> upgrade) {
    public MigrationPlan {
        upgrade = List.copyOf(upgrade);
    }

    /** The reverse of each upgrade op, last first; rows inserted into a table the plan creates go with it. */
    public List<Op> downgrade() {
        List<Op> down = new ArrayList<>();
        for (Op op : upgrade) {
            if (!isUndoneWithItsTable(op)) {
                down.add(op.reverse());
            }
        }
        Collections.reverse(down);
        return List.copyOf(down);
    }

    /**
     * Whether {@code op} inserts rows into a table this plan creates (an emulated sequence's first
     * value): the downgrade drops that table, rows and all, so the insert needs no undo of its own.
     */
    public boolean isUndoneWithItsTable(Op op) {
        if (!(op instanceof BulkInsert insert)) {
            return false;
        }
        return upgrade.stream().anyMatch(o -> o instanceof CreateTable create
                && create.table().name().equals(insert.table()));
    }

    public boolean isEmpty() {
        return upgrade.isEmpty();
    }
}
