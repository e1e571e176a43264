package dev.autogen.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.ops.AddConstraint;
import dev.autogen.ops.CreateIndex;
import dev.autogen.ops.CreateTable;
import dev.autogen.ops.DropColumn;
import dev.autogen.ops.Op;
import dev.autogen.ops.SchemaEvolution;
import dev.autogen.runtime.RecordingOperations;
import dev.autogen.schema.CheckConstraint;
import dev.autogen.schema.Column;
import dev.autogen.schema.ColumnType;
import dev.autogen.schema.Constraint;
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
import java.util.TreeMap;

/**
 * The schema model names what a statement leaves unnamed as the database does, and keeps what the
 * database keeps: ops with unnamed keys, checks and foreign keys run on the real database, and the
 * model that followed them ({@code SchemaEvolution} with the dialect's {@code ImplicitBehavior})
 * must hold the very names reflection reads back: PostgreSQL's {@code books_pkey}, long names cut
 * to 63 bytes without splitting a character, counters on a clash with any constraint or relation
 * of the schema, keys folded in a CREATE TABLE; SQLite's one automatic index per key.
 */
class ImplicitNamesTest {
    private static final ColumnType INT = new ColumnType.Int(32);

    private static Column column(String name) {
        return Column.builder(name, INT).build();
    }

    private static UniqueConstraint unique(String... columns) {
        return new UniqueConstraint(Optional.empty(), List.of(columns));
    }

    private static CheckConstraint check(String condition) {
        return new CheckConstraint(Optional.empty(), condition);
    }

    /** Unnamed everything, duplicates a CREATE TABLE folds, checks on one and on two columns. */
    private static List<Op> createTables() {
        Table authors = Table.builder("authors").column(column("id").toBuilder().nullable(false).build())
                .column(column("code")).primaryKey(PrimaryKey.of("id")).uniqueConstraint(unique("code"))
                .uniqueConstraint(UniqueConstraint.of("authors_code_named", "code")).build();
        Table books = Table.builder("books").column(column("id").toBuilder().nullable(false).build())
                .column(column("author_id")).column(column("pages")).column(column("price"))
                .primaryKey(PrimaryKey.of("id")).uniqueConstraint(unique("id"))
                .uniqueConstraint(unique("pages", "price")).uniqueConstraint(unique("price", "pages"))
                .column(column("extra"))
                .check(check("pages > 0")).check(check("pages < 10000")).check(check("price > pages"))
                .check(check("extra > 0")).check(check("extra > price"))
                .foreignKey(new ForeignKey(Optional.empty(), List.of("author_id"), "authors", List.of("id"),
                        ReferentialAction.CASCADE))
                .build();
        String longTable = "t".repeat(40);
        String longColumn = "c".repeat(40);
        Table longNames = Table.builder(longTable).column(column(longColumn).toBuilder().nullable(false).build())
                .column(column("x")).primaryKey(PrimaryKey.of(longColumn)).uniqueConstraint(unique(longColumn, "x"))
                .check(check(longColumn + " > 0")).build();
        // Two bytes a character: a cut must not split one.
        String wide = "ä".repeat(30);
        Table multibyte = Table.builder(wide).column(column("ö".repeat(30)).toBuilder().nullable(false).build())
                .primaryKey(PrimaryKey.of("ö".repeat(30))).uniqueConstraint(unique("ö".repeat(30))).build();
        return List.of(new CreateTable(authors), new CreateTable(books), new CreateTable(longNames),
                new CreateTable(multibyte));
    }

    /** Later additions: clashes with an index's name, with another table's constraint, with an earlier one. */
    private static List<Op> alterTables() {
        String shared = "s".repeat(60);
        Table first = Table.builder(shared + "_a").column(column("value")).build();
        Table second = Table.builder(shared + "_b").column(column("value")).build();
        return List.of(
                new CreateIndex("books", new Index("books_price_key", List.of("price"), false)),
                new AddConstraint("books", unique("price")),
                new AddConstraint("books", unique("price")),
                new AddConstraint("books", check("pages > 0")),
                new AddConstraint("authors", check("code > 0 AND id > 0")),
                new CreateTable(first),
                new CreateTable(second),
                new AddConstraint(first.name(), unique("value")),
                new AddConstraint(second.name(), unique("value")),
                new AddConstraint(first.name(), check("value > 0")),
                new AddConstraint(second.name(), check("value > 0")));
    }

    @DatabaseTest
    void theModelHoldsTheNamesTheDatabaseGives(TestDatabase db) throws Exception {
        Dialect dialect = db.dialect();
        Schema model = Schema.EMPTY;
        List<Op> ops = new ArrayList<>(createTables());
        ops.addAll(alterTables());
        if (db.isPostgres()) {
            // PostgreSQL drops the checks that use a dropped column (SQLite refuses such a drop).
            ops.add(new DropColumn("books", column("extra")));
        }
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            for (Op op : ops) {
                for (String sql : dialect.toSql(op, model)) {
                    s.execute(sql);
                }
                model = SchemaEvolution.apply(model, op, dialect.implicitBehavior());
            }
            Schema reflected = dialect.reflect(c, name -> true);
            assertThat(names(model)).isEqualTo(names(reflected));
            assertThat(OpRoundTripTest.normalized(dialect, model)).isEqualTo(OpRoundTripTest.normalized(dialect,
                    reflected));
        }
        if (db.isPostgres()) {
            Table books = model.table("books").orElseThrow();
            assertThat(books.primaryKey().flatMap(PrimaryKey::name)).contains("books_pkey");
            assertThat(books.uniqueConstraints()).extracting(u -> u.name().orElseThrow())
                    .containsExactlyInAnyOrder("books_pages_price_key", "books_price_pages_key", "books_price_key1",
                            "books_price_key2");
            assertThat(books.checks()).extracting(k -> k.name().orElseThrow())
                    .containsExactlyInAnyOrder("books_pages_check", "books_pages_check1", "books_check",
                            "books_pages_check2");
            assertThat(model.table("authors").orElseThrow().uniqueConstraints()).singleElement()
                    .extracting(u -> u.name().orElseThrow()).isEqualTo("authors_code_named");
        }
    }

    /** MariaDB's own words: books_ibfk_1, a unique key named after its first column and counted on a clash, CONSTRAINT_n. */
    @DatabaseTest
    void mariaDbNamesKeysItsOwnWay(TestDatabase db) throws Exception {
        if (!db.isMariaDb()) {
            return;
        }
        Schema model = SchemaEvolution.applyAll(Schema.EMPTY, createTables(), db.dialect().implicitBehavior());
        Table books = model.table("books").orElseThrow();
        assertThat(books.foreignKeys()).extracting(f -> f.name().orElseThrow()).containsExactly("books_ibfk_1");
        assertThat(books.uniqueConstraints()).extracting(u -> u.name().orElseThrow())
                .containsExactlyInAnyOrder("id", "pages", "price");
        assertThat(books.checks()).extracting(k -> k.name().orElseThrow())
                .containsExactly("CONSTRAINT_1", "CONSTRAINT_2", "CONSTRAINT_3", "CONSTRAINT_4", "CONSTRAINT_5");
    }

    /** A hand-written call may name a key as the database or autogen's renderer calls it. */
    @DatabaseTest
    void aKeyAnswersToEveryNameItIsKnownBy(TestDatabase db) {
        Dialect dialect = db.dialect();
        Schema model = SchemaEvolution.applyAll(Schema.EMPTY, createTables(), dialect.implicitBehavior());
        List<String> names = new ArrayList<>(List.of("pk_books", "uq_books_pages_price"));
        names.add(db.isPostgres() ? "books_pkey" : db.isMariaDb() ? "PRIMARY" : "sqlite_autoindex_books_1");
        if (db.isSqlite()) {
            names.add("sqlite_autoindex_books_2");
        }
        for (String name : names) {
            RecordingOperations op = new RecordingOperations(model, dialect.implicitBehavior());
            op.dropConstraint(name, "books");
            assertThat(op.ops()).as(name).hasSize(1);
        }
    }

    /** Per table, the names of its keys, checks, foreign keys and indexes, sorted; unnamed ones as "". */
    private static TreeMap<String, List<String>> names(Schema schema) {
        TreeMap<String, List<String>> names = new TreeMap<>();
        for (Table table : schema.tables()) {
            List<String> all = new ArrayList<>();
            for (Constraint c : table.constraints()) {
                all.add(c.getClass().getSimpleName() + " " + c.name().orElse(""));
            }
            table.indexes().forEach(i -> all.add("index " + i.name()));
            all.sort(null);
            names.put(table.name(), all);
        }
        return names;
    }
}
