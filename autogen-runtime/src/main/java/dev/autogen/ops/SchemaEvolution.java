package dev.autogen.ops;

import dev.autogen.AutogenException;
import dev.autogen.schema.CheckConstraint;
import dev.autogen.schema.Column;
import dev.autogen.schema.Constraint;
import dev.autogen.schema.ForeignKey;
import dev.autogen.schema.ImplicitBehavior;
import dev.autogen.schema.Index;
import dev.autogen.schema.PrimaryKey;
import dev.autogen.schema.Schema;
import dev.autogen.schema.Sequence;
import dev.autogen.schema.Table;
import dev.autogen.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * What a schema looks like after an op: the model the runtime keeps while a migration runs, so
 * that hand-written calls can be checked and completed, SQLite rebuilds know the whole table, and
 * offline SQL needs no connection.
 */
public final class SchemaEvolution implements OpVisitor<Schema> {
    private final Schema before;
    private final ImplicitBehavior behavior;

    private SchemaEvolution(Schema before, ImplicitBehavior behavior) {
        this.before = before;
        this.behavior = behavior;
    }

    /** The schema after {@code op}, holding exactly what the op says (no database's own names). */
    public static Schema apply(Schema before, Op op) {
        return apply(before, op, ImplicitBehavior.NONE);
    }

    /** The schema after {@code op} as a database that behaves as {@code behavior} holds it. */
    public static Schema apply(Schema before, Op op, ImplicitBehavior behavior) {
        return op.accept(new SchemaEvolution(before, behavior));
    }

    public static Schema applyAll(Schema before, List<Op> ops) {
        return applyAll(before, ops, ImplicitBehavior.NONE);
    }

    public static Schema applyAll(Schema before, List<Op> ops, ImplicitBehavior behavior) {
        Schema s = before;
        for (Op op : ops) {
            s = apply(s, op, behavior);
        }
        return s;
    }

    @Override
    public Schema visitCreateTable(CreateTable op) {
        if (before.table(op.table().name()).isPresent()) {
            throw new AutogenException("cannot create table " + op.table().name() + ": it already exists");
        }
        Table stored = behavior.stored(Optional.empty(), op.table(), before);
        return withTables(tables -> add(tables, stored));
    }

    @Override
    public Schema visitDropTable(DropTable op) {
        requireTable(op.table().name());
        return withTables(tables -> remove(tables, op.table().name()));
    }

    @Override
    public Schema visitRenameTable(RenameTable op) {
        Table table = requireTable(op.from());
        if (before.table(op.to()).isPresent()) {
            throw new AutogenException("cannot rename table " + op.from() + " to " + op.to() + ": it already exists");
        }
        List<Table> tables = new ArrayList<>();
        for (Table t : before.tables()) {
            Table renamed = t.name().equals(op.from()) ? rename(table, op.to()) : t;
            tables.add(renamed.toBuilder().foreignKeys(renamed.foreignKeys().stream()
                    .map(fk -> fk.referencedTable().equals(op.from())
                            ? new ForeignKey(fk.name(), fk.columns(), op.to(), fk.referencedColumns(), fk.onDelete())
                            : fk)
                    .toList()).build());
        }
        return new Schema(tables, before.sequences());
    }

    @Override
    public Schema visitAddColumn(AddColumn op) {
        Table table = requireTable(op.table());
        if (table.column(op.column().name()).isPresent()) {
            throw new AutogenException("cannot add column " + op.table() + "." + op.column().name()
                    + ": it already exists");
        }
        return replace(table.withColumns(cols -> {
            cols.add(op.column());
            return cols;
        }));
    }

    @Override
    public Schema visitDropColumn(DropColumn op) {
        Table table = requireTable(op.table());
        String name = op.column().name();
        requireColumn(table, name);
        Table.Builder b = table.withColumns(cols -> {
            cols.removeIf(c -> c.name().equals(name));
            return cols;
        }).toBuilder();
        // Databases drop the indexes and constraints that cover a dropped column with it.
        b.indexes(table.indexes().stream().filter(i -> !i.columns().contains(name)).toList());
        b.uniqueConstraints(table.uniqueConstraints().stream().filter(u -> !u.columns().contains(name)).toList());
        b.foreignKeys(table.foreignKeys().stream().filter(f -> !f.columns().contains(name)).toList());
        b.primaryKey(table.primaryKey().filter(pk -> !pk.columns().contains(name)));
        return replace(b.build());
    }

    @Override
    public Schema visitAlterColumn(AlterColumn op) {
        Table table = requireTable(op.table());
        requireColumn(table, op.column());
        return replace(table.withColumns(cols -> replaceColumn(cols, op.column(), op.to())));
    }

    @Override
    public Schema visitRenameColumn(RenameColumn op) {
        Table table = requireTable(op.table());
        Column column = requireColumn(table, op.from());
        if (table.column(op.to()).isPresent()) {
            throw new AutogenException("cannot rename column " + op.table() + "." + op.from() + " to " + op.to()
                    + ": it already exists");
        }
        UnaryOperator<List<String>> rename = cols -> cols.stream().map(c -> c.equals(op.from()) ? op.to() : c).toList();
        Table.Builder b = table.withColumns(cols -> replaceColumn(cols, op.from(), column.withName(op.to()))).toBuilder();
        b.primaryKey(table.primaryKey().map(pk -> new PrimaryKey(pk.name(), rename.apply(pk.columns()))));
        b.uniqueConstraints(table.uniqueConstraints().stream()
                .map(u -> new UniqueConstraint(u.name(), rename.apply(u.columns()))).toList());
        b.indexes(table.indexes().stream().map(i -> i.withColumns(c -> c.equals(op.from()) ? op.to() : c)).toList());
        b.foreignKeys(table.foreignKeys().stream().map(f -> new ForeignKey(f.name(), rename.apply(f.columns()),
                f.referencedTable(), f.referencedColumns(), f.onDelete())).toList());
        Schema renamed = replace(b.build());
        List<Table> tables = new ArrayList<>();
        for (Table t : renamed.tables()) {
            tables.add(t.toBuilder().foreignKeys(t.foreignKeys().stream()
                    .map(f -> f.referencedTable().equals(op.table())
                            ? new ForeignKey(f.name(), f.columns(), f.referencedTable(),
                                    rename.apply(f.referencedColumns()), f.onDelete())
                            : f)
                    .toList()).build());
        }
        return new Schema(tables, renamed.sequences());
    }

    @Override
    public Schema visitCreateIndex(CreateIndex op) {
        Table table = requireTable(op.table());
        op.index().columns().forEach(c -> requireColumn(table, c));
        if (table.indexes().stream().anyMatch(i -> i.name().equals(op.index().name()))) {
            throw new AutogenException("cannot create index " + op.index().name() + ": it already exists");
        }
        return replace(table.toBuilder().index(op.index()).build());
    }

    @Override
    public Schema visitDropIndex(DropIndex op) {
        Table table = requireTable(op.table());
        List<Index> kept = table.indexes().stream().filter(i -> !i.name().equals(op.index().name())).toList();
        if (kept.size() == table.indexes().size()) {
            throw new AutogenException("cannot drop index " + op.index().name() + ": table " + op.table()
                    + " has no such index");
        }
        return replace(table.toBuilder().indexes(kept).build());
    }

    @Override
    public Schema visitAddConstraint(AddConstraint op) {
        Table table = requireTable(op.table());
        if (op.constraint() instanceof PrimaryKey && table.primaryKey().isPresent()) {
            throw new AutogenException("cannot add a primary key to " + op.table() + ": it already has one");
        }
        return replace(table.toBuilder().constraint(op.constraint()).build());
    }

    @Override
    public Schema visitDropConstraint(DropConstraint op) {
        Table table = requireTable(op.table());
        Constraint c = op.constraint();
        Table.Builder b = table.toBuilder();
        if (c instanceof PrimaryKey) {
            b.primaryKey(Optional.empty());
        } else if (c instanceof UniqueConstraint) {
            b.uniqueConstraints(without(table.uniqueConstraints(), c));
        } else if (c instanceof ForeignKey) {
            b.foreignKeys(without(table.foreignKeys(), c));
        } else if (c instanceof CheckConstraint) {
            b.checks(without(table.checks(), c));
        }
        return replace(b.build());
    }

    @Override
    public Schema visitCreateSequence(CreateSequence op) {
        List<Sequence> sequences = new ArrayList<>(before.sequences());
        sequences.add(op.sequence());
        return new Schema(before.tables(), sequences);
    }

    @Override
    public Schema visitDropSequence(DropSequence op) {
        return new Schema(before.tables(), before.sequences().stream()
                .filter(s -> !s.name().equals(op.sequence().name())).toList());
    }

    @Override
    public Schema visitAlterSequence(AlterSequence op) {
        if (before.sequence(op.name()).isEmpty()) {
            throw new AutogenException("cannot alter sequence " + op.name() + ": no such sequence");
        }
        return new Schema(before.tables(), before.sequences().stream()
                .map(s -> s.name().equals(op.name()) ? op.to() : s).toList());
    }

    @Override
    public Schema visitAlterTableComment(AlterTableComment op) {
        Table table = requireTable(op.table());
        return replace(table.toBuilder().comment(op.to()).build());
    }

    /** Raw SQL is opaque: the model cannot follow it, so it stays as it was. */
    @Override
    public Schema visitExecuteSql(ExecuteSql op) {
        return before;
    }

    /** Rows change, the schema does not. */
    @Override
    public Schema visitDataStep(DataStep op) {
        return before;
    }

    @Override
    public Schema visitBulkInsert(BulkInsert op) {
        requireTable(op.table());
        return before;
    }

    /** The model has no word for a schema of its own: tables carry it in their names. */
    @Override
    public Schema visitCreateSchema(CreateSchema op) {
        return before;
    }

    @Override
    public Schema visitDropSchema(DropSchema op) {
        return before;
    }

    private <C extends Constraint> List<C> without(List<C> constraints, Constraint dropped) {
        List<C> kept = new ArrayList<>();
        boolean found = false;
        for (C c : constraints) {
            if (!found && matches(c, dropped)) {
                found = true;
            } else {
                kept.add(c);
            }
        }
        if (!found) {
            throw new AutogenException("cannot drop constraint " + dropped.name().orElse("(unnamed)")
                    + ": no such constraint");
        }
        return kept;
    }

    /**
     * The same constraint, or one of the same name; an unnamed one also matches one of the same
     * shape that the database has named ({@code books_pkey} for {@code PRIMARY KEY (id)}).
     */
    private static boolean matches(Constraint existing, Constraint dropped) {
        if (existing.equals(dropped)) {
            return true;
        }
        if (dropped.name().isEmpty()) {
            return existing.withName(Optional.empty()).equals(dropped);
        }
        return dropped.name().equals(existing.name());
    }

    private Table requireTable(String name) {
        return before.table(name).orElseThrow(() -> new AutogenException("table " + name + " does not exist"));
    }

    private static Column requireColumn(Table table, String name) {
        return table.column(name).orElseThrow(() -> new AutogenException(
                "column " + table.name() + "." + name + " does not exist"));
    }

    private static List<Column> replaceColumn(List<Column> cols, String name, Column replacement) {
        cols.replaceAll(c -> c.name().equals(name) ? replacement : c);
        return cols;
    }

    private static Table rename(Table table, String newName) {
        Table.Builder b = Table.builder(newName);
        Table renamed = b.columns(table.columns()).primaryKey(table.primaryKey())
                .uniqueConstraints(table.uniqueConstraints()).indexes(table.indexes())
                .foreignKeys(table.foreignKeys()).checks(table.checks()).comment(table.comment()).build();
        return renamed;
    }

    /** The schema with {@code table} changed, as the database stores the change. */
    private Schema replace(Table table) {
        Table old = before.table(table.name()).orElseThrow();
        Table stored = behavior.stored(Optional.of(old), table, before);
        return withTables(tables -> {
            tables.replaceAll(t -> t.name().equals(table.name()) ? stored : t);
            return tables;
        });
    }

    private Schema withTables(UnaryOperator<List<Table>> change) {
        return new Schema(change.apply(new ArrayList<>(before.tables())), before.sequences());
    }

    /** In its place by name, so the new schema need not sort its tables again. */
    private static List<Table> add(List<Table> tables, Table table) {
        int at = tables.size();
        while (at > 0 && tables.get(at - 1).name().compareTo(table.name()) > 0) {
            at--;
        }
        tables.add(at, table);
        return tables;
    }

    private static List<Table> remove(List<Table> tables, String name) {
        tables.removeIf(t -> t.name().equals(name));
        return tables;
    }
}
