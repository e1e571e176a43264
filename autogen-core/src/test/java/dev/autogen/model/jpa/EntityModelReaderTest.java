package dev.autogen.model.jpa;

import static dev.autogen.model.jpa.JpaFixtures.asPostgresStoresIt;
import static dev.autogen.model.jpa.JpaFixtures.column;
import static dev.autogen.model.jpa.JpaFixtures.constraintName;
import static dev.autogen.model.jpa.JpaFixtures.fkName;
import static dev.autogen.model.jpa.JpaFixtures.isPostgres;
import static dev.autogen.model.jpa.JpaFixtures.read;
import static dev.autogen.model.jpa.Types.BIGINT;
import static dev.autogen.model.jpa.Types.DATE;
import static dev.autogen.model.jpa.Types.DOUBLE;
import static dev.autogen.model.jpa.Types.INTEGER;
import static dev.autogen.model.jpa.Types.TIMESTAMP;
import static dev.autogen.model.jpa.Types.VARCHAR_255;
import static dev.autogen.model.jpa.Types.numeric;
import static dev.autogen.model.jpa.Types.varchar;
import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.dialect.Dialect;
import dev.autogen.schema.CheckConstraint;
import dev.autogen.schema.ForeignKey;
import dev.autogen.schema.Index;
import dev.autogen.schema.PrimaryKey;
import dev.autogen.schema.ReferentialAction;
import dev.autogen.schema.Schema;
import dev.autogen.schema.Table;
import dev.autogen.schema.UniqueConstraint;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Entity shapes read into the schema model. Expectations are written with the names as the
 * entities give them (SQLite keeps them); PostgreSQL stores the same names folded to lower case.
 *
 * <p>Column order is Hibernate's standard column ordering, used whenever its schema export creates
 * a table: by the column's size in bytes (at least 4), then whether that exceeds 2 KB, then name.
 * A {@code varchar} of the default length counts as the dialect's maximum, so it sorts last.
 */
class EntityModelReaderTest {

    static List<Dialect> dialects() {
        return JpaFixtures.dialects().toList();
    }

    private static Schema stored(Dialect dialect, Schema asWritten) {
        return isPostgres(dialect) ? asPostgresStoresIt(asWritten) : asWritten;
    }

    private static ForeignKey references(String table, String column, String referencedTable) {
        return new ForeignKey(Optional.of(fkName(table, referencedTable, column)), List.of(column),
                referencedTable, List.of("id"), ReferentialAction.NO_ACTION);
    }

    @ParameterizedTest
    @MethodSource("dialects")
    void readsTheTutorialModel(Dialect dialect) {
        assertThat(read("tutorial", dialect))
                .isEqualTo(stored(dialect, new Schema(List.of(book(), review(), users()), List.of())));
    }

    private static Table book() {
        return Table.builder("Book")
                .column(column("price", numeric(38, 2)).build())
                .column(column("published", DATE).build())
                .column(column("rating", DOUBLE).nullable(false).build())
                .column(column("id", BIGINT).nullable(false).identity(true).build())
                .column(column("author", VARCHAR_255).build())
                .column(column("description", VARCHAR_255).nullable(false)
                        .defaultValue("'A short Description'").build())
                .column(column("title", VARCHAR_255).build())
                .primaryKey(PrimaryKey.of("id"))
                .build();
    }

    private static Table review() {
        return Table.builder("Review")
                .column(column("id", BIGINT).nullable(false).identity(true).build())
                .column(column("timestamp", TIMESTAMP).defaultValue("CURRENT_TIMESTAMP").build())
                .column(column("author", varchar(50)).nullable(false).build())
                .column(column("content", varchar(200)).build())
                .primaryKey(PrimaryKey.of("id"))
                .build();
    }

    private static Table users() {
        return Table.builder("users")
                .column(column("age", INTEGER).build())
                .column(column("id", BIGINT).nullable(false).identity(true).build())
                .column(column("email", VARCHAR_255).build())
                .column(column("name", VARCHAR_255).build())
                .primaryKey(PrimaryKey.of("id"))
                // @Column(unique = true) is declared inline in Hibernate's DDL, without a name.
                .uniqueConstraint(new UniqueConstraint(Optional.empty(), List.of("email")))
                .index(new Index(constraintName("IDX", "users", "name"), List.of("name"), false))
                .build();
    }

    @ParameterizedTest
    @MethodSource("dialects")
    void embeddedColumnsGoIntoTheOwningTable(Dialect dialect) {
        Table customer = Table.builder("Customer")
                .column(column("id", BIGINT).nullable(false).build())
                // The override gives a new column, which drops the embeddable's nullable = false.
                .column(column("billing_city", varchar(40)).build())
                .column(column("city", varchar(40)).nullable(false).build())
                .column(column("billing_street", varchar(100)).build())
                .column(column("street", varchar(100)).build())
                .primaryKey(PrimaryKey.of("id"))
                .build();

        assertThat(read("embedded", dialect)).isEqualTo(stored(dialect, new Schema(List.of(customer), List.of())));
    }

    @ParameterizedTest
    @MethodSource("dialects")
    void elementCollectionsGetCollectionTables(Dialect dialect) {
        Table person = Table.builder("Person")
                .column(column("id", BIGINT).nullable(false).build())
                .primaryKey(PrimaryKey.of("id"))
                .build();
        // A Set whose element column may be null cannot have a primary key; Hibernate makes the
        // (owner, element) pair unique instead, hashing its name with the owner's table (Set.getTable()).
        Table nicknames = Table.builder("Person_nicknames")
                .column(column("Person_id", BIGINT).nullable(false).build())
                .column(column("nicknames", varchar(30)).build())
                .uniqueConstraint(new UniqueConstraint(
                        Optional.of(constraintName("UK", "Person", "Person_id", "nicknames")),
                        List.of("Person_id", "nicknames")))
                .foreignKey(references("Person_nicknames", "Person_id", "Person"))
                .build();
        // A List with an order column is keyed by (order, owner); the order column cannot be negative.
        Table phones = Table.builder("person_phone")
                .column(column("position", INTEGER).nullable(false).build())
                .column(column("person_id", BIGINT).nullable(false).build())
                .column(column("kind", varchar(10)).build())
                .column(column("number", varchar(20)).nullable(false).build())
                .primaryKey(PrimaryKey.of("position", "person_id"))
                .foreignKey(references("person_phone", "person_id", "Person"))
                .check(new CheckConstraint(Optional.empty(), "position>=0"))
                .build();

        assertThat(read("elementcollection", dialect))
                .isEqualTo(stored(dialect, new Schema(List.of(person, nicknames, phones), List.of())));
    }

    @ParameterizedTest
    @MethodSource("dialects")
    void manyToManyGetsAJoinTable(Dialect dialect) {
        Table course = Table.builder("Course")
                .column(column("id", BIGINT).nullable(false).build())
                .column(column("title", VARCHAR_255).build())
                .primaryKey(PrimaryKey.of("id"))
                .build();
        Table student = Table.builder("Student")
                .column(column("id", BIGINT).nullable(false).build())
                .column(column("name", VARCHAR_255).build())
                .primaryKey(PrimaryKey.of("id"))
                .build();
        // JPA: owning table + "_" + other table; the owner's key is entity_id, the other attribute_id.
        Table join = Table.builder("Student_Course")
                .column(column("Student_id", BIGINT).nullable(false).build())
                .column(column("courses_id", BIGINT).nullable(false).build())
                .primaryKey(PrimaryKey.of("Student_id", "courses_id"))
                .foreignKey(references("Student_Course", "courses_id", "Course"))
                .foreignKey(references("Student_Course", "Student_id", "Student"))
                .build();

        assertThat(read("manytomany", dialect))
                .isEqualTo(stored(dialect, new Schema(List.of(course, student, join), List.of())));
    }

    @ParameterizedTest
    @MethodSource("dialects")
    void readsKeysIndexesAndDeleteActions(Dialect dialect) {
        Table author = Table.builder("Author")
                .column(column("code", varchar(8)).nullable(false).build())
                .column(column("id", BIGINT).nullable(false).build())
                .primaryKey(PrimaryKey.of("id"))
                .uniqueConstraint(new UniqueConstraint(Optional.empty(), List.of("code")))
                .build();
        // A one-to-one's key column is unique, so that it stays one-to-one.
        Table profile = Table.builder("Profile")
                .column(column("author_id", BIGINT).build())
                .column(column("id", BIGINT).nullable(false).build())
                .primaryKey(PrimaryKey.of("id"))
                .uniqueConstraint(new UniqueConstraint(Optional.empty(), List.of("author_id")))
                .foreignKey(references("Profile", "author_id", "Author"))
                .build();

        assertThat(read("relations", dialect))
                .isEqualTo(stored(dialect, new Schema(List.of(article(), author, profile), List.of())));
    }

    private static Table article() {
        return Table.builder("Article")
                .column(column("number", INTEGER).build())
                .column(column("author_id", BIGINT).nullable(false).build())
                .column(column("editor_code", varchar(8)).build())
                .column(column("id", BIGINT).nullable(false).build())
                .column(column("title", varchar(120)).build())
                .column(column("slug", VARCHAR_255).build())
                .primaryKey(PrimaryKey.of("id"))
                .uniqueConstraint(UniqueConstraint.of("uk_article_slug", "slug", "author_id"))
                // Hibernate turns a unique @Index into a unique constraint of that name.
                .uniqueConstraint(UniqueConstraint.of("idx_article_number", "number"))
                .index(new Index("idx_article_title", List.of("title", "slug"), false))
                .foreignKey(new ForeignKey(Optional.of("fk_article_author"), List.of("author_id"), "Author",
                        List.of("id"), ReferentialAction.CASCADE))
                // Referencing a unique non-key column names it; otherwise the primary key is meant.
                .foreignKey(new ForeignKey(Optional.of(fkName("Article", "Author", "editor_code")),
                        List.of("editor_code"), "Author", List.of("code"), ReferentialAction.NO_ACTION))
                .build();
    }
}
