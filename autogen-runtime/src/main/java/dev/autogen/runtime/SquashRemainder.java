package dev.autogen.runtime;

import dev.autogen.migration.Migration;
import dev.autogen.migration.Operations;
import java.util.List;

/**
 * What a database stamped inside a squashed range still needs: the replaced revisions after its
 * own, in order, as one step that ends at the squashed revision. Its checksum is the squashed
 * revision's, so the database then records the file it is at.
 *
 * @param squashed the squashed revision's migration
 * @param remaining the replaced revisions after the database's, oldest first (none when the
 *     database is at the end of the range: the step only moves the version)
 */
record SquashRemainder(Migration squashed, List<Migration> remaining) implements Migration {
    SquashRemainder {
        remaining = List.copyOf(remaining);
    }

    @Override
    public void upgrade(Operations op) {
        remaining.forEach(m -> m.upgrade(op));
    }

    @Override
    public void downgrade(Operations op) {
        for (int i = remaining.size() - 1; i >= 0; i--) {
            remaining.get(i).downgrade(op);
        }
    }
}
