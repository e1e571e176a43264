package dev.autogen.dialect;


import static dev.autogen.migration.Columns.column;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.autogen.migration.ColumnDefinition;
import dev.autogen.migration.Type;
import dev.autogen.ops.AddColumn;
import dev.autogen.ops.AddConstraint;
import dev.autogen.ops.AlterColumn;
import dev.autogen.ops.CreateIndex;
import dev.autogen.ops.CreateTable;
import dev.autogen.ops.DropColumn;
import dev.autogen.ops.DropConstraint;
import dev.autogen.ops.DropIndex;
import dev.autogen.ops.DropTable;
import dev.autogen.ops.Op;
import dev.autogen.ops.RenameColumn;
import dev.autogen.ops.RenameTable;
import dev.autogen.ops.SchemaEvolution;
import dev.autogen.schema.CheckConstraint;
import dev.autogen.schema.Column;
import dev.autogen.schema.ForeignKey;
import dev.autogen.schema.Index;
import dev.autogen.schema.PrimaryKey;
import dev.autogen.schema.ReferentialAction;
import dev.autogen.schema.Schema;
import dev.autogen.schema.Table;
import dev.autogen.schema.UniqueConstraint;
import dev.autogen.testing.DatabaseTest;
import dev.autogen.testing.TestDatabase;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The dialect oracle: for each op, the SQL a dialect writes, run on a real database and reflected
 * back, must give exactly the schema the op describes ({@link SchemaEvolution}), compared in the
 * dialect's normal form. One body, both databases.
 */
class OpRoundTripTest {

    static Column col(ColumnDefinition definition) {
        return definition.toColumn();
    }

    static Table authors() {
        return Table.builder("authors")
                .column(col(column("id", Type.bigint()).notNull()))
                .column(col(column("name", Type.varchar(100)).notNull()))
                .primaryKey(PrimaryKey.of("id"))
                .build();
    }

    static Table books() {
        return Table.builder("books")
                .column(col(column("id", Type.bigint()).notNull().identity()))
                .column(col(column("title", Type.varchar(200)).notNull()))
                .column(col(column("price", Type.numeric(10, 2))))
                .column(col(column("rating", Type.doublePrecision())))
                .column(col(column("published", Type.date())))
                .column(col(column("status", Type.varchar(20)).notNull().serverDefault("'draft'")))
                .column(col(column("created_at", Type.timestamp()).serverDefault("CURRENT_TIMESTAMP")))
                .column(col(column("author_id", Type.bigint())))
                .primaryKey(PrimaryKey.of("id"))
                .uniqueConstraint(UniqueConstraint.of("uk_books_title", "title"))
                .foreignKey(new ForeignKey(Optional.of("fk_books_author"), List.of("author_id"), "authors",
                        List.of("id"), ReferentialAction.CASCADE))
                .index(new Index("ix_books_published", List.of("published"), false))
                .build();
    }

    static Schema start() {
        return SchemaEvolution.applyAll(Schema.EMPTY, List.of(new CreateTable(authors()), new CreateTable(books())));
    }

    static Column bookColumn(String name) {
        return books().column(name).orElseThrow();
    }

    static List<Op> scenarios() {
        Column status = bookColumn("status");
        Column title = bookColumn("title");
        Column price = bookColumn("price");
        return List.of(
                new CreateTable(Table.builder("tags")
                        .column(col(column("id", Type.integer()).notNull()))
                        .column(col(column("label", Type.character(8))))
                        .column(col(column("flag", Type.bool()).notNull().serverDefault("false")))
                        .column(col(column("body", Type.text())))
                        .column(col(column("data", Type.blob())))
                        .column(col(column("small", Type.smallint())))
                        .column(col(column("ratio", Type.real())))
                        .column(col(column("at", Type.timestampWithTimeZone())))
                        .primaryKey(PrimaryKey.of("id"))
                        .index(new Index("ux_tags_label", List.of("label"), true))
                        .build()),
                new DropTable(books()),
                new RenameTable("books", "novels"),
                new AddColumn("books", col(column("isbn", Type.varchar(13)))),
                new AddColumn("books", col(column("pages", Type.integer()).notNull().serverDefault("0"))),
                new DropColumn("books", bookColumn("rating")),
                new DropColumn("books", bookColumn("published")),
                new AlterColumn("books", title, title.toBuilder().type(Type.varchar(300)).build()),
                new AlterColumn("books", price, price.toBuilder().type(Type.numeric(12, 3)).build()),
                new AlterColumn("books", price, price.toBuilder().nullable(false).build()),
                new AlterColumn("books", title, title.toBuilder().nullable(true).build()),
                new AlterColumn("books", status, status.toBuilder().defaultValue("'new'").build()),
                new AlterColumn("books", status, status.toBuilder().defaultValue(Optional.empty()).build()),
                new RenameColumn("books", "title", "name"),
                new CreateIndex("books", new Index("ix_books_title_price", List.of("title", "price"), false)),
                new CreateIndex("books", new Index("ux_books_price", List.of("price"), true)),
                new DropIndex("books", books().indexes().get(0)),
                new AddConstraint("books", UniqueConstraint.of("uk_books_price", "price")),
                new DropConstraint("books", books().uniqueConstraints().get(0)),
                new DropConstraint("books", books().foreignKeys().get(0)),
                new AddConstraint("books", new CheckConstraint(Optional.of("ck_books_price"), "price >= 0")),
                new AddConstraint("books", new CheckConstraint(Optional.empty(), "status in ('draft', 'done')")),
                new DropConstraint("books", books().primaryKey().orElseThrow()),
                new dev.autogen.ops.CreateSequence(new dev.autogen.schema.Sequence("order_seq", 1, 50)),
                new CreateTable(Table.builder("user")
                        .column(col(column("id", Type.bigint()).notNull()))
                        .column(col(column("order", Type.integer()).notNull().comment("Display order")))
                        .column(col(column("Nick", Type.varchar(40))))
                        .column(col(column("author_id", Type.bigint())))
                        .primaryKey(PrimaryKey.of("id"))
                        .uniqueConstraint(new UniqueConstraint(Optional.empty(), List.of("Nick")))
                        .foreignKey(new ForeignKey(Optional.empty(), List.of("author_id"), "authors", List.of("id"),
                                ReferentialAction.SET_NULL))
                        .check(new CheckConstraint(Optional.empty(), "\"order\" between 0 and 9"))
                        .comment(Optional.of("People"))
                        .build()),
                new AddColumn("books", col(column("updated_at", Type.timestamp()).serverDefault("CURRENT_TIMESTAMP"))),
                new AddColumn("books", col(column("code", Type.varchar(5)).notNull())),
                new DropColumn("books", title),
                new DropColumn("books", bookColumn("author_id")),
                new AlterColumn("books", price, price.toBuilder().comment("Price in euros").build()),
                new AlterColumn("authors", authors().column("name").orElseThrow(),
                        authors().column("name").orElseThrow().toBuilder().type(Type.varchar(150)).build()));
    }

    @DatabaseTest
    void everyOpLeavesTheSchemaItDescribes(TestDatabase db) throws Exception {
        Dialect dialect = db.dialect();
        List<String> failures = new ArrayList<>();
        for (Op op : scenarios()) {
            if (db.isSqlite() && op instanceof dev.autogen.ops.CreateSequence) {
                continue; // SQLite has no sequences; Hibernate emulates them there with tables.
            }
            if (db.isMariaDb() && op instanceof DropConstraint drop && drop.constraint() instanceof PrimaryKey) {
                // An AUTO_INCREMENT column must be a key there: the dialect refuses with advice instead.
                assertThatThrownBy(() -> db.dialect().toSql(op, start())).hasMessageContaining("AUTO_INCREMENT");
                continue;
            }
            resetTo(db, start());
            Schema expected = SchemaEvolution.apply(start(), op);
            try (Connection c = db.connect(); Statement s = c.createStatement()) {
                for (String sql : dialect.toSql(op, start())) {
                    s.execute(sql);
                }
                Schema actual = dialect.reflect(c, name -> true);
                if (!normalized(dialect, actual).equals(normalized(dialect, expected))) {
                    failures.add(op.describe() + "\n  expected " + normalized(dialect, expected)
                            + "\n  actual   " + normalized(dialect, actual));
                }
            } catch (Exception e) {
                failures.add(op.describe() + ": " + e);
            }
        }
        assertThat(failures).isEmpty();
    }

    @DatabaseTest
    void createdTablesReflectAsDefined(TestDatabase db) throws Exception {
        resetTo(db, start());
        try (Connection c = db.connect()) {
            Schema actual = db.dialect().reflect(c, name -> true);
            assertThat(normalized(db.dialect(), actual)).isEqualTo(normalized(db.dialect(), start()));
        }
    }

    /**
     * Tables in normal form with constraint names dropped where the database does not keep them,
     * constraints in any order.
     */
    static Schema normalized(Dialect dialect, Schema schema) {
        return new Schema(schema.tables().stream().map(dialect::normalize).map(InAnyOrder::of).toList(),
                schema.sequences());
    }

    static void resetTo(TestDatabase db, Schema schema) throws Exception {
        Dialect dialect = db.dialect();
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            Schema existing = dialect.reflect(c, name -> true);
            // Referencing tables first, so no foreign key blocks a drop.
            List<Table> tables = new ArrayList<>(existing.tables());
            tables.sort((a, b) -> Boolean.compare(a.foreignKeys().isEmpty(), b.foreignKeys().isEmpty()));
            Schema current = existing;
            for (Table t : tables) {
                for (String sql : dialect.toSql(new DropTable(t), current)) {
                    s.execute(sql);
                }
                current = SchemaEvolution.apply(current, new DropTable(t));
            }
            // Sequences a scenario created must not leak into the next one.
            for (dev.autogen.schema.Sequence sequence : existing.sequences()) {
                for (String sql : dialect.toSql(new dev.autogen.ops.DropSequence(sequence), current)) {
                    s.execute(sql);
                }
                current = SchemaEvolution.apply(current, new dev.autogen.ops.DropSequence(sequence));
            }
            for (Table t : schema.tables().stream().sorted((a, b) -> Boolean.compare(
                    !a.foreignKeys().isEmpty(), !b.foreignKeys().isEmpty())).toList()) {
                for (String sql : dialect.toSql(new CreateTable(t), current)) {
                    s.execute(sql);
                }
                current = SchemaEvolution.apply(current, new CreateTable(t));
            }
        }
    }
}
