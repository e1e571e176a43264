package dev.autogen.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.testing.DatabaseTest;
import dev.autogen.testing.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;

/**
 * 100,000 rows through changes SQLite can only make by rebuilding the table (type, nullability, a
 * new check): every row comes through unchanged, checked by a digest over all rows, and the
 * table's indexes, its unique constraint, its own foreign key and the foreign key of another
 * table pointing at it all still hold. PostgreSQL alters in place, MariaDB copies the table itself;
 * the same checks hold there.
 */
class LargeTableRebuildTest {
    static final int BOOKS = 100_000;
    static final String R1 = "d00000000001";
    static final String R2 = "d00000000002";

    @DatabaseTest
    void everyRowSurvivesARebuild(TestDatabase db) throws Exception {
        MigrationSources migrations = new MigrationSources(db)
                .first(R1, """
                        op.createTable("authors", column("id", Type.bigint()).notNull(), column("name", Type.varchar(50)),
                                primaryKey("id"));
                        op.createTable("books",
                                column("id", Type.bigint()).notNull(),
                                column("title", Type.varchar(100)).notNull(),
                                column("price", Type.numeric(10, 2)),
                                column("author_id", Type.bigint()),
                                primaryKey("id"),
                                unique("uq_books_title", "title"),
                                foreignKey("fk_books_author", List.of("author_id"), "authors", List.of("id"),
                                        ReferentialAction.CASCADE),
                                index("ix_books_price", "price"));
                        op.createTable("reviews", column("id", Type.bigint()).notNull(), column("book_id", Type.bigint()),
                                column("stars", Type.smallint()), primaryKey("id"),
                                foreignKey("fk_reviews_book", List.of("book_id"), "books", List.of("id"),
                                        ReferentialAction.CASCADE));
                        """, "op.dropTable(\"reviews\");\nop.dropTable(\"books\");\nop.dropTable(\"authors\");")
                .revision(R2, R1, """
                        op.alterColumn("books", "title", Alter.type(Type.varchar(300)));
                        op.alterColumn("books", "price", Alter.nullable(false));
                        op.createCheckConstraint("ck_books_price", "books", "price >= 0");
                        """, """
                        op.dropConstraint("ck_books_price", "books");
                        op.alterColumn("books", "price", Alter.nullable(true));
                        op.alterColumn("books", "title", Alter.type(Type.varchar(100)));
                        """);
        JdbcCatalog catalog = new JdbcCatalog(db);
        migrations.upgrade(R1);
        if (db.isMariaDb()) {
            fillOnMariaDb(catalog);
        } else {
            fill(catalog);
        }
        String books = digest(db, "SELECT id, title, price, author_id FROM books ORDER BY id");
        String reviews = digest(db, "SELECT id, book_id, stars FROM reviews ORDER BY id");

        migrations.upgrade(R2);

        assertThat(catalog.rows("SELECT count(*) FROM books")).containsExactly(List.of(String.valueOf(BOOKS)));
        assertThat(digest(db, "SELECT id, title, price, author_id FROM books ORDER BY id")).isEqualTo(books);
        assertThat(digest(db, "SELECT id, book_id, stars FROM reviews ORDER BY id")).isEqualTo(reviews);
        assertThat(catalog.columns("books").get("title").size()).isEqualTo(300);
        assertThat(catalog.indexes("books")).containsEntry("ix_books_price", List.of("price"));
        assertThat(catalog.foreignKeys("books")).containsExactly(new JdbcCatalog.ForeignKeyInfo(List.of("author_id"),
                "authors", List.of("id"), DatabaseMetaData.importedKeyCascade));
        assertThat(catalog.foreignKeys("reviews")).containsExactly(new JdbcCatalog.ForeignKeyInfo(List.of("book_id"),
                "books", List.of("id"), DatabaseMetaData.importedKeyCascade));
        if (db.isSqlite()) {
            assertThat(catalog.rows("PRAGMA foreign_key_check")).as("no row lost its parent").isEmpty();
        }
        assertThat(catalog.refuses("INSERT INTO books (id, title, price) VALUES (0, 'Book 7', 1)")).as("unique").isTrue();
        assertThat(catalog.refuses("INSERT INTO books (id, title, price) VALUES (0, 'New', -1)")).as("check").isTrue();
        assertThat(catalog.refuses("INSERT INTO books (id, title) VALUES (0, 'New')")).as("not null").isTrue();
        catalog.execute("DELETE FROM authors WHERE id = 1");
        assertThat(catalog.rows("SELECT count(*) FROM books")).as("the author's 100 books cascade away")
                .containsExactly(List.of(String.valueOf(BOOKS - BOOKS / 1000)));
        assertThat(catalog.rows("SELECT count(*) FROM reviews WHERE book_id % 1000 = 0"))
                .as("and their reviews follow through the foreign key into the rebuilt table").containsExactly(List.of("0"));
    }

    private static void fill(JdbcCatalog catalog) throws SQLException {
        catalog.execute("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000)"
                + " INSERT INTO authors (id, name) SELECT i, 'Author ' || i FROM n");
        catalog.execute("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < " + BOOKS + ")"
                + " INSERT INTO books (id, title, price, author_id) SELECT i, 'Book ' || i, (i % 997) * 1.25,"
                + " (i % 1000) + 1 FROM n");
        catalog.execute("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < " + BOOKS + ")"
                + " INSERT INTO reviews (id, book_id, stars) SELECT i, i, i % 5 FROM n");
    }

    /**
     * The same rows in MariaDB's words: {@code ||} is OR there, and a recursive query stops at 1,000
     * levels; its sequence tables ({@code seq_1_to_n}) count instead.
     */
    private static void fillOnMariaDb(JdbcCatalog catalog) throws SQLException {
        catalog.execute("INSERT INTO authors (id, name) SELECT seq, CONCAT('Author ', seq) FROM seq_1_to_1000");
        catalog.execute("INSERT INTO books (id, title, price, author_id) SELECT seq, CONCAT('Book ', seq),"
                + " (seq % 997) * 1.25, (seq % 1000) + 1 FROM seq_1_to_" + BOOKS);
        catalog.execute("INSERT INTO reviews (id, book_id, stars) SELECT seq, seq, seq % 5 FROM seq_1_to_" + BOOKS);
    }

    /** SHA-256 over every value of every row, in order: equal only when the rows are. */
    static String digest(TestDatabase db, String query) throws SQLException, NoSuchAlgorithmException {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        try (Connection c = db.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(query)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                for (int i = 1; i <= columns; i++) {
                    sha.update(String.valueOf(rs.getString(i)).getBytes(StandardCharsets.UTF_8));
                    sha.update((byte) 0);
                }
                sha.update((byte) '\n');
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }
}
