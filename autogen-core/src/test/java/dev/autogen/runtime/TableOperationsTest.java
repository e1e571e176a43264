package dev.autogen.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.testing.DatabaseTest;
import dev.autogen.testing.TestDatabase;
import java.sql.DatabaseMetaData;
import java.util.List;

/**
 * Table and data operations through real migration classes and the runtime, on both databases,
 * checked through plain JDBC: created tables carry every element, renames keep rows and the
 * foreign keys pointing at the table, drops go, and each downgrade undoes its upgrade.
 */
class TableOperationsTest {
    static final String R1 = "a00000000001";
    static final String R2 = "a00000000002";

    @DatabaseTest
    void createRenameAndDropTables(TestDatabase db) throws Exception {
        MigrationSources migrations = new MigrationSources(db)
                .first(R1, """
                        op.createTable("authors",
                                column("id", Type.bigint()).notNull(),
                                column("name", Type.varchar(80)).notNull(),
                                primaryKey("id"),
                                unique("uq_authors_name", "name"));
                        op.createTable("books",
                                column("id", Type.bigint()).notNull(),
                                column("title", Type.varchar(200)).notNull(),
                                column("price", Type.numeric(10, 2)).serverDefault("0"),
                                column("author_id", Type.bigint()),
                                primaryKey("id"),
                                foreignKey("fk_books_author", List.of("author_id"), "authors", List.of("id"),
                                        ReferentialAction.CASCADE),
                                check("ck_books_price", "price >= 0"),
                                index("ix_books_title", "title"));
                        op.createTable("scratch", column("id", Type.integer()));
                        """, """
                        op.dropTable("scratch");
                        op.dropTable("books");
                        op.dropTable("authors");
                        """)
                .revision(R2, R1, """
                        op.renameTable("authors", "writers");
                        op.dropTable("scratch");
                        """, """
                        op.createTable("scratch", column("id", Type.integer()));
                        op.renameTable("writers", "authors");
                        """);
        JdbcCatalog catalog = new JdbcCatalog(db);

        assertThat(migrations.upgrade(R1)).containsExactly(R1);
        assertThat(catalog.tables()).containsExactlyElementsOf(withBookkeeping(db, "authors", "books", "scratch"));
        assertThat(catalog.primaryKey("books")).containsExactly("id");
        assertThat(catalog.columns("books").get("title").size()).isEqualTo(200);
        assertThat(catalog.columns("books").get("title").nullable()).isFalse();
        assertThat(catalog.columns("books").get("price").defaultValue()).hasValueSatisfying(d -> assertThat(d).contains("0"));
        assertThat(catalog.foreignKeys("books")).containsExactly(new JdbcCatalog.ForeignKeyInfo(List.of("author_id"),
                "authors", List.of("id"), DatabaseMetaData.importedKeyCascade));
        assertThat(catalog.indexes("books")).containsEntry("ix_books_title", List.of("title"));
        catalog.execute("INSERT INTO authors (id, name) VALUES (1, 'Le Guin')");
        catalog.execute("INSERT INTO books (id, title, author_id) VALUES (10, 'Earthsea', 1)");
        assertThat(catalog.refuses("INSERT INTO authors (id, name) VALUES (2, 'Le Guin')")).as("unique").isTrue();
        assertThat(catalog.refuses("INSERT INTO books (id, title, price) VALUES (11, 'x', -1)")).as("check").isTrue();
        assertThat(catalog.rows("SELECT price FROM books")).hasSize(1);

        assertThat(migrations.upgrade("head")).containsExactly(R2);
        assertThat(catalog.tables()).containsExactlyElementsOf(withBookkeeping(db, "books", "writers"));
        assertThat(catalog.rows("SELECT id, name FROM writers")).containsExactly(List.of("1", "Le Guin"));
        assertThat(catalog.foreignKeys("books")).extracting(JdbcCatalog.ForeignKeyInfo::referencedTable)
                .containsExactly("writers");
        catalog.execute("DELETE FROM writers WHERE id = 1");
        assertThat(catalog.rows("SELECT id FROM books")).as("the cascade follows the renamed table").isEmpty();

        assertThat(migrations.downgrade(R1)).containsExactly(R2);
        assertThat(catalog.tables()).containsExactlyElementsOf(withBookkeeping(db, "authors", "books", "scratch"));
        assertThat(migrations.downgrade("base")).containsExactly(R1);
        assertThat(catalog.tables()).containsExactlyElementsOf(withBookkeeping(db));
        assertThat(catalog.versions()).isEmpty();
    }

    @DatabaseTest
    void executeAndBulkInsertWriteRows(TestDatabase db) throws Exception {
        MigrationSources migrations = new MigrationSources(db)
                .first(R1, """
                        op.createTable("settings",
                                column("name", Type.varchar(40)).notNull(),
                                column("text_value", Type.text()),
                                column("weight", Type.integer()),
                                column("enabled", Type.bool()),
                                primaryKey("name"));
                        op.bulkInsert("settings", List.of(
                                Map.of("name", "greeting", "text_value", "it's here", "weight", 3, "enabled", true),
                                Map.of("name", "limit", "text_value", "none", "weight", 7, "enabled", false)));
                        op.execute("UPDATE settings SET weight = weight * 10 WHERE name = 'greeting';");
                        """, """
                        op.execute("DELETE FROM settings");
                        op.dropTable("settings");
                        """);
        JdbcCatalog catalog = new JdbcCatalog(db);

        migrations.upgrade("head");

        assertThat(catalog.rows("SELECT name, text_value, weight, CASE WHEN enabled THEN 'yes' ELSE 'no' END"
                + " FROM settings ORDER BY name")).containsExactly(
                        List.of("greeting", "it's here", "30", "yes"), List.of("limit", "none", "7", "no"));
        migrations.downgrade("base");
        assertThat(catalog.tables()).containsExactlyElementsOf(withBookkeeping(db));
    }

    /**
     * These tables and autogen's bookkeeping, in name order: on MariaDB, where each DDL statement
     * commits on its own, a revision's progress is recorded in a table of its own too.
     */
    private static List<String> withBookkeeping(TestDatabase db, String... tables) {
        java.util.TreeSet<String> names = new java.util.TreeSet<>(List.of(tables));
        names.add("autogen_version");
        names.add("autogen_version_checksums");
        if (db.isMariaDb()) {
            names.add("autogen_version_progress");
        }
        return List.copyOf(names);
    }
}
