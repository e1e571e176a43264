package dev.autogen.cli;

import static dev.autogen.cli.BooksTutorialTest.succeeds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.autogen.testing.DatabaseTest;
import dev.autogen.testing.TestDatabase;
import dev.autogen.testing.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Objects in the database that are not autogen's (issue 10): Hibernate's temporary mutation
 * tables ({@code HTE_*}), an entity mapped onto a view, and on SQLite what a table rebuild must
 * keep although the model has no words for it. Each run through the commands a user types, with
 * rows in the tables.
 */
class ForeignObjectsTest {
    static final String BOOK = """
            package com.example.model;

            import jakarta.persistence.*;

            @Entity
            @Table(name = "books")
            public class Book {
                @Id Long id;
                @Column(nullable = false, length = 100) String title;
                @Column(length = 20) String isbn;
            }
            """;

    static final String BOOK_SUMMARY = """
            package com.example.model;

            import jakarta.persistence.*;
            import org.hibernate.annotations.Immutable;

            @Entity
            @Immutable
            @Table(name = "book_summary")
            public class BookSummary {
                @Id Long id;
                String title;
            }
            """;

    @DatabaseTest
    void aViewAndHibernatesTemporaryTablesAreNeverTheMigrations(TestDatabase db) throws Exception {
        UserProject app = new UserProject(db);
        DatabaseView database = new DatabaseView(db);
        app.entities(Map.of("Book", BOOK));
        succeeds(app.autogen("revision", "-m", "books"));
        succeeds(app.autogen("upgrade", "head"));
        for (int i = 1; i <= 40; i++) {
            database.execute("INSERT INTO books (id, title, isbn) VALUES (" + i + ", 'title " + i + "', 'isbn-" + i + "')");
        }
        // What a DBA and a running application add beside the migrations.
        database.execute("CREATE VIEW book_summary AS SELECT id, upper(title) AS title FROM books");
        database.execute("CREATE TABLE HTE_books (id BIGINT, title VARCHAR(100), isbn VARCHAR(20), rn_ INTEGER NOT NULL)");
        database.execute("INSERT INTO HTE_books (id, rn_) VALUES (1, 1)");
        app.entities(Map.of("Book", BOOK, "BookSummary", BOOK_SUMMARY));

        CliRun nothing = succeeds(app.autogen("revision", "-m", "nothing"));
        assertThat(nothing.out()).contains("No changes in schema detected.").doesNotContain("HTE", "hte");
        assertThat(nothing.out().lines().filter(l -> l.contains("mapped to a view"))).containsExactly(
                "Note: entity table book_summary is mapped to a view, not managed");
        assertThat(app.migrationFiles()).hasSize(1);

        CliRun check = succeeds(app.autogen("check"));
        assertThat(check.out()).contains("check: no differences found", "book_summary is mapped to a view, not managed")
                .doesNotContainIgnoringCase("hte_books");

        // A change of the table the view reads: neither the view nor the temporary table is touched.
        app.entities(Map.of("Book", BOOK.replace("length = 20", "length = 40"), "BookSummary", BOOK_SUMMARY));
        succeeds(app.autogen("revision", "-m", "longer isbn"));
        Path file = app.migrationFiles().get(app.migrationFiles().size() - 1);
        assertThat(Files.readString(file)).contains("isbn").doesNotContainIgnoringCase("hte_")
                .doesNotContain("book_summary");
        succeeds(app.autogen("upgrade", "head"));
        assertThat(succeeds(app.autogen("check")).out()).contains("check: no differences found");
        assertThat(count(database, "SELECT count(*) FROM book_summary WHERE title = 'TITLE 7'")).isEqualTo(1);
        assertThat(count(database, "SELECT count(*) FROM HTE_books")).isEqualTo(1);

        succeeds(app.autogen("downgrade", "-1"));
        assertThat(count(database, "SELECT count(*) FROM book_summary")).isEqualTo(40);
        assertThat(database.tables()).anyMatch(t -> t.equalsIgnoreCase("HTE_books"));
    }

    static final String SHELF = """
            package com.example.model;

            import jakarta.persistence.*;

            @Entity
            @Table(name = "shelf")
            public class Shelf {
                @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                @Column(nullable = false, length = 30) String code;
                @Column(nullable = false) Integer qty;
            }
            """;

    /**
     * The case of the issue, on SQLite: a table with a trigger, an expression index, a partial unique
     * index, a generated column and a {@code COLLATE NOCASE} column, one of its columns widened by a
     * revision. All five are still there and still act, check is clean, and the downgrade gives
     * back the table's stored text.
     */
    @Test
    void aSqliteRebuildKeepsWhatTheModelDoesNotHold() throws Exception {
        TestDatabase db = TestDatabases.create("sqlite");
        try {
            UserProject app = new UserProject(db);
            // The table the trigger writes to is the application's, not the entities'.
            app.writeConfig("""
                    url=%s
                    script.location=src/main/java/com/example/migrations
                    entities.classpath=target/classes
                    entities.packages=com.example.model
                    exclude.tables=moves
                    """.formatted(db.url()));
            DatabaseView database = new DatabaseView(db);
            database.execute("""
                    CREATE TABLE "shelf" (id INTEGER PRIMARY KEY, code VARCHAR(30) COLLATE NOCASE NOT NULL,\
                     qty INT4 NOT NULL, twice INT GENERATED ALWAYS AS (qty * 2) VIRTUAL)""");
            database.execute("CREATE INDEX ix_shelf_lower ON shelf (lower(code))");
            database.execute("CREATE UNIQUE INDEX ux_shelf_stocked ON shelf (code) WHERE qty > 0");
            database.execute("CREATE TABLE moves (shelf_id INTEGER, qty INTEGER)");
            database.execute("CREATE TRIGGER tr_shelf_qty AFTER UPDATE OF qty ON shelf"
                    + " BEGIN INSERT INTO moves VALUES (new.id, new.qty - old.qty); END");
            for (int i = 1; i <= 50; i++) {
                database.execute("INSERT INTO shelf (code, qty) VALUES ('c-" + i + "', " + i % 4 + ")");
            }
            app.entities(Map.of("Shelf", SHELF));
            succeeds(app.autogen("baseline", "-m", "existing shelf"));
            assertThat(succeeds(app.autogen("check")).out()).contains("check: no differences found");
            List<Map<String, Object>> stored = storedObjects(database);
            List<Map<String, Object>> rows = database.query("SELECT id, code, qty, twice FROM shelf ORDER BY id");

            app.entities(Map.of("Shelf", SHELF.replace("length = 30", "length = 60")));
            assertThat(succeeds(app.autogen("revision", "-m", "longer code")).out())
                    .contains("Detected altered column shelf.code: type");
            succeeds(app.autogen("upgrade", "head"));

            assertThat(database.query("SELECT id, code, qty, twice FROM shelf ORDER BY id")).isEqualTo(rows);
            assertThat(succeeds(app.autogen("check")).out()).contains("check: no differences found");
            assertThat(storedObjects(database)).hasSameSizeAs(stored);
            assertThat(database.query("SELECT sql FROM sqlite_master WHERE name = 'shelf'").get(0).get("sql"))
                    .asString().contains("code VARCHAR(60) COLLATE NOCASE NOT NULL", "qty INT4 NOT NULL",
                            "GENERATED ALWAYS AS (qty * 2) VIRTUAL");
            // Each object acts: the collation, the partial unique index, the trigger, the generated column.
            assertThat(count(database, "SELECT count(*) FROM shelf WHERE code = 'C-5'")).isEqualTo(1);
            assertThatThrownBy(() -> database.execute("INSERT INTO shelf (code, qty) VALUES ('c-1', 9)"))
                    .hasMessageContaining("UNIQUE");
            database.execute("INSERT INTO shelf (code, qty) VALUES ('c-4', 0)");
            database.execute("UPDATE shelf SET qty = qty + 10 WHERE id = 3");
            assertThat(count(database, "SELECT qty FROM moves")).isEqualTo(10);
            assertThat(count(database, "SELECT count(*) FROM moves")).isEqualTo(1);
            assertThat(count(database, "SELECT twice FROM shelf WHERE id = 3")).isEqualTo(26);
            assertThat(database.query("EXPLAIN QUERY PLAN SELECT id FROM shelf WHERE lower(code) = 'c-9'").toString())
                    .contains("ix_shelf_lower");
            database.execute("DELETE FROM shelf WHERE id > 50");
            database.execute("UPDATE shelf SET qty = qty - 10 WHERE id = 3");
            database.execute("DELETE FROM moves");

            succeeds(app.autogen("downgrade", "-1"));
            assertThat(storedObjects(database)).isEqualTo(stored);
            assertThat(database.query("SELECT id, code, qty, twice FROM shelf ORDER BY id")).isEqualTo(rows);
        } finally {
            TestDatabases.drop(db);
        }
    }

    static final String AUTHOR = """
            package com.example.model;

            import jakarta.persistence.*;

            @Entity
            @Table(name = "authors")
            public class Author {
                @Id Long id;
                String name;
            }
            """;

    static final String NOVEL = """
            package com.example.model;

            import jakarta.persistence.*;

            @Entity
            @Table(name = "novels")
            public class Novel {
                @Id Long id;
                String title;
                @Column(name = "author_id") Long authorId;
            }
            """;

    /** The author becomes a relation: a foreign key, which SQLite adds by a rebuild. */
    static final String NOVEL_BY_AUTHOR = NOVEL.replace("@Column(name = \"author_id\") Long authorId;",
            "@ManyToOne @JoinColumn(name = \"author_id\", foreignKey = @ForeignKey(name = \"fk_novels_author\"))"
                    + " Author author;");

    /**
     * On SQLite a rebuild that adds a foreign key enforces nothing by itself: rows without an author
     * fail the upgrade with one line naming the table and the count, exit 2, and nothing changes.
     */
    @Test
    void aForeignKeyThatRowsBreakFailsTheUpgradeOnSqlite() throws Exception {
        TestDatabase db = TestDatabases.create("sqlite");
        try {
            UserProject app = new UserProject(db);
            DatabaseView database = new DatabaseView(db);
            app.entities(Map.of("Author", AUTHOR, "Novel", NOVEL));
            succeeds(app.autogen("revision", "-m", "novels"));
            succeeds(app.autogen("upgrade", "head"));
            database.execute("INSERT INTO authors (id, name) VALUES (1, 'Ann'), (2, 'Bob')");
            for (int i = 1; i <= 20; i++) {
                database.execute("INSERT INTO novels (id, title, author_id) VALUES (" + i + ", 'n" + i + "', "
                        + (i <= 3 ? 90 + i : i % 2 + 1) + ")");
            }
            app.entities(Map.of("Author", AUTHOR, "Novel", NOVEL_BY_AUTHOR));
            assertThat(succeeds(app.autogen("revision", "-m", "novels by author")).out())
                    .contains("Detected added foreign key");
            List<String> versions = database.versions();
            List<Map<String, Object>> stored = storedObjects(database);
            List<Map<String, Object>> rows = database.query("SELECT id, title, author_id FROM novels ORDER BY id");

            CliRun upgrade = app.autogen("upgrade", "head");
            assertThat(upgrade.exitCode()).as(upgrade.toString()).isEqualTo(2);
            assertThat(upgrade.err().lines()).as(upgrade.toString()).hasSize(1);
            assertThat(upgrade.err()).contains("rolled back", "3 rows of table novels break the foreign key"
                    + " fk_novels_author (author_id) -> authors(id)");
            assertThat(database.versions()).isEqualTo(versions);
            assertThat(storedObjects(database)).isEqualTo(stored);
            assertThat(database.query("SELECT id, title, author_id FROM novels ORDER BY id")).isEqualTo(rows);

            database.execute("UPDATE novels SET author_id = 1 WHERE author_id > 2");
            succeeds(app.autogen("upgrade", "head"));
            assertThat(database.query("SELECT count(*) AS n FROM pragma_foreign_key_list('novels')").toString())
                    .contains("n=1");
        } finally {
            TestDatabases.drop(db);
        }
    }

    private static long count(DatabaseView database, String query) throws Exception {
        return ((Number) database.query(query).get(0).values().iterator().next()).longValue();
    }

    private static List<Map<String, Object>> storedObjects(DatabaseView database) throws Exception {
        return database.query("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'autogen%'"
                + " ORDER BY type, name");
    }
}
