package dev.autogen.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.autogen.testing.DatabaseTest;
import dev.autogen.testing.TestDatabase;
import java.util.List;

/**
 * A unique key, foreign key or check that stored rows break is refused with nothing changed: on
 * PostgreSQL and SQLite the revision rolls back; on MariaDB, whose DDL commits statement by
 * statement, the breaking rows are counted before the revision's first statement, so the table
 * the revision creates first is not left behind. Once the rows are fixed the revision runs.
 */
class KeysOverBreakingRowsTest {
    static final String R1 = "d00000000001";
    static final String R2 = "d00000000002";
    private static final String ROWS = "SELECT id, code, parent_id, qty FROM items ORDER BY id";

    @DatabaseTest
    void aKeyOrCheckRowsBreakIsRefusedBeforeAnythingChanged(TestDatabase db) throws Exception {
        MigrationSources migrations = new MigrationSources(db)
                .first(R1, """
                        op.createTable("parents", column("id", Type.integer()).notNull(), primaryKey("id"));
                        op.createTable("items", column("id", Type.integer()).notNull(), column("code", Type.varchar(20)),
                                column("parent_id", Type.integer()), column("qty", Type.integer()), primaryKey("id"));
                        """, """
                        op.dropTable("items");
                        op.dropTable("parents");
                        """)
                .revision(R2, R1, """
                        op.createTable("audit", column("id", Type.integer()).notNull(), primaryKey("id"));
                        op.createUniqueConstraint("uq_items_code", "items", "code");
                        op.createForeignKey("fk_items_parent", "items", List.of("parent_id"), "parents", List.of("id"));
                        op.createCheckConstraint("ck_items_qty", "items", "qty >= 0");
                        """, """
                        op.dropConstraint("ck_items_qty", "items");
                        op.dropConstraint("fk_items_parent", "items");
                        op.dropConstraint("uq_items_code", "items");
                        op.dropTable("audit");
                        """);
        JdbcCatalog catalog = new JdbcCatalog(db);
        migrations.upgrade(R1);
        catalog.execute("INSERT INTO parents (id) VALUES (1), (2)");
        catalog.execute("INSERT INTO items (id, code, parent_id, qty) VALUES (1, 'a', 1, 5), (2, 'a', 3, 1),"
                + " (3, 'b', NULL, -1), (4, NULL, 2, NULL), (5, NULL, 2, 0)");
        List<List<String>> before = catalog.rows(ROWS);

        refused(migrations, catalog, db, "unique key (code)", before);
        catalog.execute("UPDATE items SET code = 'c' WHERE id = 2");
        refused(migrations, catalog, db, "foreign key (parent_id) referencing parents", before);
        catalog.execute("UPDATE items SET parent_id = 2 WHERE id = 2");
        refused(migrations, catalog, db, "check (qty >= 0)", before);
        catalog.execute("UPDATE items SET qty = 0 WHERE id = 3");

        List<List<String>> fixed = catalog.rows(ROWS);
        migrations.upgrade("head");
        assertThat(catalog.versions()).containsExactly(R2);
        assertThat(catalog.tables()).contains("audit");
        assertThat(catalog.rows(ROWS)).isEqualTo(fixed);
    }

    /** The upgrade fails on the named key, and the database is as it was: no audit table, no version, every row. */
    private static void refused(MigrationSources migrations, JdbcCatalog catalog, TestDatabase db,
            String words, List<List<String>> before) throws Exception {
        List<List<String>> rows = catalog.rows(ROWS);
        assertThatThrownBy(() -> migrations.upgrade("head"))
                .isInstanceOf(MigrationFailedException.class)
                .hasMessageContaining(db.isMariaDb() ? words : "")
                .hasMessageContaining(db.isMariaDb() ? "neither schema nor version changed" : "rolled back");
        assertThat(catalog.versions()).containsExactly(R1);
        assertThat(catalog.tables()).doesNotContain("audit");
        assertThat(catalog.rows(ROWS)).isEqualTo(rows);
        assertThat(before).hasSize(rows.size());
    }
}
