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

import dev.autogen.ops.AddColumn;
import dev.autogen.ops.AddConstraint;
import dev.autogen.ops.AlterColumn;
import dev.autogen.ops.AlterSequence;
import dev.autogen.ops.AlterTableComment;
import dev.autogen.ops.CreateIndex;
import dev.autogen.ops.CreateSequence;
import dev.autogen.ops.CreateTable;
import dev.autogen.ops.DropColumn;
import dev.autogen.ops.DropConstraint;
import dev.autogen.ops.DropIndex;
import dev.autogen.ops.DropSequence;
import dev.autogen.ops.DropTable;
import dev.autogen.ops.Op;
import dev.autogen.schema.Column;
import dev.autogen.schema.ColumnType;
import dev.autogen.schema.ReferentialAction;
import dev.autogen.schema.Schema;
import dev.autogen.schema.Sequence;
import dev.autogen.schema.Table;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What the diff detects, each change on its own, with the identity dialect. */
class SchemaDiffTest {

    static List<Op> diff(Schema target, Schema actual) {
        return SchemaDiff.compare(target, actual, TestDialect.identity());
    }

    static Table tableOf(Schema schema, String name) {
        return schema.table(name).orElseThrow();
    }

    static Column column(Schema schema, String table, String column) {
        return tableOf(schema, table).column(column).orElseThrow();
    }

    @Test
    void identicalSchemasGiveNoOps() {
        assertThat(diff(library(), library())).isEmpty();
        assertThat(diff(Schema.EMPTY, Schema.EMPTY)).isEmpty();
    }

    @Test
    void addedTableIsCreatedWholeFromTheTarget() {
        Table publishers = table("publishers", notNull("name", varchar(50)))
                .uniqueConstraint(unique("uk_publishers_name", "name")).index(index("ix_pub", "name")).build();
        Schema target = new Schema(List.of(tableOf(library(), "authors"), tableOf(library(), "books"), publishers),
                library().sequences());

        assertThat(diff(target, library())).containsExactly(new CreateTable(publishers));
    }

    @Test
    void droppedTableCarriesTheActualDefinition() {
        Schema target = new Schema(List.of(), library().sequences());

        assertThat(diff(target, library())).containsExactly(
                new DropTable(tableOf(library(), "books")), new DropTable(tableOf(library(), "authors")));
    }

    @Test
    void addedColumnCarriesTheTargetColumn() {
        Column pages = Column.builder("pages", Fixtures.INTEGER).defaultValue("0").comment("count").build();
        Schema target = change(library(), "books", b -> b.column(pages));

        assertThat(diff(target, library())).containsExactly(new AddColumn("books", pages));
    }

    @Test
    void droppedColumnCarriesTheActualColumn() {
        Schema actual = change(library(), "books", b -> b.column(nullable("legacy", varchar(10))));

        assertThat(diff(library(), actual)).containsExactly(new DropColumn("books", nullable("legacy", varchar(10))));
    }

    @Test
    void columnsMatchByExactName() {
        Schema target = change(library(), "books", b -> b.column(nullable("Subtitle", varchar(10))));
        Schema actual = change(library(), "books", b -> b.column(nullable("subtitle", varchar(10))));

        assertThat(diff(target, actual)).containsExactly(
                new DropColumn("books", nullable("subtitle", varchar(10))),
                new AddColumn("books", nullable("Subtitle", varchar(10))));
    }

    @Test
    void typeChangesIncludeLengthPrecisionAndScale() {
        assertAltered(c -> c.type(varchar(250)), "title", c -> c.type(varchar(250)));
        assertAltered(c -> c.type(new ColumnType.Numeric(12, 2)), "price", c -> c.type(new ColumnType.Numeric(12, 2)));
        assertAltered(c -> c.type(new ColumnType.Numeric(10, 3)), "price", c -> c.type(new ColumnType.Numeric(10, 3)));
        assertAltered(c -> c.type(new ColumnType.Text()), "title", c -> c.type(new ColumnType.Text()));
    }

    @Test
    void nullabilityChangesAreDetectedBothWays() {
        assertAltered(c -> c.nullable(true), "title", c -> c.nullable(true));
        assertAltered(c -> c.nullable(false), "price", c -> c.nullable(false));
    }

    @Test
    void defaultsAddedChangedAndRemovedAreDetected() {
        assertAltered(c -> c.defaultValue("0"), "price", c -> c.defaultValue("0"));
        assertAltered(c -> c.defaultValue("'new'"), "status", c -> c.defaultValue("'new'"));
        assertAltered(c -> c.defaultValue(Optional.empty()), "status", c -> c.defaultValue(Optional.empty()));
    }

    @Test
    void commentAndIdentityChangesAreDetected() {
        assertAltered(c -> c.comment("in euro cents"), "price", c -> c.comment("in euro cents"));
        assertAltered(c -> c.comment(Optional.empty()), "price", c -> c.comment(Optional.empty()));
        assertAltered(c -> c.identity(true), "id", c -> c.identity(true));
    }

    /** The target's column is changed by {@code inTarget}; the op must go from the actual column to it. */
    private static void assertAltered(java.util.function.UnaryOperator<Column.Builder> inTarget, String column,
            java.util.function.UnaryOperator<Column.Builder> expectedTo) {
        Schema target = change(library(), "books", b -> changeColumn(b, column, inTarget));
        Column from = column(library(), "books", column);

        assertThat(diff(target, library()))
                .containsExactly(new AlterColumn("books", from, expectedTo.apply(from.toBuilder()).build()));
    }

    @Test
    void primaryKeyChangeIsDropPlusAdd() {
        Schema target = change(library(), "books", b -> b.primaryKey(pk("books_pk", "id", "title")));

        assertThat(diff(target, library())).containsExactly(
                new DropConstraint("books", pk("books_pkey", "id")),
                new AddConstraint("books", pk("books_pk", "id", "title")));
    }

    @Test
    void primaryKeyColumnOrderCountsButItsNameDoesNot() {
        Schema ab = change(library(), "books", b -> b.primaryKey(pk("x", "id", "title")));
        Schema ba = change(library(), "books", b -> b.primaryKey(pk("x", "title", "id")));
        Schema renamed = change(library(), "books", b -> b.primaryKey(pk("PK_1A2B3C", "id")));

        assertThat(diff(ab, ba)).containsExactly(
                new DropConstraint("books", pk("x", "title", "id")), new AddConstraint("books", pk("x", "id", "title")));
        assertThat(diff(renamed, library())).isEmpty();
    }

    @Test
    void primaryKeyAddedOrRemoved() {
        Schema without = change(library(), "books", b -> b.primaryKey(Optional.empty()));

        assertThat(diff(without, library())).containsExactly(new DropConstraint("books", pk("books_pkey", "id")));
        assertThat(diff(library(), without)).containsExactly(new AddConstraint("books", pk("books_pkey", "id")));
    }

    /** A database refuses to drop a primary key a foreign key references, so the key goes first. */
    @Test
    void primaryKeyChangeUnderAReferencingForeignKeyRebuildsThatForeignKey() {
        Schema target = change(library(), "authors", b -> b.primaryKey(pk("authors_pk", "id", "name")));
        Op booksFk = new DropConstraint("books",
                fk("fk_books_author", "author_id", "authors", "id", ReferentialAction.CASCADE));

        assertThat(diff(target, library())).containsExactly(
                booksFk,
                new DropConstraint("authors", pk("authors_pkey", "id")),
                new AddConstraint("authors", pk("authors_pk", "id", "name")),
                booksFk.reverse());
    }

    @Test
    void uniqueConstraintsAreMatchedByColumnsNotByName() {
        Schema renamed = change(library(), "authors", b -> b.uniqueConstraints(List.of(unique("UK_8f2a", "email"))));
        Schema other = change(library(), "authors", b -> b.uniqueConstraints(List.of(unique("uk_authors_email", "name"))));

        assertThat(diff(renamed, library())).isEmpty();
        assertThat(diff(other, library())).containsExactly(
                new DropConstraint("authors", unique("uk_authors_email", "email")),
                new AddConstraint("authors", unique("uk_authors_email", "name")));
    }

    @Test
    void unnamedReflectedUniqueConstraintMatchesANamedOne() {
        Schema unnamed = change(library(), "authors",
                b -> b.uniqueConstraints(List.of(new dev.autogen.schema.UniqueConstraint(Optional.empty(), List.of("email")))));

        assertThat(diff(library(), unnamed)).isEmpty();
    }

    @Test
    void uniqueConstraintAndUniqueIndexOnTheSameColumnsDiffer() {
        Schema asIndex = change(library(), "authors",
                b -> b.uniqueConstraints(List.of()).index(uniqueIndex("uk_authors_email", "email")));

        assertThat(diff(asIndex, library())).containsExactly(
                new DropConstraint("authors", unique("uk_authors_email", "email")),
                new CreateIndex("authors", uniqueIndex("uk_authors_email", "email")));
    }

    @Test
    void indexesAreMatchedByColumnsInOrderAndUniqueness() {
        Schema renamed = change(library(), "books", b -> b.indexes(List.of(index("IDX_X9", "title"))));
        Schema madeUnique = change(library(), "books", b -> b.indexes(List.of(uniqueIndex("ix_books_title", "title"))));
        Schema twoColumns = change(library(), "books", b -> b.indexes(List.of(index("ix", "title", "status"))));
        Schema swapped = change(library(), "books", b -> b.indexes(List.of(index("ix", "status", "title"))));

        assertThat(diff(renamed, library())).isEmpty();
        assertThat(diff(madeUnique, library())).containsExactly(
                new DropIndex("books", index("ix_books_title", "title")),
                new CreateIndex("books", uniqueIndex("ix_books_title", "title")));
        assertThat(diff(swapped, twoColumns)).containsExactly(
                new DropIndex("books", index("ix", "title", "status")),
                new CreateIndex("books", index("ix", "status", "title")));
    }

    @Test
    void indexesAddedAndDropped() {
        Schema more = change(library(), "books", b -> b.index(index("ix_books_status", "status")));

        assertThat(diff(more, library())).containsExactly(new CreateIndex("books", index("ix_books_status", "status")));
        assertThat(diff(library(), more)).containsExactly(new DropIndex("books", index("ix_books_status", "status")));
    }

    @Test
    void foreignKeysAreMatchedByMeaningNotByName() {
        Schema renamed = change(library(), "books",
                b -> b.foreignKeys(List.of(fk("FKabc123", "author_id", "authors", "id", ReferentialAction.CASCADE))));
        Schema noCascade = change(library(), "books",
                b -> b.foreignKeys(List.of(fk("fk_books_author", "author_id", "authors", "id"))));

        assertThat(diff(renamed, library())).isEmpty();
        assertThat(diff(noCascade, library())).containsExactly(
                new DropConstraint("books", fk("fk_books_author", "author_id", "authors", "id", ReferentialAction.CASCADE)),
                new AddConstraint("books", fk("fk_books_author", "author_id", "authors", "id")));
    }

    @Test
    void foreignKeyToOtherColumnsOrTableIsAChange() {
        Schema withEmailRef = change(library(), "books", b -> b.column(nullable("author_email", varchar(200)))
                .foreignKeys(List.of(fk("fk_books_author", "author_email", "authors", "email", ReferentialAction.CASCADE))));
        Schema before = change(library(), "books", b -> b.column(nullable("author_email", varchar(200))));

        assertThat(diff(withEmailRef, before)).containsExactly(
                new DropConstraint("books", fk("fk_books_author", "author_id", "authors", "id", ReferentialAction.CASCADE)),
                new AddConstraint("books", fk("fk_books_author", "author_email", "authors", "email", ReferentialAction.CASCADE)));
    }

    @Test
    void checksAreMatchedByConditionNotByName() {
        Schema unnamed = change(library(), "books",
                b -> b.checks(List.of(check(null, "status in ('draft', 'published')"))));
        Schema widened = change(library(), "books",
                b -> b.checks(List.of(check("ck_books_status", "status in ('draft', 'published', 'gone')"))));

        assertThat(diff(unnamed, library())).isEmpty();
        assertThat(diff(widened, library())).containsExactly(
                new DropConstraint("books", check("ck_books_status", "status in ('draft', 'published')")),
                new AddConstraint("books", check("ck_books_status", "status in ('draft', 'published', 'gone')")));
    }

    @Test
    void sequencesAddedAndDropped() {
        Sequence orders = new Sequence("orders_seq", 1, 1);
        Schema more = new Schema(library().tables(), List.of(new Sequence("books_seq", 1, 50), orders));

        assertThat(diff(more, library())).containsExactly(new CreateSequence(orders));
        assertThat(diff(library(), more)).containsExactly(new DropSequence(orders));
    }

    /** Altered in place: dropping and creating the sequence would hand out its ids again. */
    @Test
    void changedSequenceIsAlteredInPlace() {
        Schema increment = new Schema(library().tables(), List.of(new Sequence("books_seq", 1, 1)));
        Schema start = new Schema(library().tables(), List.of(new Sequence("books_seq", 1000, 50)));

        assertThat(diff(increment, library())).containsExactly(
                new AlterSequence(new Sequence("books_seq", 1, 50), new Sequence("books_seq", 1, 1)));
        assertThat(diff(start, library())).containsExactly(
                new AlterSequence(new Sequence("books_seq", 1, 50), new Sequence("books_seq", 1000, 50)));
    }

    @Test
    void tableCommentsAreAddedChangedAndDropped() {
        Schema commented = change(library(), "books", b -> b.comment(Optional.of("all books")));
        Schema recommented = change(library(), "books", b -> b.comment(Optional.of("every book")));

        assertThat(diff(commented, library()))
                .containsExactly(new AlterTableComment("books", Optional.empty(), Optional.of("all books")));
        assertThat(diff(recommented, commented))
                .containsExactly(new AlterTableComment("books", Optional.of("all books"), Optional.of("every book")));
        assertThat(diff(library(), commented))
                .containsExactly(new AlterTableComment("books", Optional.of("all books"), Optional.empty()));
    }

    @Test
    void foreignKeyOnAReplacedKeyIsDroppedBeforeAndRestoredAfter() {
        Table authors = tableOf(library(), "authors");
        Table orders = table("orders", nullable("author_email", varchar(200)))
                .foreignKey(fk("fk_orders_email", "author_email", "authors", "email")).build();
        Schema actual = new Schema(List.of(authors, tableOf(library(), "books"), orders), library().sequences());
        Schema target = change(actual, "authors",
                b -> b.uniqueConstraints(List.of()).index(uniqueIndex("ux_authors_email", "email")));

        assertThat(diff(target, actual)).containsExactly(
                new DropConstraint("orders", fk("fk_orders_email", "author_email", "authors", "email")),
                new DropConstraint("authors", unique("uk_authors_email", "email")),
                new CreateIndex("authors", uniqueIndex("ux_authors_email", "email")),
                new AddConstraint("orders", fk("fk_orders_email", "author_email", "authors", "email")));
    }

    @Test
    void droppedForeignKeyTableReferencesAreDroppedFirst() {
        Table reviews = table("reviews", notNull("book_id", BIGINT))
                .foreignKey(fk("fk_reviews_book", "book_id", "books", "id")).build();
        Schema actual = new Schema(List.of(tableOf(library(), "authors"), tableOf(library(), "books"), reviews),
                library().sequences());
        Schema target = new Schema(List.of(tableOf(library(), "authors"),
                tableOf(library(), "books")), library().sequences());
        Schema keepReviews = new Schema(List.of(tableOf(library(), "authors"),
                reviews.toBuilder().foreignKeys(List.of()).build()), library().sequences());

        assertThat(diff(target, actual)).containsExactly(new DropTable(reviews));
        assertThat(diff(keepReviews, actual)).containsExactly(
                new DropConstraint("reviews", fk("fk_reviews_book", "book_id", "books", "id")),
                new DropTable(tableOf(library(), "books")));
    }
}
