package dev.autogen.diff;

import dev.autogen.ops.AddConstraint;
import dev.autogen.ops.CreateIndex;
import dev.autogen.ops.CreateTable;
import dev.autogen.ops.DropConstraint;
import dev.autogen.ops.DropIndex;
import dev.autogen.ops.DropTable;
import dev.autogen.ops.Op;
import dev.autogen.schema.ForeignKey;
import dev.autogen.schema.Table;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Puts ops in an order a database accepts, as a step of its own (jOOQ's {@code sortIndex}): by
 * {@link OpPhase}, tables created referenced-first and dropped referencing-first, and otherwise in
 * the order given, so a deterministic input gives a deterministic output.
 *
 * <p>A foreign key that cannot exist when its table is created (it closes a cycle among new tables,
 * or references a key this migration adds to an existing table) is taken out of the
 * {@link CreateTable} and added afterwards as an {@link AddConstraint}. Dropping mirrors it: such
 * a key is dropped first with a {@link DropConstraint}, and the {@link DropTable} carries the table
 * without it, so that the reversed plan recreates it exactly.
 */
public final class OpOrdering {
    private OpOrdering() {
    }

    public static List<Op> order(List<Op> ops) {
        Set<ReferencedKey> added = keysAdded(ops);
        Set<ReferencedKey> dropped = keysDropped(ops);
        TableDependencyOrder creates = TableDependencyOrder.of(tablesOf(ops, CreateTable.class),
                fk -> added.contains(ReferencedKey.referencedBy(fk)));
        TableDependencyOrder drops = TableDependencyOrder.of(tablesOf(ops, DropTable.class),
                fk -> dropped.contains(ReferencedKey.referencedBy(fk)));
        List<Op> expanded = new ArrayList<>();
        for (Op op : ops) {
            if (op instanceof CreateTable create) {
                Table table = create.table();
                expanded.add(new CreateTable(creates.withoutDeferred(table)));
                creates.deferred(table.name()).forEach(fk -> expanded.add(new AddConstraint(table.name(), fk)));
            } else if (op instanceof DropTable drop) {
                Table table = drop.table();
                drops.deferred(table.name()).forEach(fk -> expanded.add(new DropConstraint(table.name(), fk)));
                expanded.add(new DropTable(drops.withoutDeferred(table)));
            } else {
                expanded.add(op);
            }
        }
        expanded.sort(Comparator.comparing(OpPhase::of).thenComparingInt(op -> tableRank(op, creates, drops)));
        return List.copyOf(expanded);
    }

    /** Within the table phases: created referenced-first, dropped referencing-first. */
    private static int tableRank(Op op, TableDependencyOrder creates, TableDependencyOrder drops) {
        if (op instanceof CreateTable create) {
            return creates.rank(create.table().name());
        } else if (op instanceof DropTable drop) {
            return -drops.rank(drop.table().name());
        }
        return 0;
    }

    private static List<Table> tablesOf(List<Op> ops, Class<? extends Op> kind) {
        List<Table> tables = new ArrayList<>();
        for (Op op : ops) {
            if (op instanceof CreateTable create && kind == CreateTable.class) {
                tables.add(create.table());
            } else if (op instanceof DropTable drop && kind == DropTable.class) {
                tables.add(drop.table());
            }
        }
        return tables;
    }

    /** Keys that existing tables gain in this migration, after every table is created. */
    private static Set<ReferencedKey> keysAdded(List<Op> ops) {
        Set<ReferencedKey> keys = new HashSet<>();
        for (Op op : ops) {
            if (op instanceof AddConstraint add) {
                ReferencedKey.of(add.table(), add.constraint()).ifPresent(keys::add);
            } else if (op instanceof CreateIndex create) {
                ReferencedKey.of(create.table(), create.index()).ifPresent(keys::add);
            }
        }
        return keys;
    }

    /** Keys that existing tables lose in this migration, before any table is dropped. */
    private static Set<ReferencedKey> keysDropped(List<Op> ops) {
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
