package dev.autogen.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.testing.DatabaseTest;
import dev.autogen.testing.TestDatabase;
import java.util.Arrays;
import java.util.List;

/**
 * Column operations through a real migration class and the runtime, on a table with rows: each
 * change shows in plain JDBC metadata, the rows survive (SQLite rebuilds the table for most of
 * them), and the downgrade restores the columns as they were.
 */
class ColumnOperationsTest {
    static final String R1 = "b00000000001";
    static final String R2 = "b00000000002";

    @DatabaseTest
    void addDropAlterAndRenameColumnsKeepTheRows(TestDatabase db) throws Exception {
        MigrationSources migrations = new MigrationSources(db)
                .first(R1, """
                        op.createTable("people",
                                column("id", Type.bigint()).notNull(),
                                column("name", Type.varchar(50)).notNull(),
                                column("age", Type.integer()),
                                column("legacy", Type.text()),
                                primaryKey("id"));
                        """, """
                        op.dropTable("people");
                        """)
                .revision(R2, R1, """
                        op.addColumn("people", column("nickname", Type.varchar(30)));
                        op.addColumn("people", column("status", Type.varchar(10)).notNull().serverDefault("'active'"));
                        op.alterColumn("people", "name", Alter.type(Type.varchar(120)));
                        op.alterColumn("people", "age", Alter.nullable(false), Alter.serverDefault("18"));
                        op.alterColumn("people", "nickname", Alter.comment("What friends call them"));
                        op.renameColumn("people", "name", "full_name");
                        op.dropColumn("people", "legacy");
                        """, """
                        op.addColumn("people", column("legacy", Type.text()));
                        op.renameColumn("people", "full_name", "name");
                        op.alterColumn("people", "nickname", Alter.dropComment());
                        op.alterColumn("people", "age", Alter.nullable(true), Alter.dropServerDefault());
                        op.alterColumn("people", "name", Alter.type(Type.varchar(50)));
                        op.dropColumn("people", "status");
                        op.dropColumn("people", "nickname");
                        """);
        JdbcCatalog catalog = new JdbcCatalog(db);
        migrations.upgrade(R1);
        catalog.execute("INSERT INTO people (id, name, age, legacy) VALUES (1, 'Ada', 36, 'x'), (2, 'Alan', 41, NULL)");

        migrations.upgrade("head");

        var columns = catalog.columns("people");
        assertThat(columns).containsOnlyKeys("id", "full_name", "age", "nickname", "status");
        assertThat(columns.get("full_name").size()).isEqualTo(120);
        assertThat(columns.get("full_name").nullable()).isFalse();
        assertThat(columns.get("age").nullable()).isFalse();
        assertThat(columns.get("age").defaultValue()).hasValueSatisfying(d -> assertThat(d).contains("18"));
        assertThat(columns.get("status").defaultValue()).hasValueSatisfying(d -> assertThat(d).contains("active"));
        if (db.isPostgres()) {
            // SQLite keeps no comments; PostgreSQL shows them as REMARKS.
            assertThat(columns.get("nickname").remarks()).contains("What friends call them");
        }
        assertThat(catalog.rows("SELECT id, full_name, age, status FROM people ORDER BY id")).containsExactly(
                List.of("1", "Ada", "36", "active"), List.of("2", "Alan", "41", "active"));
        catalog.execute("INSERT INTO people (id, full_name) VALUES (3, 'Grace')");
        assertThat(catalog.rows("SELECT age FROM people WHERE id = 3")).containsExactly(List.of("18"));
        assertThat(catalog.refuses("INSERT INTO people (id, full_name, age) VALUES (4, 'Null', NULL)")).isTrue();

        migrations.downgrade(R1);

        columns = catalog.columns("people");
        assertThat(columns).containsOnlyKeys("id", "name", "age", "legacy");
        assertThat(columns.get("name").size()).isEqualTo(50);
        assertThat(columns.get("age").nullable()).isTrue();
        assertThat(columns.get("age").defaultValue()).isEmpty();
        assertThat(catalog.rows("SELECT id, name, age, legacy FROM people ORDER BY id")).containsExactly(
                Arrays.asList("1", "Ada", "36", null), Arrays.asList("2", "Alan", "41", null),
                Arrays.asList("3", "Grace", "18", null));
    }
}
