package dev.autogen.oracle;

import dev.autogen.schema.Column;
import dev.autogen.schema.ColumnType;
import dev.autogen.schema.ForeignKey;
import dev.autogen.schema.PrimaryKey;
import dev.autogen.schema.Schema;
import dev.autogen.schema.Sequence;
import dev.autogen.schema.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Random changes to a schema model, each leaving a model that is valid on both databases: a
 * dropped column takes the constraints that cover it along, a dropped table the foreign keys that
 * reference it; key and foreign key columns keep their type, and a column changes type only within
 * its family (a cast that needs no data).
 */
final class RandomChanges {
    private final Choices choices;
    private final RandomSchemas schemas;
    private final boolean sequences;
    /**
     * The model before the changes. A dropped table is not added back with another shape, and a
     * dropped column comes back only with a type its old one casts to: autogenerate sees both as
     * changes of what was there, and a database cannot convert, say, {@code smallint} to {@code date}.
     */
    private Schema before = Schema.EMPTY;
    private final List<UnaryOperator<Schema>> changes = List.of(this::addColumn, this::dropColumn, this::changeType,
            this::toggleNullable, this::changeDefault, this::changeComment, this::changeTableComment, this::addTable,
            this::dropTable, this::changeUnique, this::changeIndex, this::changeCheck, this::changeForeignKey,
            this::changePrimaryKey, this::toggleIdentity, this::changeSequence);

    RandomChanges(Choices choices, RandomSchemas schemas, boolean sequences) {
        this.choices = choices;
        this.schemas = schemas;
        this.sequences = sequences;
    }

    /** {@code schema} after one to four random changes, with its keys fit for the database. */
    Schema change(Schema schema) {
        before = schema;
        Schema changed = schema;
        int count = 1 + choices.below(4);
        for (int i = 0; i < count; i++) {
            changed = choices.pick(changes).apply(changed);
        }
        return schemas.fit(changed);
    }

    private Table anyTable(Schema schema) {
        return choices.pick(schema.tables());
    }

    /** Columns outside the primary key and every foreign key: their type and existence are free. */
    private static List<Column> freeColumns(Table table) {
        List<String> taken = new ArrayList<>(table.primaryKey().map(PrimaryKey::columns).orElse(List.of()));
        table.foreignKeys().forEach(fk -> taken.addAll(fk.columns()));
        return table.columns().stream().filter(c -> !taken.contains(c.name())).toList();
    }

    private Schema addColumn(Schema schema) {
        Table table = anyTable(schema);
        String name = choices.pick(schemas.columnNames());
        if (table.column(name).isPresent()) {
            return schema;
        }
        Column added = schemas.column(name);
        Optional<Column> old = before.table(table.name()).flatMap(t -> t.column(name));
        if (old.isPresent()) {
            ColumnType type = choices.pick(RandomTypes.family(old.get().type()));
            added = added.toBuilder().type(type)
                    .defaultValue(added.defaultValue().isPresent() ? RandomTypes.defaultFor(type, choices) : Optional.empty())
                    .build();
        }
        return Tables.replace(schema, table.toBuilder().column(added).build());
    }

    private Schema dropColumn(Schema schema) {
        Table table = anyTable(schema);
        // id stays even when no key holds it: an entity keeps its id, and a table its last column.
        List<Column> free = freeColumns(table).stream().filter(c -> !c.name().equals("id")).toList();
        if (free.isEmpty()) {
            return schema;
        }
        String gone = choices.pick(free).name();
        Table changed = table.toBuilder()
                .columns(table.columns().stream().filter(c -> !c.name().equals(gone)).toList())
                .uniqueConstraints(table.uniqueConstraints().stream().filter(u -> !u.columns().contains(gone)).toList())
                .indexes(table.indexes().stream().filter(i -> !i.columns().contains(gone)).toList())
                .checks(table.checks().stream().filter(c -> !c.condition().startsWith(RandomSchemas.sqlName(gone) + " "))
                        .toList())
                .build();
        return Tables.replace(schema, changed);
    }

    private Schema changeType(Schema schema) {
        return changeFreeColumn(schema, column -> {
            ColumnType type = choices.pick(RandomTypes.family(column.type()));
            Optional<String> defaultValue = column.defaultValue().isPresent()
                    ? RandomTypes.defaultFor(type, choices) : Optional.empty();
            return column.toBuilder().type(type).defaultValue(defaultValue).build();
        });
    }

    private Schema toggleNullable(Schema schema) {
        return changeFreeColumn(schema, column -> column.toBuilder().nullable(!column.nullable()).build());
    }

    private Schema changeDefault(Schema schema) {
        return changeFreeColumn(schema, column -> column.toBuilder().defaultValue(choices.chance(30)
                ? Optional.empty() : RandomTypes.defaultFor(column.type(), choices)).build());
    }

    private Schema changeComment(Schema schema) {
        return changeFreeColumn(schema, column -> column.toBuilder().comment(choices.chance(40)
                ? Optional.empty() : Optional.of(choices.pick(List.of("New note", "Changed", "it's")))).build());
    }

    private Schema changeFreeColumn(Schema schema, UnaryOperator<Column> change) {
        Table table = anyTable(schema);
        List<Column> free = freeColumns(table);
        if (free.isEmpty()) {
            return schema;
        }
        Column column = choices.pick(free);
        Column changed = change.apply(column);
        return Tables.replace(schema, table.withColumns(cols -> {
            cols.replaceAll(c -> c.name().equals(column.name()) ? changed : c);
            return cols;
        }));
    }

    private Schema changeTableComment(Schema schema) {
        Table table = anyTable(schema);
        Optional<String> comment = choices.chance(40) ? Optional.empty() : Optional.of("Now " + table.name());
        return Tables.replace(schema, table.toBuilder().comment(comment).build());
    }

    private Schema addTable(Schema schema) {
        String name = choices.pick(schemas.tableNames());
        if (schema.table(name).isPresent() || before.table(name).isPresent()) {
            return schema;
        }
        Schema added = Tables.add(schema, schemas.table(name));
        return choices.chance(50) ? schemas.withForeignKey(added, name) : added;
    }

    private Schema dropTable(Schema schema) {
        if (schema.tables().size() < 2) {
            return schema;
        }
        String gone = anyTable(schema).name();
        List<Table> kept = new ArrayList<>();
        for (Table t : schema.tables()) {
            if (!t.name().equals(gone)) {
                kept.add(t.toBuilder().foreignKeys(t.foreignKeys().stream()
                        .filter(fk -> !fk.referencedTable().equals(gone)).toList()).build());
            }
        }
        return new Schema(kept, schema.sequences());
    }

    private Schema changeUnique(Schema schema) {
        Table table = anyTable(schema);
        if (!table.uniqueConstraints().isEmpty() && choices.chance(50)) {
            return Tables.replace(schema, table.toBuilder().uniqueConstraints(
                    table.uniqueConstraints().subList(1, table.uniqueConstraints().size())).build());
        }
        List<Column> free = freeColumns(table);
        return free.isEmpty() ? schema : Tables.replace(schema, table.toBuilder()
                .uniqueConstraint(schemas.unique(table.name(), 5 + table.uniqueConstraints().size(), free)).build());
    }

    private Schema changeIndex(Schema schema) {
        Table table = anyTable(schema);
        if (!table.indexes().isEmpty() && choices.chance(50)) {
            return Tables.replace(schema, table.toBuilder().indexes(
                    table.indexes().subList(1, table.indexes().size())).build());
        }
        List<Column> free = freeColumns(table);
        int n = 5 + table.indexes().size();
        return free.isEmpty() ? schema
                : Tables.replace(schema, table.toBuilder().index(schemas.index(table.name(), n, free)).build());
    }

    private Schema changeCheck(Schema schema) {
        Table table = anyTable(schema);
        if (!table.checks().isEmpty()) {
            return Tables.replace(schema, table.toBuilder().checks(List.of()).build());
        }
        List<Column> free = freeColumns(table);
        return free.isEmpty() ? schema : schemas.check(table.name(), 5, choices.pick(free))
                .map(check -> Tables.replace(schema, table.toBuilder().check(check).build())).orElse(schema);
    }

    /** Adds a foreign key, drops one, or changes what one does on delete. */
    private Schema changeForeignKey(Schema schema) {
        Table table = anyTable(schema);
        if (table.foreignKeys().isEmpty()) {
            return schemas.withForeignKey(schema, table.name());
        }
        ForeignKey fk = table.foreignKeys().get(0);
        List<ForeignKey> rest = table.foreignKeys().subList(1, table.foreignKeys().size());
        List<ForeignKey> changed = new ArrayList<>(rest);
        if (choices.chance(50)) {
            changed.add(new ForeignKey(fk.name(), fk.columns(), fk.referencedTable(), fk.referencedColumns(),
                    choices.pick(RandomSchemas.ON_DELETE)));
        }
        return Tables.replace(schema, table.toBuilder().foreignKeys(changed).build());
    }

    /** Between (id), (id, another column) and none, for a table no foreign key references. */
    private Schema changePrimaryKey(Schema schema) {
        Table table = anyTable(schema);
        if (Tables.isReferenced(schema, table.name()) || table.columns().get(0).identity()) {
            return schema;
        }
        // Without a primary key, id is free too; it never joins a key twice.
        List<Column> free = freeColumns(table).stream().filter(c -> !c.name().equals("id")).toList();
        Table.Builder changed = table.toBuilder();
        int kind = choices.below(3);
        if (kind == 2 && !free.isEmpty()) {
            return Tables.replace(schema, changed.primaryKey(Optional.empty()).build());
        }
        List<String> key = kind == 0 || free.isEmpty() ? List.of("id") : List.of("id", choices.pick(free).name());
        // Key columns are NOT NULL, as Hibernate declares an id (id may have lost it while keyless).
        changed.columns(table.columns().stream()
                .map(c -> key.contains(c.name()) ? c.toBuilder().nullable(false).build() : c).toList());
        changed.primaryKey(new PrimaryKey(Optional.empty(), key));
        return Tables.replace(schema, changed.build());
    }

    /** An integer sole primary key becomes, or stops being, an identity column. */
    private Schema toggleIdentity(Schema schema) {
        Table table = anyTable(schema);
        Column id = table.columns().get(0);
        boolean soleKey = table.primaryKey().map(pk -> pk.columns().equals(List.of("id"))).orElse(false);
        if (!soleKey || !(id.type() instanceof ColumnType.Int)) {
            return schema;
        }
        Column changed = id.toBuilder().identity(!id.identity()).build();
        return Tables.replace(schema, table.withColumns(cols -> {
            cols.set(0, changed);
            return cols;
        }));
    }

    private Schema changeSequence(Schema schema) {
        if (!sequences) {
            return schema;
        }
        List<Sequence> list = new ArrayList<>(schema.sequences());
        String name = "seq_" + choices.below(4);
        list.removeIf(s -> s.name().equals(name));
        if (choices.chance(70)) {
            list.add(schemas.sequence(name));
        }
        return new Schema(schema.tables(), list);
    }
}
