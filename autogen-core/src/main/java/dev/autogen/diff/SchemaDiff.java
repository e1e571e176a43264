package dev.autogen.diff;

import dev.autogen.dialect.Dialect;
import dev.autogen.ops.AlterSequence;
import dev.autogen.ops.BulkInsert;
import dev.autogen.ops.CreateSequence;
import dev.autogen.ops.CreateTable;
import dev.autogen.ops.DropSequence;
import dev.autogen.ops.DropTable;
import dev.autogen.ops.Op;
import dev.autogen.schema.Column;
import dev.autogen.schema.PrimaryKey;
import dev.autogen.schema.Schema;
import dev.autogen.schema.Sequence;
import dev.autogen.schema.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * The pure schema diff: which ops turn the live database into what the entities describe. Tables,
 * columns and sequences are matched by exact name (a rename shows as drop plus add; guessing
 * renames is left to the reviewer), constraints and indexes by what they mean. Equal input gives
 * no ops, and the same input always gives the same ops in the same order.
 */
public final class SchemaDiff {
    private SchemaDiff() {
    }

    /**
     * The ops that turn {@code actual} (the live database) into {@code target} (the entities), in
     * an order that runs. Pure: compares through {@link Dialect#normalize}, never touches JDBC.
     * Ops carry real values, never normalized ones: what is added comes from {@code target}, what
     * is dropped or altered from {@code actual}.
     */
    public static List<Op> compare(Schema target, Schema actual, Dialect dialect) {
        List<Op> ops = new ArrayList<>();
        NamedMerge<Table> tables = NamedMerge.of(target.tables(), actual.tables(), Table::name);
        tables.added().forEach(t -> ops.addAll(create(t)));
        tables.removed().forEach(t -> ops.add(new DropTable(t)));
        for (NamedMerge.Both<Table> both : tables.both()) {
            ops.addAll(TableDiff.compare(both.target(), both.actual(), dialect));
        }
        ops.addAll(compareSequences(target.sequences(), actual.sequences()));
        ops.addAll(DependentForeignKeys.of(ops, actual));
        return OpOrdering.order(ops);
    }

    /**
     * The same, after the renames the user declared: each runs first (keeping its rows), and the
     * diff then holds only what still differs from the renamed database.
     */
    public static List<Op> compare(Schema target, Schema actual, Dialect dialect, List<Rename> renames) {
        if (renames.isEmpty()) {
            return compare(target, actual, dialect);
        }
        Schema renamed = actual;
        List<Op> ops = new ArrayList<>();
        for (Rename rename : renames) {
            renamed = rename.applyTo(renamed, target);
            ops.add(rename.op());
        }
        List<Op> rest = compare(target, renamed, dialect);
        // The rest is already in phase order; the renames go where their phase begins.
        int at = 0;
        while (at < rest.size() && OpPhase.of(rest.get(at)).compareTo(OpPhase.RENAME) <= 0) {
            at++;
        }
        List<Op> all = new ArrayList<>(rest.subList(0, at));
        all.addAll(ops);
        all.addAll(rest.subList(at, rest.size()));
        return List.copyOf(all);
    }

    /**
     * A new table, then the rows it must start with (an emulated sequence's first value). Rows are
     * data, not schema: they are inserted once the schema is in place and never compared again.
     */
    private static List<Op> create(Table table) {
        List<Op> ops = new ArrayList<>();
        ops.add(new CreateTable(keyColumnsFirst(table).toBuilder().initialRows(List.of()).build()));
        if (!table.initialRows().isEmpty()) {
            ops.add(new BulkInsert(table.name(), table.initialRows()));
        }
        return ops;
    }

    /** A changed start or increment is altered in place: a drop and a create would restart the ids. */
    private static List<Op> compareSequences(List<Sequence> target, List<Sequence> actual) {
        List<Op> ops = new ArrayList<>();
        NamedMerge<Sequence> sequences = NamedMerge.of(target, actual, Sequence::name);
        sequences.added().forEach(s -> ops.add(new CreateSequence(s)));
        sequences.removed().forEach(s -> ops.add(new DropSequence(s)));
        for (NamedMerge.Both<Sequence> both : sequences.both()) {
            if (!both.target().equals(both.actual())) {
                ops.add(new AlterSequence(both.actual(), both.target()));
            }
        }
        return ops;
    }

    /**
     * The table with its primary key columns first, as a person writes one; Hibernate orders
     * columns by size. Column order never counts as a difference, so only the file's reader sees it.
     */
    static Table keyColumnsFirst(Table table) {
        List<String> key = table.primaryKey().map(PrimaryKey::columns).orElse(List.of());
        List<Column> ordered = new ArrayList<>();
        key.forEach(name -> table.column(name).ifPresent(ordered::add));
        table.columns().stream().filter(c -> !key.contains(c.name())).forEach(ordered::add);
        return table.toBuilder().columns(ordered).build();
    }
}
