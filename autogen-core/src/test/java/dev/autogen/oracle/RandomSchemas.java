package dev.autogen.oracle;

import dev.autogen.schema.CheckConstraint;
import dev.autogen.schema.Column;
import dev.autogen.schema.ColumnType;
import dev.autogen.schema.ForeignKey;
import dev.autogen.schema.Index;
import dev.autogen.schema.PrimaryKey;
import dev.autogen.schema.ReferentialAction;
import dev.autogen.schema.Schema;
import dev.autogen.schema.Sequence;
import dev.autogen.schema.Table;
import dev.autogen.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Random schema models of the kind entities describe: tables with typed columns, nullability,
 * defaults and comments, primary keys (some of them identities), unique constraints, indexes,
 * checks and foreign keys, and sequences where the database has them. Every model is valid SQL on
 * the database it is made for ({@link SchemaLimits}: names and keys within MariaDB's limits there): names include reserved words and mixed case, defaults fit their types, foreign
 * keys reference primary keys of the same type.
 */
final class RandomSchemas {
    /**
     * Up to 80 characters: PostgreSQL keeps 63 bytes of a name, and of the names made from it. The
     * long ones come early, as a schema takes its tables and columns from the front of the list.
     */
    static final List<String> TABLE_NAMES = List.of("items",
            "north_shipments_awaiting_customs_clearance_at_the_border_crossing_point_of_entry",
            "orders", "users", "order", "Person",
            "south_shipments_awaiting_customs_clearance_at_the_border_crossing_point_of_entry",
            "tags", "select", "line_items", "group", "events");
    static final List<String> COLUMN_NAMES = List.of("name", "code",
            "quantity_held_back_awaiting_customs_clearance_at_the_border_crossing_point_entry", "qty", "price",
            "created_at", "flag", "note", "Ref", "user", "amount", "starts", "label", "size", "position");
    static final List<ReferentialAction> ON_DELETE = List.of(ReferentialAction.NO_ACTION, ReferentialAction.CASCADE,
            ReferentialAction.SET_NULL, ReferentialAction.RESTRICT);
    private static final Set<String> RESERVED = Set.of("order", "user", "select", "group");

    private final Choices choices;
    private final boolean sequences;
    private final SchemaLimits limits;

    RandomSchemas(Choices choices, boolean sequences, SchemaLimits limits) {
        this.choices = choices;
        this.sequences = sequences;
        this.limits = limits;
    }

    /** The table names, each as long as the database takes. */
    List<String> tableNames() {
        return limits.names(TABLE_NAMES);
    }

    /** The column names, each as long as the database takes. */
    List<String> columnNames() {
        return limits.names(COLUMN_NAMES);
    }

    /** {@code schema} with the keys the database cannot hold narrowed ({@link SchemaLimits#fit}). */
    Schema fit(Schema schema) {
        return limits.fit(schema);
    }

    Schema schema() {
        List<Table> tables = new ArrayList<>();
        int count = 1 + choices.below(4);
        for (String name : tableNames()) {
            if (tables.size() < count && choices.chance(60)) {
                tables.add(table(name));
            }
        }
        if (tables.isEmpty()) {
            tables.add(table(tableNames().get(0)));
        }
        Schema schema = new Schema(tables, sequences ? sequenceList() : List.of());
        for (Table table : tables) {
            if (choices.chance(50)) {
                schema = withForeignKey(schema, table.name());
            }
        }
        return schema;
    }

    Table table(String name) {
        Table.Builder table = Table.builder(name);
        ColumnType idType = choices.pick(List.of(RandomTypes.BIGINT, RandomTypes.BIGINT, RandomTypes.INTEGER, new ColumnType.Varchar(40),
                new ColumnType.Uuid()));
        table.column(Column.builder("id", idType).nullable(false)
                .identity(idType instanceof ColumnType.Int && choices.chance(40)).build());
        int extra = choices.below(5);
        for (String column : columnNames()) {
            if (extra > 0 && choices.chance(35)) {
                table.column(column(column));
                extra--;
            }
        }
        Table built = table.build();
        if (!built.columns().get(0).identity() && built.columns().size() > 1 && choices.chance(10)) {
            String second = built.columns().get(1).name();
            table.columns(built.columns().stream().map(c -> c.name().equals(second)
                    ? c.toBuilder().nullable(false).build() : c).toList());
            table.primaryKey(PrimaryKey.of("id", second));
        } else if (!choices.chance(8) || built.columns().get(0).identity()) {
            table.primaryKey(PrimaryKey.of("id"));
        }
        built = table.build();
        addConstraints(table, built);
        return table.comment(choices.chance(20) ? Optional.of("About " + name) : Optional.empty()).build();
    }

    Column column(String name) {
        ColumnType type = choices.pick(RandomTypes.ALL);
        return Column.builder(name, type)
                .nullable(!choices.chance(30))
                .defaultValue(choices.chance(30) ? RandomTypes.defaultFor(type, choices) : Optional.empty())
                .comment(choices.chance(15) ? Optional.of("The " + name + "'s value") : Optional.empty())
                .build();
    }

    private void addConstraints(Table.Builder table, Table built) {
        List<Column> free = built.columns().subList(1, built.columns().size());
        int uniques = free.isEmpty() ? 0 : choices.below(3);
        for (int i = 0; i < uniques; i++) {
            table.uniqueConstraint(unique(built.name(), i, free));
        }
        int indexes = free.isEmpty() ? 0 : choices.below(3);
        for (int i = 0; i < indexes; i++) {
            table.index(index(built.name(), i, free));
        }
        if (!free.isEmpty() && choices.chance(30)) {
            check(built.name(), 0, choices.pick(free)).ifPresent(table::check);
        }
    }

    UniqueConstraint unique(String table, int n, List<Column> columns) {
        List<String> covered = someOf(columns);
        Optional<String> name = choices.chance(50) ? Optional.of(limits.name("uk" + n + "_" + lower(table))) : Optional.empty();
        return new UniqueConstraint(name, covered);
    }

    Index index(String table, int n, List<Column> columns) {
        List<String> covered = someOf(columns);
        // Some columns sort DESC: the direction is part of the index (issue 10).
        List<String> descending = covered.stream().filter(c -> choices.chance(20)).toList();
        return new Index(limits.name("ix" + n + "_" + lower(table)), covered, choices.chance(30), descending);
    }

    /** A check the column's type allows: numbers not negative, text not empty. */
    Optional<CheckConstraint> check(String table, int n, Column column) {
        Optional<String> name = choices.chance(50) ? Optional.of(limits.name("ck" + n + "_" + lower(table))) : Optional.empty();
        String operand = sqlName(column.name());
        if (RandomTypes.NUMBERS.contains(column.type())) {
            return Optional.of(new CheckConstraint(name, operand + " >= 0"));
        } else if (RandomTypes.TEXTS.contains(column.type())) {
            return Optional.of(new CheckConstraint(name, operand + " <> ''"));
        }
        return Optional.empty();
    }

    private List<String> someOf(List<Column> columns) {
        String first = choices.pick(columns).name();
        String second = choices.pick(columns).name();
        return choices.chance(30) && !first.equals(second) ? List.of(first, second) : List.of(first);
    }

    /** {@code table} gains a column referencing the single-column primary key of a table (maybe itself). */
    Schema withForeignKey(Schema schema, String table) {
        List<Table> targets = schema.tables().stream()
                .filter(t -> t.primaryKey().isPresent() && t.primaryKey().get().columns().size() == 1).toList();
        Table owner = schema.table(table).orElseThrow();
        if (targets.isEmpty()) {
            return schema;
        }
        Table target = choices.pick(targets);
        String key = target.primaryKey().get().columns().get(0);
        String column = limits.name(lower(target.name()) + "_ref");
        if (owner.column(column).isPresent()) {
            return schema;
        }
        ColumnType type = target.column(key).orElseThrow().type();
        int n = owner.foreignKeys().size();
        ForeignKey fk = new ForeignKey(choices.chance(50) ? Optional.of(limits.name("fk" + n + "_" + lower(table))) : Optional.empty(),
                List.of(column), target.name(), List.of(key), choices.pick(ON_DELETE));
        Table changed = owner.toBuilder().column(Column.builder(column, type).build()).foreignKey(fk).build();
        return Tables.replace(schema, changed);
    }

    List<Sequence> sequenceList() {
        List<Sequence> list = new ArrayList<>();
        int count = choices.below(3);
        for (int i = 0; i < count; i++) {
            list.add(sequence("seq_" + i));
        }
        return list;
    }

    Sequence sequence(String name) {
        return new Sequence(name, choices.pick(List.of(1L, 100L)), choices.pick(List.of(1L, 50L, 10L)));
    }

    /** A column name as SQL text: quoted when it is a reserved word or not all lower case. */
    static String sqlName(String name) {
        return RESERVED.contains(name) || !name.equals(lower(name)) ? "\"" + name + "\"" : name;
    }

    static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
