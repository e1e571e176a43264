package dev.autogen.diff;

import dev.autogen.ops.AddConstraint;
import dev.autogen.ops.DropConstraint;
import dev.autogen.ops.DropIndex;
import dev.autogen.ops.DropTable;
import dev.autogen.ops.Op;
import dev.autogen.schema.ForeignKey;
import dev.autogen.schema.Schema;
import dev.autogen.schema.Table;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A database refuses to drop a key that a foreign key still references. When the diff drops a
 * primary key, unique constraint or unique index that an unchanged foreign key of a kept table
 * relies on, that foreign key is dropped first and added back, unchanged, once the new key exists
 * (as jOOQ's diff patches its result). The pair changes nothing in the end, so it invents nothing.
 */
final class DependentForeignKeys {
    private DependentForeignKeys() {
    }

    /** The drop-and-re-add pairs {@code ops} needs on {@code actual}; empty when none is needed. */
    static List<Op> of(List<Op> ops, Schema actual) {
        Set<ReferencedKey> droppedKeys = droppedKeys(ops);
        Set<String> droppedTables = new HashSet<>();
        Set<Op> alreadyDropped = new HashSet<>();
        for (Op op : ops) {
            if (op instanceof DropTable drop) {
                droppedTables.add(drop.table().name());
            } else if (op instanceof DropConstraint drop) {
                alreadyDropped.add(drop);
            }
        }
        List<Op> rebuilt = new ArrayList<>();
        for (Table table : actual.tables()) {
            if (droppedTables.contains(table.name())) {
                continue;
            }
            for (ForeignKey fk : table.foreignKeys()) {
                DropConstraint drop = new DropConstraint(table.name(), fk);
                if (droppedKeys.contains(ReferencedKey.referencedBy(fk)) && !alreadyDropped.contains(drop)) {
                    rebuilt.add(drop);
                    rebuilt.add(new AddConstraint(table.name(), fk));
                }
            }
        }
        return rebuilt;
    }

    private static Set<ReferencedKey> droppedKeys(List<Op> ops) {
        Set<ReferencedKey> keys = new HashSet<>();
        for (Op op : ops) {
            if (op instanceof DropConstraint drop) {
                ReferencedKey.of(drop.table(), drop.constraint()).ifPresent(keys::add);
            } else if (op instanceof DropIndex drop) {
                ReferencedKey.of(drop.table(), drop.index()).ifPresent(keys::add);
            }
        }
        return keys;
    }
}
