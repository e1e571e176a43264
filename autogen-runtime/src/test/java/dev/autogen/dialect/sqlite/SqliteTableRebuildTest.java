package dev.autogen.dialect.sqlite;

import static dev.autogen.migration.Columns.column;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.autogen.migration.Type;
import dev.autogen.ops.AlterColumn;
import dev.autogen.ops.CreateTable;
import dev.autogen.ops.Op;
import dev.autogen.ops.SchemaEvolution;
import dev.autogen.schema.Column;
import dev.autogen.schema.ForeignKey;
import dev.autogen.schema.Index;
import dev.autogen.schema.PrimaryKey;
import dev.autogen.schema.ReferentialAction;
import dev.autogen.schema.Schema;
import dev.autogen.schema.Table;
import dev.autogen.schema.UniqueConstraint;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteConfig;

/**
 * The table rebuild on a real SQLite file: rows, indexes, constraints, the table's own foreign
 * key and another table's foreign key pointing at it all survive. SQLite-only: PostgreSQL alters
 * in place.
 */
class SqliteTableRebuildTest {
    private static final int BOOKS = 1000;
    private final SqliteDialect sqlite = new SqliteDialect();
    private String url;

    static Table authors() {
        return Table.builder("authors").column(column("id", Type.bigint()).notNull().toColumn())
                .column(column("name", Type.varchar(50)).notNull().toColumn()).primaryKey(PrimaryKey.of("id")).build();
    }

    static Table books() {
        return Table.builder("books")
                .column(column("id", Type.bigint()).notNull().identity().toColumn())
                .column(column("title", Type.varchar(200)).notNull().toColumn())
                .column(column("price", Type.numeric(10, 2)).toColumn())
                .column(column("author_id", Type.bigint()).toColumn())
                .primaryKey(PrimaryKey.of("id"))
                .uniqueConstraint(UniqueConstraint.of("uk_books_title", "title"))
                .foreignKey(new ForeignKey(Optional.of("fk_books_author"), List.of("author_id"), "authors",
                        List.of("id"), ReferentialAction.CASCADE))
                .index(new Index("ix_books_price", List.of("price"), false))
                .build();
    }

    static Table reviews() {
        return Table.builder("reviews")
                .column(column("id", Type.integer()).notNull().toColumn())
                .column(column("book_id", Type.bigint()).notNull().toColumn())
                .column(column("stars", Type.smallint()).toColumn())
                .primaryKey(PrimaryKey.of("id"))
                .foreignKey(new ForeignKey(Optional.of("fk_reviews_book"), List.of("book_id"), "books", List.of("id"),
                        ReferentialAction.CASCADE))
                .build();
    }

    static Schema start() {
        return SchemaEvolution.applyAll(Schema.EMPTY,
                List.of(new CreateTable(authors()), new CreateTable(books()), new CreateTable(reviews())));
    }

    /** Price widened to numeric(12, 2) and made NOT NULL in one alter. */
    static Op alterPrice() {
        Column price = books().column("price").orElseThrow();
        return new AlterColumn("books", price, price.toBuilder().type(Type.numeric(12, 2)).nullable(false).build());
    }

    @BeforeEach
    void createAndFill(@TempDir Path dir) throws SQLException {
        url = "jdbc:sqlite:" + dir.resolve("shop.db");
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            for (Table t : List.of(authors(), books(), reviews())) {
                for (String sql : sqlite.toSql(new CreateTable(t), Schema.EMPTY)) {
                    s.execute(sql);
                }
            }
            c.setAutoCommit(false);
            s.execute("INSERT INTO authors (id, name) VALUES (1, 'Ann'), (2, 'Bob')");
            try (PreparedStatement book = c.prepareStatement(
                    "INSERT INTO books (title, price, author_id) VALUES (?, ?, ?)");
                    PreparedStatement review = c.prepareStatement("INSERT INTO reviews (id, book_id, stars) VALUES (?, ?, ?)")) {
                for (int i = 1; i <= BOOKS; i++) {
                    book.setString(1, title(i));
                    book.setBigDecimal(2, price(i));
                    book.setLong(3, i % 2 + 1);
                    book.executeUpdate();
                    review.setInt(1, i);
                    review.setLong(2, i);
                    review.setInt(3, i % 5 + 1);
                    review.executeUpdate();
                }
            }
            c.commit();
        }
    }

    static String title(int i) {
        return String.format("Book %04d", i);
    }

    static BigDecimal price(int i) {
        return new BigDecimal(i).add(new BigDecimal("0.25"));
    }

    void migrate(Op op) throws SQLException {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            sqlite.beginMigrationTransaction(c);
            try {
                for (String sql : sqlite.toSql(op, start())) {
                    s.execute(sql);
                }
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            }
        }
    }

    @Test
    void rowsIndexesAndForeignKeysSurviveAnAlterOfTypeAndNullability() throws SQLException {
        assertThat(sqlite.toSql(alterPrice(), start())).anyMatch(sql -> sql.startsWith("CREATE TABLE _autogen_tmp_books"));
        migrate(alterPrice());

        try (Connection c = DriverManager.getConnection(url)) {
            Schema actual = sqlite.reflect(c, name -> true);
            Schema expected = SchemaEvolution.apply(start(), alterPrice());
            assertThat(normalized(actual)).isEqualTo(normalized(expected));
            assertThat(actual.tables()).extracting(Table::name).containsExactly("authors", "books", "reviews");
            assertBooksByContent(c);
            assertThat(count(c, "SELECT count(*) FROM reviews r JOIN books b ON b.id = r.book_id")).isEqualTo(BOOKS);
            assertThat(count(c, "SELECT count(*) FROM pragma_foreign_key_check")).isZero();
        }
    }

    @Test
    void foreignKeysStillActOnTheRebuiltTable() throws SQLException {
        migrate(alterPrice());
        SQLiteConfig enforcing = new SQLiteConfig();
        enforcing.enforceForeignKeys(true);
        try (Connection c = DriverManager.getConnection(url, enforcing.toProperties()); Statement s = c.createStatement()) {
            // reviews -> books: deleting a book cascades to its review.
            s.executeUpdate("DELETE FROM books WHERE id = 7");
            assertThat(count(c, "SELECT count(*) FROM reviews WHERE book_id = 7")).isZero();
            assertThat(count(c, "SELECT count(*) FROM reviews")).isEqualTo(BOOKS - 1);
            // books -> authors: deleting an author cascades to the rebuilt table's rows.
            s.executeUpdate("DELETE FROM authors WHERE id = 1");
            assertThat(count(c, "SELECT count(*) FROM books WHERE author_id = 1")).isZero();
            assertThatThrownBy(() -> s.executeUpdate("INSERT INTO reviews (id, book_id) VALUES (5000, 99999)"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("FOREIGN KEY");
        }
    }

    @Test
    void aFailedRebuildLeavesTheTableAsItWas() throws SQLException {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE books SET price = NULL WHERE id = 500");
        }
        assertThatThrownBy(() -> migrate(alterPrice())).isInstanceOf(SQLException.class)
                .hasMessageContaining("NOT NULL");
        try (Connection c = DriverManager.getConnection(url)) {
            assertThat(normalized(sqlite.reflect(c, name -> true))).isEqualTo(normalized(start()));
            assertThat(count(c, "SELECT count(*) FROM books")).isEqualTo(BOOKS);
        }
    }

    private void assertBooksByContent(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT id, title, price, author_id FROM books ORDER BY id")) {
            int i = 0;
            while (r.next()) {
                i++;
                assertThat(r.getLong(1)).isEqualTo(i);
                assertThat(r.getString(2)).isEqualTo(title(i));
                assertThat(r.getBigDecimal(3)).isEqualByComparingTo(price(i));
                assertThat(r.getLong(4)).isEqualTo(i % 2 + 1);
            }
            assertThat(i).isEqualTo(BOOKS);
        }
    }

    private Schema normalized(Schema schema) {
        return new Schema(schema.tables().stream().map(sqlite::normalize).toList(), schema.sequences());
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
