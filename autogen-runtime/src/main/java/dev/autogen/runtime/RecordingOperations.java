package dev.autogen.runtime;

import dev.autogen.AutogenException;
import dev.autogen.migration.ColumnChange;
import dev.autogen.migration.ColumnDefinition;
import dev.autogen.migration.DataCallback;
import dev.autogen.migration.IndexCall;
import dev.autogen.migration.Operations;
import dev.autogen.migration.TableElement;
import dev.autogen.ops.AddColumn;
import dev.autogen.ops.AddConstraint;
import dev.autogen.ops.AlterColumn;
import dev.autogen.ops.AlterSequence;
import dev.autogen.ops.AlterTableComment;
import dev.autogen.ops.BoundStatement;
import dev.autogen.ops.BulkInsert;
import dev.autogen.ops.CreateIndex;
import dev.autogen.ops.CreateSchema;
import dev.autogen.ops.CreateSequence;
import dev.autogen.ops.CreateTable;
import dev.autogen.ops.DataStep;
import dev.autogen.ops.DropColumn;
import dev.autogen.ops.DropConstraint;
import dev.autogen.ops.DropIndex;
import dev.autogen.ops.DropSchema;
import dev.autogen.ops.DropSequence;
import dev.autogen.ops.DropTable;
import dev.autogen.ops.ExecuteSql;
import dev.autogen.ops.JavaCallback;
import dev.autogen.ops.Op;
import dev.autogen.ops.RenameColumn;
import dev.autogen.ops.RenameTable;
import dev.autogen.ops.SchemaEvolution;
import dev.autogen.schema.ConstraintNames;
import dev.autogen.schema.CheckConstraint;
import dev.autogen.schema.Column;
import dev.autogen.schema.Constraint;
import dev.autogen.schema.ForeignKey;
import dev.autogen.schema.ImplicitBehavior;
import dev.autogen.schema.Index;
import dev.autogen.schema.PrimaryKey;
import dev.autogen.schema.ReferentialAction;
import dev.autogen.schema.Schema;
import dev.autogen.schema.Sequence;
import dev.autogen.schema.StoredTableNames;
import dev.autogen.schema.SingleExpression;
import dev.autogen.schema.Table;
import dev.autogen.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Runs a migration against a model of the schema instead of a database: each call becomes a
 * complete {@link Op}, filled in from the schema as it stands at that point (a dropped column
 * carries its whole definition, so its reverse is exact), checked, applied to the model and
 * recorded. A call naming something that does not exist fails before any SQL runs.
 */
public final class RecordingOperations implements Operations {
    private final List<Op> ops = new ArrayList<>();
    private final ImplicitBehavior behavior;
    private final boolean lenient;
    private final List<String> skipped = new ArrayList<>();
    private Schema state;

    /** @param before the schema the database has before the migration runs */
    public RecordingOperations(Schema before) {
        this(before, ImplicitBehavior.NONE);
    }

    /**
     * @param before the schema the database has before the migration runs
     * @param behavior what the database does on its own (names it gives), which the model follows
     */
    public RecordingOperations(Schema before, ImplicitBehavior behavior) {
        this(before, behavior, false);
    }

    private RecordingOperations(Schema before, ImplicitBehavior behavior, boolean lenient) {
        this.state = Objects.requireNonNull(before, "before == null");
        this.behavior = Objects.requireNonNull(behavior, "behavior == null");
        this.lenient = lenient;
    }

    /**
     * A recording that skips each call the model cannot follow (it names something the model does
     * not hold) instead of failing, to find out what a history needs that it does not create.
     */
    static RecordingOperations lenient(Schema before, ImplicitBehavior behavior) {
        return new RecordingOperations(before, behavior, true);
    }

    /** The calls a lenient recording skipped, as {@code dropTable(stray)}. */
    List<String> skipped() {
        return List.copyOf(skipped);
    }

    /** The ops recorded so far, in call order. */
    public List<Op> ops() {
        return List.copyOf(ops);
    }

    /** The schema after the calls recorded so far. */
    public Schema state() {
        return state;
    }

    @Override
    public void createTable(String name, TableElement... elements) {
        record(call("createTable", name), () -> {
            Table.Builder table = Table.builder(name);
            for (TableElement element : elements) {
                element.addTo(table);
            }
            return new CreateTable(StoredTableNames.of(table.build(), behavior::storedName));
        });
    }

    @Override
    public void dropTable(String name) {
        String call = call("dropTable", name);
        record(call, () -> new DropTable(table(call, stored(name))));
    }

    @Override
    public void renameTable(String from, String to) {
        record(call("renameTable", from, to), () -> new RenameTable(stored(from), stored(to)));
    }

    @Override
    public void addColumn(String table, ColumnDefinition column) {
        record(call("addColumn", table, column.toColumn().name()), () -> new AddColumn(stored(table),
                column.toColumn().withName(stored(column.toColumn().name()))));
    }

    @Override
    public void dropColumn(String table, String column) {
        String call = call("dropColumn", table, column);
        record(call, () -> new DropColumn(stored(table), column(call, table, column)));
    }

    @Override
    public void alterColumn(String table, String column, ColumnChange... changes) {
        String call = call("alterColumn", table, column);
        record(call, () -> {
            Column from = column(call, table, column);
            Column to = from;
            for (ColumnChange change : changes) {
                to = change.applyTo(to);
            }
            return new AlterColumn(stored(table), from, to);
        });
    }

    @Override
    public void renameColumn(String table, String from, String to) {
        record(call("renameColumn", table, from, to), () -> new RenameColumn(stored(table), stored(from), stored(to)));
    }

    @Override
    public IndexCall createIndex(String name, String table, String... columns) {
        return createIndex("createIndex", name, table, columns, false);
    }

    @Override
    public IndexCall createUniqueIndex(String name, String table, String... columns) {
        return createIndex("createUniqueIndex", name, table, columns, true);
    }

    private IndexCall createIndex(String method, String name, String table, String[] columns, boolean unique) {
        String call = call(method, name, table);
        int at = ops.size();
        record(call, () -> {
            // "score DESC" is a column with its direction, as JPA's columnList writes it.
            Index written = Index.of(name, List.of(columns), unique);
            Index index = new Index(stored(name), stored(written.columns()), unique, stored(written.descending()));
            index.columns().forEach(c -> column(call, table, c));
            return new CreateIndex(stored(table), index);
        });
        return concurrently(at);
    }

    /**
     * The call's answer to {@code .concurrently()}: the op it recorded at {@code at} (if it recorded
     * one) is replaced by the same op built or dropped concurrently; the model does not change.
     */
    private IndexCall concurrently(int at) {
        return () -> {
            if (ops.size() <= at) {
                return;
            }
            Op op = ops.get(at);
            if (op instanceof CreateIndex create) {
                ops.set(at, new CreateIndex(create.table(), create.index(), true));
            } else if (op instanceof DropIndex drop) {
                ops.set(at, new DropIndex(drop.table(), drop.index(), true));
            }
        };
    }

    @Override
    public IndexCall dropIndex(String name, String table) {
        String call = call("dropIndex", name, table);
        int at = ops.size();
        record(call, () -> {
            Table t = table(call, table);
            boolean isIndex = t.indexes().stream().anyMatch(i -> i.name().equals(stored(name)));
            if (!isIndex && behavior.uniqueIndexIsConstraint()) {
                // There a unique index reads back as the unique constraint it is: drop that.
                Optional<Constraint> unique = findConstraint(t, name).filter(c -> c instanceof UniqueConstraint);
                if (unique.isPresent()) {
                    return new DropConstraint(t.name(), unique.get());
                }
            }
            return new DropIndex(t.name(), index(call, name, table));
        });
        return concurrently(at);
    }

    @Override
    public void createUniqueConstraint(String name, String table, String... columns) {
        String call = call("createUniqueConstraint", name, table);
        record(call, () -> addConstraint(call, table, UniqueConstraint.of(stored(name),
                stored(List.of(columns)).toArray(String[]::new)), stored(List.of(columns))));
    }

    @Override
    public void createForeignKey(String name, String table, List<String> columns, String referencedTable,
            List<String> referencedColumns) {
        createForeignKey(name, table, columns, referencedTable, referencedColumns, ReferentialAction.NO_ACTION);
    }

    @Override
    public void createForeignKey(String name, String table, List<String> columns, String referencedTable,
            List<String> referencedColumns, ReferentialAction onDelete) {
        String call = call("createForeignKey", name, table);
        record(call, () -> addConstraint(call, table, new ForeignKey(Optional.of(stored(name)), stored(columns),
                stored(referencedTable), stored(referencedColumns), onDelete), stored(columns)));
    }

    @Override
    public void createCheckConstraint(String name, String table, String condition) {
        String call = call("createCheckConstraint", name, table);
        record(call, () -> addConstraint(call, table, new CheckConstraint(Optional.of(stored(name)), condition),
                List.of()));
    }

    @Override
    public void createPrimaryKey(String name, String table, String... columns) {
        String call = call("createPrimaryKey", name, table);
        record(call, () -> addConstraint(call, table,
                new PrimaryKey(Optional.of(stored(name)), stored(List.of(columns))), stored(List.of(columns))));
    }

    @Override
    public void dropConstraint(String name, String table) {
        String call = call("dropConstraint", name, table);
        record(call, () -> new DropConstraint(stored(table), constraint(call, name, table)));
    }

    @Override
    public void createSequence(String name, long start, long increment) {
        String call = call("createSequence", name);
        record(call, () -> {
            if (state.sequence(stored(name)).isPresent()) {
                throw new AutogenException(call + ": sequence " + name + " already exists at this revision");
            }
            return new CreateSequence(new Sequence(stored(name), start, increment));
        });
    }

    @Override
    public void dropSequence(String name) {
        String call = call("dropSequence", name);
        record(call, () -> new DropSequence(state.sequence(stored(name)).orElseThrow(() -> new AutogenException(
                call + ": sequence " + name + " does not exist at this revision"))));
    }

    @Override
    public void alterSequence(String name, long start, long increment) {
        String call = call("alterSequence", name);
        record(call, () -> new AlterSequence(state.sequence(stored(name)).orElseThrow(() -> new AutogenException(
                call + ": sequence " + name + " does not exist at this revision")),
                new Sequence(stored(name), start, increment)));
    }

    @Override
    public void createSchema(String name) {
        String call = call("createSchema", name);
        record(call, () -> new CreateSchema(name));
    }

    @Override
    public void dropSchema(String name) {
        String call = call("dropSchema", name);
        record(call, () -> new DropSchema(name));
    }

    @Override
    public void createTableComment(String table, String comment) {
        String call = call("createTableComment", table);
        record(call, () -> new AlterTableComment(stored(table), table(call, table).comment(), Optional.of(comment)));
    }

    @Override
    public void dropTableComment(String table) {
        String call = call("dropTableComment", table);
        record(call, () -> new AlterTableComment(stored(table), table(call, table).comment(), Optional.empty()));
    }

    @Override
    public void execute(String sql) {
        record("execute", () -> new ExecuteSql(sql, Optional.empty()));
    }

    @Override
    public void execute(String sql, Object... params) {
        record("execute", () -> new DataStep(new BoundStatement(sql, Arrays.asList(params))));
    }

    @Override
    public void run(DataCallback callback) {
        record("run", () -> new DataStep(new JavaCallback(callback)));
    }

    @Override
    public void bulkInsert(String table, List<Map<String, Object>> rows) {
        record(call("bulkInsert", table), () -> new BulkInsert(stored(table),
                StoredTableNames.rows(rows, behavior::storedName)));
    }

    /** Builds the op, applies it to the model (which validates it) and records it; errors name the call. */
    private void record(String call, Supplier<Op> build) {
        try {
            Op op = build.get();
            requireSingleExpressions(op);
            Schema after = SchemaEvolution.apply(state, op, behavior);
            ops.add(op);
            state = after;
        } catch (AutogenException | IllegalArgumentException | NullPointerException e) {
            if (!lenient) {
                throw failure(call, e);
            }
            skipped.add(call);
        }
    }

    /**
     * The SQL text a migration supplies (defaults, check conditions, spelled-out types) is one
     * expression each, checked before any statement runs; text read from the database is not.
     */
    private static void requireSingleExpressions(Op op) {
        if (op instanceof CreateTable create) {
            SingleExpression.requireIn(create.table());
        } else if (op instanceof AddColumn add) {
            SingleExpression.requireIn(add.table(), add.column());
        } else if (op instanceof AlterColumn alter) {
            if (alter.defaultChanged()) {
                alter.to().defaultValue().ifPresent(sql ->
                        SingleExpression.require(sql, "the default of " + alter.table() + "." + alter.column()));
            }
            if (alter.typeChanged()) {
                SingleExpression.requireType(alter.table(), alter.to());
            }
        } else if (op instanceof AddConstraint add && add.constraint() instanceof CheckConstraint check) {
            SingleExpression.require(check.condition(), "the check " + check.name().map(n -> n + " ").orElse("")
                    + "on " + add.table());
        }
    }

    private static AutogenException failure(String call, RuntimeException e) {
        if (e instanceof AutogenException) {
            if (e.getMessage().startsWith(call + ":")) {
                return (AutogenException) e;
            }
            return new AutogenException(call + ": " + e.getMessage(), e);
        }
        // The schema records reject blank names, empty column lists and nulls.
        return new AutogenException(call + ": " + e.getMessage(), e);
    }

    private AddConstraint addConstraint(String call, String table, Constraint constraint, List<String> columns) {
        columns.forEach(c -> column(call, table, c));
        return new AddConstraint(stored(table), constraint);
    }

    /** {@code name} as the database stores it ({@link ImplicitBehavior#storedName}): the model holds that. */
    private String stored(String name) {
        return name == null ? null : behavior.storedName(name);
    }

    private List<String> stored(List<String> names) {
        return names.stream().map(this::stored).toList();
    }

    private Table table(String call, String name) {
        return state.table(stored(name)).orElseThrow(() -> new AutogenException(
                call + ": table " + name + " does not exist at this revision"));
    }

    private Column column(String call, String table, String name) {
        return table(call, table).column(stored(name)).orElseThrow(() -> new AutogenException(
                call + ": column " + table + "." + name + " does not exist at this revision"));
    }

    private Index index(String call, String name, String table) {
        Table t = table(call, table);
        return t.indexes().stream().filter(i -> i.name().equals(stored(name))).findFirst().orElseThrow(() -> {
            boolean isConstraint = findConstraint(t, name).isPresent();
            return new AutogenException(call + ": table " + table + " has no index " + name + " at this revision"
                    + (isConstraint ? "; it is a constraint, so use dropConstraint" : ""));
        });
    }

    private Constraint constraint(String call, String name, String table) {
        Table t = table(call, table);
        return findConstraint(t, name).orElseThrow(() -> {
            boolean isIndex = t.indexes().stream().anyMatch(i -> i.name().equals(name));
            return new AutogenException(call + ": table " + table + " has no constraint " + name
                    + " at this revision" + (isIndex ? "; it is an index, so use dropIndex" : ""));
        });
    }

    /**
     * By name, then by another name the database knows it by (SQLite's automatic index). A
     * constraint without a name, or with one the database chose itself, also answers to the name
     * the renderer generates for it, so a generated {@code dropConstraint} finds what it was
     * written for, on the database it was generated against and on any other.
     */
    private Optional<Constraint> findConstraint(Table table, String name) {
        String stored = stored(name);
        Optional<Constraint> named = table.constraints().stream()
                .filter(c -> c.name().isPresent() && c.name().get().equals(stored)).findFirst();
        if (named.isPresent()) {
            return named;
        }
        Optional<Constraint> known = table.constraints().stream()
                .filter(c -> behavior.otherNames(table, c).contains(stored)).findFirst();
        if (known.isPresent()) {
            return known;
        }
        return table.constraints().stream()
                .filter(c -> c.name().isEmpty() || behavior.isImplicitName(table, c))
                .filter(c -> ConstraintNames.generated(table.name(), c).equals(name)
                        || ConstraintNames.generated(table.name(), c).equals(stored))
                .findFirst();
    }

    private static String call(String method, String... args) {
        return method + "(" + String.join(", ", args) + ")";
    }
}
