package dev.autogen.dialect.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.autogen.migration.Alter;
import dev.autogen.migration.Migration;
import dev.autogen.migration.Operations;
import dev.autogen.migration.Type;
import dev.autogen.revision.LoadedRevision;
import dev.autogen.revision.RevisionInfo;
import dev.autogen.runtime.Direction;
import dev.autogen.runtime.MigrationFailedException;
import dev.autogen.runtime.MigrationStep;
import dev.autogen.runtime.Migrator;
import dev.autogen.schema.ColumnType;
import dev.autogen.schema.Table;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rebuild run by the migrator on a live SQLite file keeps what the schema model has no words
 * for (issue 10): a trigger, an expression index, a partial unique index, a generated column, a
 * {@code COLLATE NOCASE} column, a declared type spelled {@code INT4}, {@code AUTOINCREMENT}, a
 * named check, a view and another table's trigger naming the table. Rows are checksummed, each
 * object is made to act, and a downgrade gives back the stored text it started from.
 */
class SqliteRebuildKeepsObjectsTest {
    private static final int ROWS = 300;

    /** Written as a person would, with line breaks; the name quoted as SQLite's RENAME writes it. */
    static final String BOOKS = """
            CREATE TABLE "books" (
              id INTEGER PRIMARY KEY AUTOINCREMENT,
              code VARCHAR(30) COLLATE NOCASE NOT NULL,
              qty INT4 NOT NULL DEFAULT 0 CHECK (qty >= 0),
              price NUMERIC(10, 2),
              doubled INT GENERATED ALWAYS AS (qty * 2) STORED,
              author_id INTEGER,
              CONSTRAINT ck_books_price CHECK (price IS NULL OR price > 0)
            )""";

    private final SqliteDialect sqlite = new SqliteDialect();
    private String url;

    @BeforeEach
    void createAndFill(@TempDir Path dir) throws SQLException {
        url = "jdbc:sqlite:" + dir.resolve("shop.db");
        execute(BOOKS,
                "CREATE TABLE authors (id INTEGER PRIMARY KEY, name TEXT NOT NULL)",
                "CREATE INDEX ix_books_lower_code ON books (lower(code))",
                "CREATE UNIQUE INDEX ux_books_code_in_stock ON books (code) WHERE qty > 0",
                "CREATE INDEX ix_books_qty ON books (qty DESC)",
                "CREATE TABLE audit (book_id INTEGER, note TEXT)",
                "CREATE TRIGGER tr_books_qty AFTER UPDATE OF qty ON books"
                        + " BEGIN INSERT INTO audit VALUES (new.id, 'qty ' || new.qty); END",
                "CREATE TRIGGER tr_authors_gone AFTER DELETE ON authors"
                        + " BEGIN UPDATE books SET author_id = NULL WHERE author_id = old.id; END",
                "CREATE VIEW book_codes AS SELECT id, upper(code) AS code FROM books",
                "INSERT INTO authors (id, name) VALUES (1, 'Ann'), (2, 'Bob')");
        List<String> rows = new ArrayList<>();
        for (int i = 1; i <= ROWS; i++) {
            rows.add("INSERT INTO books (code, qty, price, author_id) VALUES ('book-%04d', %d, %s, %d)"
                    .formatted(i, i % 7, i % 5 == 0 ? "NULL" : i + ".25", i % 2 + 1));
        }
        execute(rows.toArray(String[]::new));
    }

    @Test
    void aWideningKeepsEveryObjectAndADowngradeGivesBackTheSameText() throws SQLException {
        List<String> storedBefore = stored();
        String rowsBefore = checksum();

        run(op -> op.alterColumn("books", "price", Alter.type(Type.numeric(12, 2))),
                op -> op.alterColumn("books", "price", Alter.type(Type.numeric(10, 2))), Direction.UPGRADE);

        assertThat(checksum()).isEqualTo(rowsBefore);
        assertThat(tableSql()).isEqualTo(BOOKS.replace("price NUMERIC(10, 2)", "price NUMERIC(12, 2)"));
        assertThat(names()).containsExactlyInAnyOrder("authors", "audit", "books", "book_codes",
                "ix_books_lower_code", "ux_books_code_in_stock", "ix_books_qty", "tr_books_qty", "tr_authors_gone");
        try (Connection c = DriverManager.getConnection(url)) {
            Table books = sqlite.reflect(c, name -> name.equals("books")).table("books").orElseThrow();
            assertThat(books.column("price").orElseThrow().type()).isEqualTo(new ColumnType.Numeric(12, 2));
        }
        everyObjectStillActs();

        run(op -> op.alterColumn("books", "price", Alter.type(Type.numeric(12, 2))),
                op -> op.alterColumn("books", "price", Alter.type(Type.numeric(10, 2))), Direction.DOWNGRADE);
        assertThat(stored()).isEqualTo(storedBefore);
    }

    /** The rebuild's target is what each object does, not only that its name is listed. */
    private void everyObjectStillActs() throws SQLException {
        // COLLATE NOCASE: an upper-case literal finds the lower-case code.
        assertThat(count("SELECT count(*) FROM books WHERE code = 'BOOK-0007'")).isEqualTo(1);
        // The partial unique index refuses a second copy of a code in stock, and allows one out of stock.
        assertThatThrownBy(() -> execute("INSERT INTO books (code, qty) VALUES ('book-0001', 3)"))
                .isInstanceOf(SQLException.class).hasMessageContaining("UNIQUE");
        execute("INSERT INTO books (code, qty) VALUES ('book-0007', 0)");
        // The generated column computes for a new row; AUTOINCREMENT goes on after the last id.
        assertThat(count("SELECT doubled FROM books WHERE id = " + (ROWS + 1))).isZero();
        execute("UPDATE books SET qty = 21 WHERE id = " + (ROWS + 1));
        assertThat(count("SELECT doubled FROM books WHERE id = " + (ROWS + 1))).isEqualTo(42);
        assertThat(count("SELECT seq FROM sqlite_sequence WHERE name = 'books'")).isEqualTo(ROWS + 1);
        // The trigger fired for that update.
        assertThat(count("SELECT count(*) FROM audit WHERE note = 'qty 21'")).isEqualTo(1);
        // The other table's trigger still reaches books.
        execute("DELETE FROM authors WHERE id = 2");
        assertThat(count("SELECT count(*) FROM books WHERE author_id = 2")).isZero();
        // The view reads the rebuilt table; the planner still uses the expression index.
        assertThat(count("SELECT count(*) FROM book_codes WHERE code = 'BOOK-0010'")).isEqualTo(1);
        assertThat(plan("SELECT id FROM books WHERE lower(code) = 'book-0003'")).contains("ix_books_lower_code");
        // The checks: the one inside a column and the named one.
        assertThatThrownBy(() -> execute("UPDATE books SET qty = -1 WHERE id = 1"))
                .isInstanceOf(SQLException.class).hasMessageContaining("CHECK");
        assertThatThrownBy(() -> execute("UPDATE books SET price = -1 WHERE id = 1"))
                .isInstanceOf(SQLException.class).hasMessageContaining("ck_books_price");
        execute("DELETE FROM books WHERE id > " + ROWS, "DELETE FROM audit",
                "INSERT INTO authors (id, name) VALUES (2, 'Bob')");
    }

    @Test
    void aForeignKeyThatRowsBreakFailsTheRevisionAndChangesNothing() throws SQLException {
        execute("UPDATE books SET author_id = 99 WHERE id IN (3, 4, 5)");
        List<String> storedBefore = stored();
        String rowsBefore = checksum();

        assertThatThrownBy(() -> run(op -> op.createForeignKey("fk_books_author", "books", List.of("author_id"),
                "authors", List.of("id")), op -> op.dropConstraint("fk_books_author", "books"), Direction.UPGRADE))
                .isInstanceOf(MigrationFailedException.class)
                .hasMessageContaining("rolled back")
                .hasMessageContaining("3 rows of table books break the foreign key fk_books_author (author_id) -> authors(id)")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));

        assertThat(stored()).isEqualTo(storedBefore);
        assertThat(checksum()).isEqualTo(rowsBefore);
        assertThat(count("SELECT count(*) FROM sqlite_master WHERE name LIKE 'autogen%'"))
                .as("the version table, created in the same transaction, is rolled back too").isZero();
    }

    @Test
    void aForeignKeyThatAllRowsKeepIsAdded() throws SQLException {
        String rowsBefore = checksum();
        run(op -> op.createForeignKey("fk_books_author", "books", List.of("author_id"), "authors", List.of("id")),
                op -> op.dropConstraint("fk_books_author", "books"), Direction.UPGRADE);
        assertThat(tableSql()).endsWith("""
                  CONSTRAINT ck_books_price CHECK (price IS NULL OR price > 0)
                , CONSTRAINT fk_books_author FOREIGN KEY (author_id) REFERENCES authors (id))""");
        assertThat(checksum()).isEqualTo(rowsBefore);
        assertThat(names()).contains("tr_books_qty", "ux_books_code_in_stock", "ix_books_lower_code");
    }

    @Test
    void rowsThatAlreadyBreakAKeyTheChangeKeepsDoNotStopIt() throws SQLException {
        run(op -> op.createForeignKey("fk_books_author", "books", List.of("author_id"), "authors", List.of("id")),
                op -> op.dropConstraint("fk_books_author", "books"), Direction.UPGRADE);
        execute("UPDATE books SET author_id = 99 WHERE id = 3");
        runSecond(op -> op.alterColumn("books", "price", Alter.type(Type.numeric(12, 2))));
        assertThat(count("SELECT count(*) FROM pragma_foreign_key_check('books')")).isEqualTo(1);
    }

    private void run(Consumer<Operations> upgrade, Consumer<Operations> downgrade, Direction direction) {
        LoadedRevision revision = revision("a00000000001", List.of(), upgrade, downgrade);
        new Migrator(() -> DriverManager.getConnection(url), sqlite, "autogen_version", List.of(revision.info()),
                line -> { }).run(List.of(new MigrationStep(revision, direction)));
    }

    private void runSecond(Consumer<Operations> upgrade) {
        LoadedRevision first = revision("a00000000001", List.of(), op -> { }, op -> { });
        LoadedRevision second = revision("a00000000002", List.of("a00000000001"), upgrade, op -> { });
        new Migrator(() -> DriverManager.getConnection(url), sqlite, "autogen_version",
                List.of(first.info(), second.info()), line -> { })
                .run(List.of(new MigrationStep(second, Direction.UPGRADE)));
    }

    private static LoadedRevision revision(String id, List<String> parents, Consumer<Operations> upgrade,
            Consumer<Operations> downgrade) {
        Migration migration = new Migration() {
            @Override
            public void upgrade(Operations op) {
                upgrade.accept(op);
            }

            @Override
            public void downgrade(Operations op) {
                downgrade.accept(op);
            }
        };
        return new LoadedRevision(new RevisionInfo(id, parents, "test", "", List.of()), migration, null);
    }

    /** Every stored object but autogen's own tables, as type, name and statement. */
    private List<String> stored() throws SQLException {
        return strings("SELECT type || ' ' || name || ': ' || sql FROM sqlite_master WHERE sql IS NOT NULL"
                + " AND name NOT LIKE 'autogen%' ORDER BY type, name");
    }

    private List<String> names() throws SQLException {
        return strings("SELECT name FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'autogen%'"
                + " AND name <> 'sqlite_sequence'");
    }

    private String tableSql() throws SQLException {
        return strings("SELECT sql FROM sqlite_master WHERE name = 'books'").get(0);
    }

    /** Every value of every row of books, in id order. */
    private String checksum() throws SQLException {
        return String.join("\n", strings("SELECT id || '|' || code || '|' || qty || '|' || ifnull(price, '-') || '|'"
                + " || doubled || '|' || ifnull(author_id, '-') FROM books ORDER BY id"));
    }

    /** The query plan's steps in one line. */
    private String plan(String query) throws SQLException {
        List<String> details = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("EXPLAIN QUERY PLAN " + query)) {
            while (r.next()) {
                details.add(r.getString("detail"));
            }
        }
        return String.join(" ", details);
    }

    private List<String> strings(String query) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
                ResultSet r = s.executeQuery(query)) {
            while (r.next()) {
                values.add(r.getString(1));
            }
        }
        return values;
    }

    private long count(String query) throws SQLException {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
                ResultSet r = s.executeQuery(query)) {
            r.next();
            return r.getLong(1);
        }
    }

    private void execute(String... statements) throws SQLException {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }
}
