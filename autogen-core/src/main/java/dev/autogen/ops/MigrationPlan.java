package dev.autogen.ops;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The ops of one revision's upgrade; its downgrade is computed, never written separately. */
public record MigrationPlan(List<Op> upgrade) {
    public MigrationPlan {
        upgrade = List.copyOf(upgrade);
    }

    public List<Op> downgrade() {
        List<Op> down = new ArrayList<>();
        for (Op op : upgrade) {
            down.add(op.reverse());
        }
        Collections.reverse(down);
        return List.copyOf(down);
    }

    public boolean isEmpty() {
        return upgrade.isEmpty();
    }
}
