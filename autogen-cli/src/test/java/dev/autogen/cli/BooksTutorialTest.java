package dev.autogen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.testing.DatabaseTest;
import dev.autogen.testing.TestDatabase;
import java.util.List;
import java.util.Map;

/**
 * The first tutorial, step by step through the command line: a books table, a NOT NULL column
 * with a server default added to it, a reviews table created and then downgraded away.
 */
class BooksTutorialTest {

    static final String BOOK = """
            package com.example.model;

            import jakarta.persistence.*;
            import java.math.BigDecimal;
            import java.time.LocalDate;

            @Entity
            @Table(name = "books")
            public class Book {
                @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                @Column(nullable = false) String title;
                @Column(precision = 10, scale = 2) BigDecimal price;
                String author;
                Double rating;
                LocalDate published;
            }
            """;

    static final String BOOK_WITH_DESCRIPTION = BOOK.replace("    LocalDate published;\n", """
                LocalDate published;
                @Column(nullable = false)
                @org.hibernate.annotations.ColumnDefault("'A short Description'")
                String description;
            """);

    static final String REVIEW = """
            package com.example.model;

            import jakarta.persistence.*;
            import java.time.LocalDateTime;

            @Entity
            @Table(name = "reviews")
            public class Review {
                @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                @Column(length = 50, nullable = false) String author;
                @Column(length = 200) String content;
                @org.hibernate.annotations.ColumnDefault("CURRENT_TIMESTAMP") LocalDateTime timestamp;
            }
            """;

    @DatabaseTest
    void booksThenDescriptionThenReviewsThenDowngrade(TestDatabase db) throws Exception {
        UserProject app = new UserProject(db);
        DatabaseView database = new DatabaseView(db);

        // Step 1: the first model, a books table.
        app.entities(Map.of("Book", BOOK));
        CliRun first = succeeds(app.autogen("revision", "-m", "create books table"));
        assertThat(first.out()).contains("Detected added table books").contains("Generating ");
        assertThat(app.migrationFiles()).hasSize(1);
        assertThat(app.migrationFiles().get(0).getFileName().toString()).endsWith("_CreateBooksTable.java");
        assertThat(database.tables()).doesNotContain("books");

        CliRun upgrade = succeeds(app.autogen("upgrade", "head"));
        assertThat(upgrade.out()).containsPattern("Running upgrade  -> [0-9a-f]{12}, create books table");
        assertThat(database.tables()).contains("books", "autogen_version");
        var books = database.columns("books");
        assertThat(books).containsOnlyKeys("id", "title", "price", "author", "rating", "published");
        assertThat(books.get("title").nullable()).isFalse();
        assertThat(books.get("author").nullable()).isTrue();
        String createBooks = single(database.versions());

        // Step 2: a NOT NULL description with a server default.
        app.entities(Map.of("Book", BOOK_WITH_DESCRIPTION));
        CliRun second = succeeds(app.autogen("revision", "-m", "add description to books"));
        assertThat(second.out()).contains("Detected added column books.description");
        succeeds(app.autogen("upgrade", "head"));
        var description = database.columns("books").get("description");
        assertThat(description.nullable()).isFalse();
        assertThat(description.defaultValue()).hasValueSatisfying(d -> assertThat(d).contains("A short Description"));
        database.execute("INSERT INTO books (title) VALUES ('Dune')");
        assertThat(database.query("SELECT description FROM books WHERE title = 'Dune'"))
                .containsExactly(Map.of("description", "A short Description"));
        String addDescription = single(database.versions());
        assertThat(addDescription).isNotEqualTo(createBooks);

        // Step 3: a reviews table whose timestamp defaults to the current time.
        app.entities(Map.of("Book", BOOK_WITH_DESCRIPTION, "Review", REVIEW));
        CliRun third = succeeds(app.autogen("revision", "-m", "create reviews table"));
        assertThat(third.out()).contains("Detected added table reviews").doesNotContain("books");
        succeeds(app.autogen("upgrade", "head"));
        var reviews = database.columns("reviews");
        assertThat(reviews).containsOnlyKeys("id", "author", "content", "timestamp");
        assertThat(reviews.get("author").size()).isEqualTo(50);
        assertThat(reviews.get("author").nullable()).isFalse();
        assertThat(reviews.get("content").size()).isEqualTo(200);
        database.execute("INSERT INTO reviews (author, content) VALUES ('Ann', 'Great')");
        assertThat(database.query("SELECT timestamp FROM reviews").get(0).get("timestamp")).isNotNull();
        String createReviews = single(database.versions());

        // Right after upgrade head, nothing differs: no file is written.
        CliRun again = succeeds(app.autogen("revision", "-m", "again"));
        assertThat(again.out()).contains("No changes in schema detected.");
        assertThat(app.migrationFiles()).hasSize(3);
        // ... and the CI gate agrees: the schema shows every applied revision, each revision undoes itself.
        assertThat(succeeds(app.autogen("check")).out()).contains("check: no differences found");
        assertThat(succeeds(app.autogen("verify")).out()).contains("revisions checked: 3 of 3");
        assertThat(succeeds(app.autogen("current", "--verbose")).out()).contains("schema: matches " + createReviews);

        // history (newest first) and current.
        List<String> history = succeeds(app.autogen("history")).out().lines().toList();
        assertThat(history).containsExactly(
                addDescription + " -> " + createReviews + " (head) (current), create reviews table",
                createBooks + " -> " + addDescription + ", add description to books",
                "<base> -> " + createBooks + ", create books table");
        assertThat(succeeds(app.autogen("current")).out().strip()).isEqualTo(createReviews + " (head)");

        // Step 4: downgrade -1 drops reviews again; books keep their rows and description.
        CliRun downgrade = succeeds(app.autogen("downgrade", "-1"));
        assertThat(downgrade.out()).contains("Running downgrade " + createReviews + " -> " + addDescription);
        assertThat(database.tables()).doesNotContain("reviews").contains("books");
        assertThat(database.query("SELECT title, description FROM books"))
                .containsExactly(Map.of("title", "Dune", "description", "A short Description"));
        assertThat(database.versions()).containsExactly(addDescription);
        assertThat(succeeds(app.autogen("current")).out().strip()).isEqualTo(addDescription);
        assertThat(succeeds(app.autogen("current", "-v")).out()).contains("schema: matches " + addDescription);
        CliRun behind = app.autogen("check");
        assertThat(behind.exitCode()).isEqualTo(1);
        assertThat(behind.out()).contains("[behind-head]").doesNotContain("[drift]", "[schema-difference]");
        assertThat(succeeds(app.autogen("history")).out().lines().toList()).containsExactly(
                addDescription + " -> " + createReviews + " (head), create reviews table",
                createBooks + " -> " + addDescription + " (current), add description to books",
                "<base> -> " + createBooks + ", create books table");
    }

    static CliRun succeeds(CliRun run) {
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.err()).as(run.toString()).isEmpty();
        return run;
    }

    static String single(List<String> versions) {
        assertThat(versions).hasSize(1);
        return versions.get(0);
    }
}
