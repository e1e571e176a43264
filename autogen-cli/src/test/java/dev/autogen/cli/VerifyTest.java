package dev.autogen.cli;

import static dev.autogen.cli.BooksTutorialTest.BOOK;
import static dev.autogen.cli.BooksTutorialTest.BOOK_WITH_DESCRIPTION;
import static dev.autogen.cli.BooksTutorialTest.REVIEW;
import static dev.autogen.cli.BooksTutorialTest.succeeds;
import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.testing.DatabaseTest;
import dev.autogen.testing.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code autogen verify} on the books tutorial's generated migrations: untouched they pass; broken
 * in each of the ways users break them, verify exits 1 naming the revision and the difference. The
 * configured database is never touched, and on PostgreSQL no scratch schema outlives a run.
 */
class VerifyTest {
    private static final Pattern SCRATCH_SCHEMA = Pattern.compile("schema (autogen_verify_[0-9]+_[0-9a-f]+) in ");

    private static final List<String> MESSAGES = List.of("create books table", "add description to books",
            "create reviews table");

    /** The tutorial's three revisions, generated and applied; returns their ids, oldest first. */
    static List<String> booksTutorial(UserProject app) {
        app.entities(Map.of("Book", BOOK));
        succeeds(app.autogen("revision", "-m", "create books table"));
        succeeds(app.autogen("upgrade", "head"));
        app.entities(Map.of("Book", BOOK_WITH_DESCRIPTION));
        succeeds(app.autogen("revision", "-m", "add description to books"));
        succeeds(app.autogen("upgrade", "head"));
        app.entities(Map.of("Book", BOOK_WITH_DESCRIPTION, "Review", REVIEW));
        succeeds(app.autogen("revision", "-m", "create reviews table"));
        succeeds(app.autogen("upgrade", "head"));
        return MESSAGES.stream().map(m -> revisionId(file(app, m))).toList();
    }

    @DatabaseTest
    void theTutorialsUntouchedMigrationsPass(TestDatabase db) throws Exception {
        UserProject app = new UserProject(db);
        List<String> ids = booksTutorial(app);
        List<String> tablesBefore = new DatabaseView(db).tables();

        CliRun verify = verify(app, db);

        assertThat(verify.exitCode()).as(verify.toString()).isZero();
        assertThat(verify.err()).isEmpty();
        assertThat(verify.out()).contains("revisions checked: 3 of 3", "head vs entities: the same",
                "verify: no differences found");
        assertThat(verify.out()).doesNotContain("error:");
        assertThat(verify.out()).contains(db.isSqlite() ? "scratch database: in-memory SQLite database"
                : db.isMariaDb() ? "scratch database: database autogen_verify_" : "scratch database: schema autogen_verify_");
        assertThat(new DatabaseView(db).tables()).isEqualTo(tablesBefore);
        assertThat(new DatabaseView(db).versions()).containsExactly(ids.get(2));
        if (db.isMariaDb()) {
            java.util.regex.Matcher scratch = java.util.regex.Pattern.compile("autogen_verify_[0-9a-f]+")
                    .matcher(verify.out());
            assertThat(scratch.find()).isTrue();
            assertThat(new DatabaseView(db).query("SELECT schema_name FROM information_schema.schemata"
                    + " WHERE schema_name = '" + scratch.group() + "'")).as("the scratch database is dropped").isEmpty();
        }
    }

    @DatabaseTest
    void aCreateTableRemovedFromAnUpgradeIsFound(TestDatabase db) throws Exception {
        UserProject app = new UserProject(db);
        List<String> ids = booksTutorial(app);
        edit(app, 2, source -> source.replaceAll("(?s)op\\.createTable\\(\"reviews\".*?\\);\\n", ""));

        CliRun verify = verify(app, db);

        assertThat(verify.exitCode()).as(verify.toString()).isEqualTo(1);
        assertThat(verify.out()).contains("error: revision " + ids.get(2)
                + ": upgrade() of \"create reviews table\" makes no change [empty-revision]");
        assertThat(verify.out()).contains("error: revision " + ids.get(2) + ": downgrade of " + ids.get(2)
                + " fails: dropTable(reviews): table reviews does not exist at this revision [downgrade-failed]");
        assertThat(verify.out()).contains("error: the migrations never create table reviews [head-differs-from-entities]");
    }

    @DatabaseTest
    void anEmptiedDowngradeIsFound(TestDatabase db) throws Exception {
        UserProject app = new UserProject(db);
        List<String> ids = booksTutorial(app);
        edit(app, 2, source -> source.replaceAll("(?s)(void downgrade\\(Operations op\\) \\{\\n).*?(\\n    }\\n)", "$1$2"));

        CliRun verify = verify(app, db);

        assertThat(verify.exitCode()).as(verify.toString()).isEqualTo(1);
        assertThat(verify.out()).contains("error: revision " + ids.get(2) + ": downgrade of " + ids.get(2)
                + " does not undo its upgrade: table reviews is still there after the downgrade [downgrade-not-undone]");
        assertThat(verify.out()).contains("revisions checked: 3 of 3", "head vs entities: the same");
    }

    @DatabaseTest
    void anEmptiedUpgradeIsFound(TestDatabase db) throws Exception {
        UserProject app = new UserProject(db);
        List<String> ids = booksTutorial(app);
        edit(app, 1, source -> source.replaceAll("(?s)(void upgrade\\(Operations op\\) \\{\\n).*?(\\n    }\\n)", "$1$2"));

        CliRun verify = verify(app, db);

        assertThat(verify.exitCode()).as(verify.toString()).isEqualTo(1);
        assertThat(verify.out()).contains("error: revision " + ids.get(1) + ": upgrade() of \"add description to books\""
                + " makes no change [empty-revision]");
        assertThat(verify.out()).contains("error: the migrations never create column books.description"
                + " [head-differs-from-entities]");
        // The later revision is still checked, on a database rebuilt without the broken one's leftovers.
        assertThat(verify.out()).contains("revisions checked: 3 of 3").doesNotContain(ids.get(2));
    }

    @DatabaseTest
    void aMigrationThatFailsToRunStopsTheReplayAndSaysWhatWasNotChecked(TestDatabase db) throws Exception {
        UserProject app = new UserProject(db);
        List<String> ids = booksTutorial(app);
        edit(app, 1, source -> source.replace("void upgrade(Operations op) {\n",
                "void upgrade(Operations op) {\n        op.execute(\"INSERT INTO nowhere VALUES (1)\");\n"));

        CliRun verify = verify(app, db);

        assertThat(verify.exitCode()).as(verify.toString()).isEqualTo(1);
        assertThat(verify.out()).containsPattern("error: revision " + ids.get(1) + ": upgrade of " + ids.get(1)
                + " fails: .*nowhere.* \\[statement: INSERT INTO nowhere VALUES \\(1\\)\\] \\[migration-failed\\]");
        assertThat(verify.out()).contains("revisions checked: 1 of 3",
                "stopped at revision " + ids.get(1) + "; not checked: " + ids.get(2),
                "head vs entities: skipped, the migrations did not all run");
    }

    @DatabaseTest
    void anEntityTheMigrationsNeverCreateIsFound(TestDatabase db) throws Exception {
        UserProject app = new UserProject(db);
        booksTutorial(app);
        app.entities(Map.of("Book", BOOK_WITH_DESCRIPTION.replace("@Column(nullable = false) String title;",
                "@Column(nullable = false) String title;\n    @Column(nullable = false) Integer pages;"),
                "Review", REVIEW, "Author", """
                package com.example.model;

                import jakarta.persistence.*;

                @Entity
                @Table(name = "authors")
                public class Author {
                    @Id Long id;
                    String name;
                }
                """));

        CliRun verify = verify(app, db);

        assertThat(verify.exitCode()).as(verify.toString()).isEqualTo(1);
        assertThat(verify.out()).contains("error: the migrations never create table authors [head-differs-from-entities]",
                "error: the migrations never create column books.pages [head-differs-from-entities]",
                "head vs entities: 2 differences");
    }

    @DatabaseTest
    void theGeneratedJavadocFlagsWhatVerifyWarnsAboutInTheSameWords(TestDatabase db) throws Exception {
        UserProject app = new UserProject(db);
        booksTutorial(app);
        app.entities(Map.of("Review", REVIEW, "Book", BOOK_WITH_DESCRIPTION
                .replace("@Table(name = \"books\")",
                        "@Table(name = \"books\", indexes = @Index(name = \"ix_books_author\", columnList = \"author\"))")
                .replace("    Double rating;\n", "")));
        succeeds(app.autogen("revision", "-m", "index authors, drop ratings"));
        succeeds(app.autogen("upgrade", "head"));
        String javadoc = read(file(app, "index authors, drop ratings")).replaceAll("\n \\*\\s*", " ");
        String id = revisionId(file(app, "index authors, drop ratings"));

        CliRun verify = verify(app, db);

        assertThat(verify.exitCode()).as(verify.toString()).isZero();
        String dropped = "dropped column books.rating: the column and all its values are deleted";
        assertThat(verify.out()).contains("warning: revision " + id + ": " + dropped + " [data-loss]");
        assertThat(javadoc).contains("DATA LOSS: dropped column books.rating (the column and all its values are"
                + " deleted; make sure nothing reads it any more");
        String blocking = "added index ix_books_author on books(author): CREATE INDEX without CONCURRENTLY blocks"
                + " every write to books until the index is built";
        if (db.isPostgres()) {
            assertThat(verify.out()).contains("warning: revision " + id + ": " + blocking + " [blocking-index]");
            assertThat(javadoc).contains("BLOCKS WRITES: added index ix_books_author on books(author) (CREATE INDEX"
                    + " without CONCURRENTLY blocks every write to books until the index is built;");
        } else {
            assertThat(verify.out()).doesNotContain("[blocking-index]");
            assertThat(javadoc).contains("- added index ix_books_author on books(author)").doesNotContain("BLOCKS WRITES");
        }
    }

    /** Runs verify and, on PostgreSQL, checks that its scratch schema is gone afterwards. */
    private static CliRun verify(UserProject app, TestDatabase db, String... options) throws SQLException {
        String[] args = new String[options.length + 1];
        args[0] = "verify";
        System.arraycopy(options, 0, args, 1, options.length);
        CliRun run = app.autogen(args);
        if (db.isPostgres()) {
            Matcher scratch = SCRATCH_SCHEMA.matcher(run.out());
            assertThat(scratch.find()).as(run.toString()).isTrue();
            assertThat(schemaExists(db, scratch.group(1))).as("scratch schema " + scratch.group(1) + " left behind")
                    .isFalse();
        }
        return run;
    }

    static boolean schemaExists(TestDatabase db, String schema) throws SQLException {
        try (Connection c = DriverManager.getConnection(db.url());
                ResultSet rs = c.createStatement().executeQuery(
                        "SELECT 1 FROM pg_namespace WHERE nspname = '" + schema + "'")) {
            return rs.next();
        }
    }

    /** The migration file of the tutorial's revision with this message. */
    static Path file(UserProject app, String message) {
        return app.migrationFiles().stream().filter(f -> read(f).contains("message = \"" + message + "\""))
                .findFirst().orElseThrow();
    }

    static void edit(UserProject app, int index, java.util.function.UnaryOperator<String> change) throws IOException {
        Path file = file(app, MESSAGES.get(index));
        String before = Files.readString(file);
        String after = change.apply(before);
        assertThat(after).as("edit of " + file.getFileName()).isNotEqualTo(before);
        Files.writeString(file, after);
    }

    static String revisionId(Path file) {
        Matcher id = Pattern.compile("id = \"([0-9a-f]{12})\"").matcher(read(file));
        assertThat(id.find()).isTrue();
        return id.group(1);
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
