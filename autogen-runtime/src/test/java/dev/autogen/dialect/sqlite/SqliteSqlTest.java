package dev.autogen.dialect.sqlite;

import static dev.autogen.migration.Columns.column;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.autogen.AutogenException;
import dev.autogen.migration.Type;
import dev.autogen.ops.AddColumn;
import dev.autogen.ops.AddConstraint;
import dev.autogen.ops.AlterColumn;
import dev.autogen.ops.AlterSequence;
import dev.autogen.ops.AlterTableComment;
import dev.autogen.ops.BulkInsert;
import dev.autogen.ops.CreateSchema;
import dev.autogen.ops.DropSchema;
import dev.autogen.ops.CreateIndex;
import dev.autogen.ops.CreateSequence;
import dev.autogen.ops.CreateTable;
import dev.autogen.ops.DropColumn;
import dev.autogen.ops.DropConstraint;
import dev.autogen.ops.DropIndex;
import dev.autogen.ops.DropSequence;
import dev.autogen.ops.DropTable;
import dev.autogen.ops.BoundStatement;
import dev.autogen.ops.DataStep;
import dev.autogen.ops.ExecuteSql;
import dev.autogen.ops.Op;
import dev.autogen.ops.RenameColumn;
import dev.autogen.ops.RenameTable;
import dev.autogen.schema.CheckConstraint;
import dev.autogen.schema.Column;
import dev.autogen.schema.ForeignKey;
import dev.autogen.schema.Index;
import dev.autogen.schema.PrimaryKey;
import dev.autogen.schema.ReferentialAction;
import dev.autogen.schema.Schema;
import dev.autogen.schema.Sequence;
import dev.autogen.schema.Table;
import dev.autogen.schema.UniqueConstraint;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Golden SQL for every op on SQLite; no database. */
class SqliteSqlTest {
    private static final SqliteDialect SQLITE = new SqliteDialect();

    /** A small table: a generated key, a unique title, an indexed price and a foreign key. */
    static Table items() {
        return Table.builder("items")
                .column(column("id", Type.bigint()).notNull().identity().toColumn())
                .column(column("title", Type.varchar(50)).notNull().toColumn())
                .column(column("price", Type.numeric(8, 2)).toColumn())
                .column(column("note", Type.text()).toColumn())
                .column(column("shop_id", Type.integer()).toColumn())
                .primaryKey(PrimaryKey.of("id"))
                .uniqueConstraint(UniqueConstraint.of("uk_items_title", "title"))
                .foreignKey(new ForeignKey(Optional.of("fk_items_shop"), List.of("shop_id"), "shops", List.of("id"),
                        ReferentialAction.SET_NULL))
                .index(new Index("ix_items_price", List.of("price"), false))
                .build();
    }

    static final String ITEMS_COLUMNS = "id INTEGER NOT NULL, title VARCHAR(50) NOT NULL, price NUMERIC(8, 2), "
            + "note TEXT, shop_id INTEGER";
    static final String ITEMS_CONSTRAINTS = "PRIMARY KEY (id), CONSTRAINT uk_items_title UNIQUE (title), "
            + "CONSTRAINT fk_items_shop FOREIGN KEY (shop_id) REFERENCES shops (id) ON DELETE SET NULL";

    static Schema before() {
        return new Schema(List.of(items()), List.of());
    }

    static List<String> sql(Op op) {
        return SQLITE.toSql(op, before());
    }

    /** The rebuild of items into a table whose columns and constraints are given, copying {@code copied}. */
    static List<String> rebuild(String columns, String constraints, String copied, List<String> indexes) {
        List<String> expected = new java.util.ArrayList<>(List.of(
                "CREATE TABLE _autogen_tmp_items (" + columns + ", " + constraints + ")",
                "INSERT INTO _autogen_tmp_items (" + copied + ") SELECT " + copied + " FROM items",
                "DROP TABLE items",
                "PRAGMA legacy_alter_table = ON",
                "ALTER TABLE _autogen_tmp_items RENAME TO items",
                "PRAGMA legacy_alter_table = OFF"));
        expected.addAll(indexes);
        return expected;
    }

    static final String ALL = "id, title, price, note, shop_id";
    static final List<String> PRICE_INDEX = List.of("CREATE INDEX ix_items_price ON items (price)");

    @Test
    void createTableWritesNamedConstraintsAndItsIndexes() {
        assertThat(SQLITE.toSql(new CreateTable(items()), Schema.EMPTY)).containsExactly(
                "CREATE TABLE items (" + ITEMS_COLUMNS + ", " + ITEMS_CONSTRAINTS + ")",
                "CREATE INDEX ix_items_price ON items (price)");
    }

    @Test
    void createTableQuotesOnlyNamesThatNeedIt() {
        Table t = Table.builder("order")
                .column(column("group", Type.integer()).toColumn())
                .column(column("first name", Type.varchar(10)).toColumn())
                .column(column("2fa", Type.bool()).notNull().serverDefault("false").toColumn())
                .column(column("say\"hi", Type.text()).serverDefault("'it''s'").toColumn())
                .column(column("plain_1", Type.date()).serverDefault("CURRENT_DATE").toColumn())
                .index(new Index("Order Index", List.of("group"), true))
                .check(new CheckConstraint(Optional.empty(), "\"group\" > 0"))
                .build();
        assertThat(SQLITE.toSql(new CreateTable(t), Schema.EMPTY)).containsExactly(
                "CREATE TABLE \"order\" (\"group\" INTEGER, \"first name\" VARCHAR(10), \"2fa\" BOOLEAN NOT NULL DEFAULT false, "
                        + "\"say\"\"hi\" TEXT DEFAULT 'it''s', plain_1 DATE DEFAULT CURRENT_DATE, CHECK (\"group\" > 0))",
                "CREATE UNIQUE INDEX \"Order Index\" ON \"order\" (\"group\")");
    }

    @Test
    void expressionDefaultsAreParenthesized() {
        Column c = column("code", Type.varchar(10)).serverDefault("lower('ABC')").toColumn();
        Column n = column("n", Type.integer()).serverDefault("-1").toColumn();
        Table t = Table.builder("t").column(c).column(n).build();
        assertThat(SQLITE.toSql(new CreateTable(t), Schema.EMPTY))
                .containsExactly("CREATE TABLE t (code VARCHAR(10) DEFAULT (lower('ABC')), n INTEGER DEFAULT -1)");
    }

    @Test
    void dropAndRenameTable() {
        assertThat(sql(new DropTable(items()))).containsExactly("DROP TABLE items");
        assertThat(sql(new RenameTable("items", "goods"))).containsExactly("ALTER TABLE items RENAME TO goods");
    }

    @Test
    void addColumnInPlaceWhenSqliteAllowsIt() {
        assertThat(sql(new AddColumn("items", column("sku", Type.varchar(12)).toColumn())))
                .containsExactly("ALTER TABLE items ADD COLUMN sku VARCHAR(12)");
        assertThat(sql(new AddColumn("items", column("stock", Type.integer()).notNull().serverDefault("0").toColumn())))
                .containsExactly("ALTER TABLE items ADD COLUMN stock INTEGER NOT NULL DEFAULT 0");
    }

    @Test
    void addColumnRebuildsForNonConstantDefaultOrNotNullWithoutDefault() {
        assertThat(sql(new AddColumn("items", column("added", Type.timestamp()).serverDefault("CURRENT_TIMESTAMP")
                .toColumn()))).isEqualTo(rebuild(ITEMS_COLUMNS + ", added TIMESTAMP DEFAULT CURRENT_TIMESTAMP",
                        ITEMS_CONSTRAINTS, ALL, PRICE_INDEX));
        assertThat(sql(new AddColumn("items", column("sku", Type.varchar(12)).notNull().toColumn())))
                .isEqualTo(rebuild(ITEMS_COLUMNS + ", sku VARCHAR(12) NOT NULL", ITEMS_CONSTRAINTS, ALL, PRICE_INDEX));
        assertThat(sql(new AddColumn("items", column("sku", Type.varchar(12)).notNull().serverDefault("NULL")
                .toColumn()))).hasSize(7);
    }

    @Test
    void dropColumnInPlaceOnlyWhenNothingCoversIt() {
        Column note = items().column("note").orElseThrow();
        assertThat(sql(new DropColumn("items", note))).containsExactly("ALTER TABLE items DROP COLUMN note");
        // The index on price goes with the column, so it is not recreated.
        assertThat(sql(new DropColumn("items", items().column("price").orElseThrow()))).isEqualTo(rebuild(
                "id INTEGER NOT NULL, title VARCHAR(50) NOT NULL, note TEXT, shop_id INTEGER", ITEMS_CONSTRAINTS,
                "id, title, note, shop_id", List.of()));
    }

    @Test
    void alterColumnRebuildsWithTheNewDefinition() {
        Column price = items().column("price").orElseThrow();
        Column widened = price.toBuilder().type(Type.numeric(12, 3)).nullable(false).build();
        assertThat(sql(new AlterColumn("items", price, widened))).isEqualTo(rebuild(
                "id INTEGER NOT NULL, title VARCHAR(50) NOT NULL, price NUMERIC(12, 3) NOT NULL, note TEXT, shop_id INTEGER",
                ITEMS_CONSTRAINTS, ALL, PRICE_INDEX));
    }

    @Test
    void commentOnlyChangeWritesNothing() {
        Column note = items().column("note").orElseThrow();
        assertThat(sql(new AlterColumn("items", note, note.toBuilder().comment("free text").build()))).isEmpty();
    }

    @Test
    void renameColumnAndIndexes() {
        assertThat(sql(new RenameColumn("items", "note", "remark")))
                .containsExactly("ALTER TABLE items RENAME COLUMN note TO remark");
        assertThat(sql(new CreateIndex("items", new Index("ux_items_note", List.of("note", "title"), true))))
                .containsExactly("CREATE UNIQUE INDEX ux_items_note ON items (note, title)");
        assertThat(sql(new DropIndex("items", items().indexes().get(0)))).containsExactly("DROP INDEX ix_items_price");
    }

    @Test
    void addingOrDroppingAConstraintRebuilds() {
        CheckConstraint positive = new CheckConstraint(Optional.of("ck_items_price"), "price >= 0");
        assertThat(sql(new AddConstraint("items", positive))).isEqualTo(rebuild(ITEMS_COLUMNS,
                ITEMS_CONSTRAINTS + ", CONSTRAINT ck_items_price CHECK (price >= 0)", ALL, PRICE_INDEX));
        assertThat(sql(new DropConstraint("items", items().foreignKeys().get(0)))).isEqualTo(rebuild(ITEMS_COLUMNS,
                "PRIMARY KEY (id), CONSTRAINT uk_items_title UNIQUE (title)", ALL, PRICE_INDEX));
    }

    @Test
    void sequencesAreRefusedWithASentence() {
        Sequence seq = new Sequence("items_seq", 1, 50);
        assertThatThrownBy(() -> sql(new CreateSequence(seq)))
                .isInstanceOf(AutogenException.class).hasMessageContaining("SQLite has no sequences")
                .hasMessageContaining("items_seq");
        assertThatThrownBy(() -> sql(new DropSequence(seq))).isInstanceOf(AutogenException.class);
    }

    @Test
    void executeSqlAndBulkInsert() {
        assertThat(sql(new ExecuteSql("UPDATE items SET note = NULL", Optional.empty())))
                .containsExactly("UPDATE items SET note = NULL");
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", 7L);
        row.put("title", "O'Brien's \"best\"");
        row.put("price", new java.math.BigDecimal("12.50"));
        row.put("note", null);
        Map<String, Object> flags = new LinkedHashMap<>();
        flags.put("id", 8);
        flags.put("title", true);
        flags.put("price", 2.5d);
        assertThat(sql(new BulkInsert("items", List.of(row, flags)))).containsExactly(
                "INSERT INTO items (id, title, price, note) VALUES (7, 'O''Brien''s \"best\"', 12.50, NULL)",
                "INSERT INTO items (id, title, price) VALUES (8, 1, 2.5)");
    }

    @Test
    void bulkInsertRefusesValuesItCannotWrite() {
        assertThatThrownBy(() -> sql(new BulkInsert("items", List.of(Map.of("note", new Object())))))
                .isInstanceOf(AutogenException.class).hasMessageContaining("bulkInsert");
    }

    @Test
    void aTableCommentChangesNothingAndSequencesCannotBeAltered() {
        assertThat(sql(new AlterTableComment("items", Optional.empty(), Optional.of("Things")))).isEmpty();
        assertThatThrownBy(() -> sql(new AlterSequence(new Sequence("s", 1, 1), new Sequence("s", 1, 2))))
                .isInstanceOf(AutogenException.class).hasMessageContaining("SQLite has no sequences");
    }

    @Test
    void schemasAreRefusedInOneSentence() {
        assertThatThrownBy(() -> sql(new CreateSchema("billing"))).isInstanceOf(AutogenException.class)
                .hasMessage("SQLite has no schemas, so schema billing cannot be created or dropped; tables in several"
                        + " schemas need PostgreSQL, MariaDB or MySQL");
        assertThatThrownBy(() -> sql(new DropSchema("billing"))).isInstanceOf(AutogenException.class)
                .hasMessageContaining("SQLite has no schemas");
    }

    /** One op of each kind; adding an op kind fails this test until it has golden SQL above. */
    @Test
    void everyOpKindHasGoldenSql() {
        Column note = items().column("note").orElseThrow();
        List<Op> oneOfEach = List.of(new CreateTable(items()), new DropTable(items()), new RenameTable("items", "x"),
                new AddColumn("items", note.withName("n2")), new DropColumn("items", note),
                new AlterColumn("items", note, note), new RenameColumn("items", "note", "n2"),
                new CreateIndex("items", new Index("i2", List.of("note"), false)),
                new DropIndex("items", items().indexes().get(0)),
                new AddConstraint("items", new CheckConstraint(Optional.empty(), "1")),
                new DropConstraint("items", items().uniqueConstraints().get(0)),
                new CreateSequence(new Sequence("s", 1, 1)), new DropSequence(new Sequence("s", 1, 1)),
                new AlterSequence(new Sequence("s", 1, 1), new Sequence("s", 1, 2)),
                new AlterTableComment("items", Optional.empty(), Optional.of("x")),
                new ExecuteSql("SELECT 1", Optional.empty()), new BulkInsert("items", List.of()),
                new DataStep(new BoundStatement("SELECT ?", List.of(1))),
                new CreateSchema("billing"), new DropSchema("billing"));
        Set<Class<?>> kinds = new HashSet<>();
        oneOfEach.forEach(op -> kinds.add(op.getClass()));
        assertThat(kinds).isEqualTo(new HashSet<>(Arrays.asList(Op.class.getPermittedSubclasses())));
    }
}
