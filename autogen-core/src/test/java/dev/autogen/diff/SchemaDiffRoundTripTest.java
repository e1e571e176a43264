package dev.autogen.diff;

import static dev.autogen.diff.Fixtures.BIGINT;
import static dev.autogen.diff.Fixtures.change;
import static dev.autogen.diff.Fixtures.changeColumn;
import static dev.autogen.diff.Fixtures.check;
import static dev.autogen.diff.Fixtures.fk;
import static dev.autogen.diff.Fixtures.index;
import static dev.autogen.diff.Fixtures.library;
import static dev.autogen.diff.Fixtures.notNull;
import static dev.autogen.diff.Fixtures.nullable;
import static dev.autogen.diff.Fixtures.pk;
import static dev.autogen.diff.Fixtures.table;
import static dev.autogen.diff.Fixtures.unique;
import static dev.autogen.diff.Fixtures.uniqueIndex;
import static dev.autogen.diff.Fixtures.varchar;
import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.dialect.Dialect;
import dev.autogen.ops.MigrationPlan;
import dev.autogen.ops.Op;
import dev.autogen.ops.SchemaEvolution;
import dev.autogen.schema.Column;
import dev.autogen.schema.ColumnType;
import dev.autogen.schema.Index;
import dev.autogen.schema.ReferentialAction;
import dev.autogen.schema.Schema;
import dev.autogen.schema.Sequence;
import dev.autogen.schema.Table;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The ops are complete and their reverses exact: for each pair (A, B), applying
 * {@code compare(B, A)} to A gives B, the plan's downgrade applied to B gives A back, and diffing
 * the result again finds nothing. Equality is in the dialect's normal form, ignoring what no op
 * can set (column position, constraint and index names).
 */
class SchemaDiffRoundTripTest {

    static Stream<Arguments> pairs() {
        return Stream.of(
                Arguments.of("empty to library", Schema.EMPTY, library(), TestDialect.identity()),
                Arguments.of("library evolved", library(), evolved(), TestDialect.identity()),
                Arguments.of("foreign key cycle", Schema.EMPTY, cycle(), TestDialect.identity()),
                Arguments.of("cycle grows", cycle(), Fixtures.change(cycle(), "a",
                        b -> b.column(nullable("note", varchar(5)))), TestDialect.identity()),
                Arguments.of("key under a foreign key", withOrders(), withOrdersByIndex(), TestDialect.identity()),
                Arguments.of("new table on a new key", library(), newTableOnNewKey(), TestDialect.identity()),
                Arguments.of("rewritten spellings", SchemaDiffNormalizedTest.reflected(), spelledAndChanged(),
                        TestDialect.folding()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pairs")
    void upgradeReachesTargetAndDowngradeComesBack(String name, Schema a, Schema b, Dialect dialect) {
        assertRoundTrip(a, b, dialect);
        assertRoundTrip(b, a, dialect);
    }

    private static void assertRoundTrip(Schema actual, Schema target, Dialect dialect) {
        List<Op> upgrade = SchemaDiff.compare(target, actual, dialect);
        Schema upgraded = SchemaEvolution.applyAll(actual, upgrade);
        Schema downgraded = SchemaEvolution.applyAll(target, new MigrationPlan(upgrade).downgrade());

        assertThat(upgrade).isNotEmpty();
        assertThat(canonical(upgraded, dialect)).isEqualTo(canonical(target, dialect));
        assertThat(canonical(downgraded, dialect)).isEqualTo(canonical(actual, dialect));
        assertThat(SchemaDiff.compare(target, upgraded, dialect)).isEmpty();
    }

    /** Normal form, columns by name, constraints and indexes nameless and sorted by their text. */
    static Schema canonical(Schema schema, Dialect dialect) {
        List<Table> tables = new ArrayList<>();
        for (Table real : schema.tables()) {
            Table t = dialect.normalize(real);
            tables.add(t.toBuilder()
                    .columns(t.columns().stream().sorted(Comparator.comparing(Column::name)).toList())
                    .primaryKey(t.primaryKey().map(pk -> pk.withName(Optional.empty())))
                    .uniqueConstraints(sortedByText(t.uniqueConstraints().stream().map(u -> u.withName(Optional.empty()))))
                    .indexes(sortedByText(t.indexes().stream().map(i -> new Index("any", i.columns(), i.unique()))))
                    .foreignKeys(sortedByText(t.foreignKeys().stream().map(f -> f.withName(Optional.empty()))))
                    .checks(sortedByText(t.checks().stream().map(c -> c.withName(Optional.empty()))))
                    .build());
        }
        return new Schema(tables, schema.sequences());
    }

    private static <T> List<T> sortedByText(Stream<T> items) {
        return items.sorted(Comparator.comparing(Object::toString)).toList();
    }

    /** library() with nearly every kind of change at once. */
    static Schema evolved() {
        Table authors = Fixtures.tableOf(library(), "authors").toBuilder()
                .column(Column.builder("bio", new ColumnType.Text()).comment("short").build())
                .uniqueConstraints(List.of(unique("UK_8a7b6c", "email")))
                .build();
        authors = changeColumn(changeColumn(authors.toBuilder(), "email", c -> c.type(varchar(255)).comment("contact")),
                "name", c -> c.nullable(true)).build();
        Table.Builder books = Fixtures.tableOf(library(), "books").toBuilder()
                .column(notNull("isbn", varchar(13)))
                .primaryKey(pk("PK_books", "id"))
                .uniqueConstraint(unique("uk_books_isbn", "isbn"))
                .indexes(List.of(uniqueIndex("ix_books_title", "title"), index("ix_books_status", "status", "title")))
                .foreignKeys(List.of(fk("fk_books_author", "author_id", "authors", "id", ReferentialAction.SET_NULL)))
                .checks(List.of(check("ck_books_status", "status in ('draft', 'published', 'gone')")));
        books.columns(books.build().columns().stream().filter(c -> !c.name().equals("price")).toList());
        changeColumn(books, "status", c -> c.defaultValue("'new'"));
        changeColumn(books, "title", c -> c.nullable(true));
        changeColumn(books, "id", c -> c.identity(true));
        Table reviews = table("reviews", notNull("book_id", BIGINT), nullable("stars", Fixtures.INTEGER))
                .foreignKey(fk("fk_reviews_book", "book_id", "books", "id"))
                .index(index("ix_reviews_book", "book_id"))
                .check(check(null, "stars between 1 and 5")).build();
        return new Schema(List.of(authors, books.build(), reviews),
                List.of(new Sequence("books_seq", 1, 1), new Sequence("reviews_seq", 1, 50)));
    }

    /** Two tables that reference each other. */
    static Schema cycle() {
        Table a = table("a", nullable("b_id", BIGINT)).foreignKey(fk("fk_a_b", "b_id", "b", "id")).build();
        Table b = table("b", nullable("a_id", BIGINT)).foreignKey(fk("fk_b_a", "a_id", "a", "id")).build();
        return Fixtures.schema(a, b);
    }

    static Schema withOrders() {
        Table orders = table("orders", nullable("author_email", varchar(200)))
                .foreignKey(fk("fk_orders_email", "author_email", "authors", "email")).build();
        List<Table> tables = new ArrayList<>(library().tables());
        tables.add(orders);
        return new Schema(tables, library().sequences());
    }

    /** The key orders reference turns from a unique constraint into a unique index. */
    static Schema withOrdersByIndex() {
        return change(withOrders(), "authors",
                b -> b.uniqueConstraints(List.of()).index(uniqueIndex("ux_authors_email", "email")));
    }

    /** A new table references authors.name, which becomes unique in the same migration. */
    static Schema newTableOnNewKey() {
        Table prizes = table("prizes", nullable("winner", varchar(100)))
                .foreignKey(fk("fk_prizes_winner", "winner", "authors", "name")).build();
        Schema withKey = change(library(), "authors", b -> b.uniqueConstraint(unique("uk_authors_name", "name")));
        List<Table> tables = new ArrayList<>(withKey.tables());
        tables.add(prizes);
        return new Schema(tables, withKey.sequences());
    }

    /** The entities' spelling of {@link SchemaDiffNormalizedTest#reflected()}, plus real changes. */
    static Schema spelledAndChanged() {
        return change(SchemaDiffNormalizedTest.entities(), "books", b -> changeColumn(b, "status", c -> c.type(varchar(30)))
                .column(Column.builder("code", new ColumnType.Native("int4")).defaultValue("'x'::character varying").build())
                .check(check(null, "pages > 0")));
    }
}
