package dev.autogen.dialect.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.ops.AddConstraint;
import dev.autogen.ops.AlterColumn;
import dev.autogen.ops.DropColumn;
import dev.autogen.ops.DropConstraint;
import dev.autogen.ops.Op;
import dev.autogen.ops.SchemaEvolution;
import dev.autogen.schema.CheckConstraint;
import dev.autogen.schema.Column;
import dev.autogen.schema.ColumnType;
import dev.autogen.schema.Schema;
import dev.autogen.schema.Table;
import dev.autogen.schema.UniqueConstraint;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rebuild written from a table's stored text, judged by the database: for each change of a
 * table whose constraints are written inside its columns (named and unnamed, with clauses that
 * reuse the words that open one: {@code DEFAULT NULL}, {@code ON DELETE SET NULL},
 * {@code NOT DEFERRABLE}), the reflected table after the rebuild is the model's, the rows are all
 * there, and what the model does not hold (a collation, {@code ON CONFLICT}) is still in the text.
 */
class SqliteTableTextTest {
    static final String ITEMS = """
            CREATE TABLE items (
              id INTEGER NOT NULL CONSTRAINT pk_items PRIMARY KEY,
              sku VARCHAR(12) CONSTRAINT uq_items_sku UNIQUE ON CONFLICT ABORT,
              title TEXT NOT NULL DEFAULT 'untitled' COLLATE NOCASE,
              qty INT4 DEFAULT -1 CHECK (qty <> 0),
              shop_id INTEGER CONSTRAINT fk_items_shop REFERENCES shops (id) ON DELETE SET NULL NOT DEFERRABLE,
              note TEXT DEFAULT NULL,
              UNIQUE (title, qty),
              CONSTRAINT ck_items_note CHECK (length(note) < 100)
            )""";

    private final SqliteDialect sqlite = new SqliteDialect();

    @TempDir
    Path dir;

    @Test
    void eachChangeGivesTheModelsTableAndKeepsTheRest() throws SQLException {
        Map<String, Function<Table, Op>> changes = new LinkedHashMap<>();
        changes.put("drop the inline unique", t -> new DropConstraint("items", unique(t, "sku")));
        changes.put("drop the inline foreign key", t -> new DropConstraint("items", t.foreignKeys().get(0)));
        changes.put("drop the unnamed inline check", t -> new DropConstraint("items", check(t, "qty <> 0")));
        changes.put("drop the table unique", t -> new DropConstraint("items", unique(t, "title")));
        changes.put("title nullable", t -> alter(t, "title", c -> c.toBuilder().nullable(true).build()));
        changes.put("qty default 5", t -> alter(t, "qty", c -> c.toBuilder().defaultValue("5").build()));
        changes.put("note without default", t -> alter(t, "note", c -> c.toBuilder().defaultValue(Optional.empty())
                .build()));
        changes.put("sku wider", t -> alter(t, "sku", c -> c.toBuilder().type(new ColumnType.Varchar(40)).build()));
        changes.put("qty not null", t -> alter(t, "qty", c -> c.toBuilder().nullable(false).build()));
        changes.put("drop shop_id with its key", t -> new DropColumn("items", t.column("shop_id").orElseThrow()));
        changes.put("drop sku with its unique", t -> new DropColumn("items", t.column("sku").orElseThrow()));
        changes.put("add a unique", t -> new AddConstraint("items", new UniqueConstraint(Optional.of("uq_sku_note"),
                List.of("sku", "note"))));
        changes.put("add a check", t -> new AddConstraint("items", new CheckConstraint(Optional.of("ck_qty"),
                "qty < 1000")));
        int n = 0;
        for (Map.Entry<String, Function<Table, Op>> change : changes.entrySet()) {
            String url = "jdbc:sqlite:" + dir.resolve("items" + n++ + ".db");
            try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
                s.execute("CREATE TABLE shops (id INTEGER PRIMARY KEY)");
                s.execute(ITEMS);
                s.execute("INSERT INTO shops (id) VALUES (1), (2)");
                for (int i = 1; i <= 50; i++) {
                    s.execute("INSERT INTO items (id, sku, title, qty, shop_id, note) VALUES (%d, 'S%d', 'T%d', %d, %d,"
                            .formatted(i, i, i, i, i % 2 + 1) + (i % 3 == 0 ? " NULL)" : " 'n')"));
                }
                Schema before = sqlite.reflect(c, name -> true);
                Op op = change.getValue().apply(before.table("items").orElseThrow());
                sqlite.beginMigrationTransaction(c);
                for (String sql : sqlite.toSql(op, before, c)) {
                    s.execute(sql);
                }
                c.commit();
                Table expected = SchemaEvolution.apply(before, op, sqlite.implicitBehavior()).table("items").orElseThrow();
                Table actual = sqlite.reflect(c, name -> true).table("items").orElseThrow();
                assertThat(sqlite.normalize(actual)).as(change.getKey()).isEqualTo(sqlite.normalize(expected));
                assertThat(count(s, "SELECT count(*) FROM items")).as(change.getKey()).isEqualTo(50);
                assertThat(count(s, "SELECT sum(id) FROM items")).as(change.getKey()).isEqualTo(50 * 51 / 2);
                String text = text(s);
                assertThat(text).as(change.getKey()).contains("COLLATE NOCASE", "id INTEGER NOT NULL CONSTRAINT pk_items");
                if (expected.column("sku").isPresent() && !change.getKey().startsWith("drop the inline unique")) {
                    assertThat(text).as(change.getKey()).contains("UNIQUE ON CONFLICT ABORT");
                }
            }
        }
    }

    private static UniqueConstraint unique(Table table, String firstColumn) {
        return table.uniqueConstraints().stream().filter(u -> u.columns().get(0).equals(firstColumn)).findFirst()
                .orElseThrow();
    }

    private static CheckConstraint check(Table table, String condition) {
        return table.checks().stream().filter(c -> c.condition().equals(condition)).findFirst().orElseThrow();
    }

    private static Op alter(Table table, String column, Function<Column, Column> change) {
        Column from = table.column(column).orElseThrow();
        return new AlterColumn("items", from, change.apply(from));
    }

    private static long count(Statement s, String query) throws SQLException {
        try (ResultSet r = s.executeQuery(query)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static String text(Statement s) throws SQLException {
        try (ResultSet r = s.executeQuery("SELECT sql FROM sqlite_master WHERE name = 'items'")) {
            r.next();
            return r.getString(1);
        }
    }
}
