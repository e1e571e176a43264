package dev.autogen.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.autogen.testing.DatabaseTest;
import dev.autogen.testing.TestDatabase;
import java.sql.DatabaseMetaData;
import java.util.List;

/**
 * Keys, constraints, indexes and sequences through real migration classes and the runtime, checked
 * by plain JDBC metadata and by what the database refuses; rows survive every change.
 */
class ConstraintOperationsTest {
    static final String R1 = "c00000000001";
    static final String R2 = "c00000000002";
    static final String R3 = "c00000000003";

    @DatabaseTest
    void constraintsAndIndexesComeAndGo(TestDatabase db) throws Exception {
        MigrationSources migrations = new MigrationSources(db)
                .first(R1, """
                        op.createTable("accounts",
                                column("id", Type.bigint()).notNull(),
                                column("email", Type.varchar(100)).notNull(),
                                column("region", Type.varchar(10)),
                                column("balance", Type.numeric(12, 2)));
                        op.createTable("orders", column("id", Type.bigint()).notNull(), column("account_id", Type.bigint()),
                                column("total", Type.numeric(10, 2)), primaryKey("id"));
                        op.createTable("notes", column("id", Type.bigint()).notNull(), column("account_id", Type.bigint()),
                                primaryKey("id"));
                        """, """
                        op.dropTable("notes");
                        op.dropTable("orders");
                        op.dropTable("accounts");
                        """)
                .revision(R2, R1, """
                        op.createPrimaryKey("pk_accounts", "accounts", "id");
                        op.createUniqueConstraint("uq_accounts_email", "accounts", "email");
                        op.createCheckConstraint("ck_accounts_balance", "accounts", "balance >= 0");
                        op.createForeignKey("fk_orders_account", "orders", List.of("account_id"), "accounts", List.of("id"),
                                ReferentialAction.CASCADE);
                        op.createForeignKey("fk_notes_account", "notes", List.of("account_id"), "accounts", List.of("id"));
                        op.createIndex("ix_accounts_region", "accounts", "region");
                        op.createUniqueIndex("ux_orders_account_total", "orders", "account_id", "total");
                        """, """
                        op.dropIndex("ux_orders_account_total", "orders");
                        op.dropIndex("ix_accounts_region", "accounts");
                        op.dropConstraint("fk_notes_account", "notes");
                        op.dropConstraint("fk_orders_account", "orders");
                        op.dropConstraint("ck_accounts_balance", "accounts");
                        op.dropConstraint("uq_accounts_email", "accounts");
                        op.dropConstraint("pk_accounts", "accounts");
                        """)
                .revision(R3, R2, """
                        op.dropIndex("ix_accounts_region", "accounts");
                        op.dropConstraint("ck_accounts_balance", "accounts");
                        op.dropConstraint("fk_notes_account", "notes");
                        """, """
                        op.createForeignKey("fk_notes_account", "notes", List.of("account_id"), "accounts", List.of("id"));
                        op.createCheckConstraint("ck_accounts_balance", "accounts", "balance >= 0");
                        op.createIndex("ix_accounts_region", "accounts", "region");
                        """);
        JdbcCatalog catalog = new JdbcCatalog(db);
        migrations.upgrade(R1);
        catalog.execute("INSERT INTO accounts (id, email, region, balance) VALUES (1, 'a@x', 'eu', 10), (2, 'b@x', 'us', 0)");
        catalog.execute("INSERT INTO orders (id, account_id, total) VALUES (100, 1, 5)");

        migrations.upgrade(R2);

        assertThat(catalog.primaryKey("accounts")).containsExactly("id");
        assertThat(catalog.foreignKeys("orders")).containsExactly(new JdbcCatalog.ForeignKeyInfo(List.of("account_id"),
                "accounts", List.of("id"), DatabaseMetaData.importedKeyCascade));
        assertThat(catalog.foreignKeys("notes")).extracting(JdbcCatalog.ForeignKeyInfo::referencedTable)
                .containsExactly("accounts");
        assertThat(catalog.indexes("accounts")).containsEntry("ix_accounts_region", List.of("region"));
        assertThat(catalog.indexes("orders")).containsEntry("unique ux_orders_account_total", List.of("account_id", "total"));
        assertThat(catalog.refuses("INSERT INTO accounts (id, email) VALUES (3, 'a@x')")).as("unique").isTrue();
        assertThat(catalog.refuses("INSERT INTO accounts (id, email) VALUES (1, 'c@x')")).as("primary key").isTrue();
        assertThat(catalog.refuses("INSERT INTO accounts (id, email, balance) VALUES (4, 'd@x', -1)")).as("check").isTrue();
        assertThat(catalog.refuses("INSERT INTO orders (id, account_id) VALUES (101, 99)")).as("foreign key").isTrue();
        assertThat(catalog.refuses("INSERT INTO orders (id, account_id, total) VALUES (102, 1, 5)")).as("index").isTrue();
        assertThat(catalog.rows("SELECT id, email FROM accounts ORDER BY id")).containsExactly(
                List.of("1", "a@x"), List.of("2", "b@x"));

        migrations.upgrade(R3);

        assertThat(catalog.indexes("accounts")).doesNotContainKey("ix_accounts_region");
        assertThat(catalog.foreignKeys("notes")).isEmpty();
        assertThat(catalog.foreignKeys("orders")).hasSize(1);
        assertThat(catalog.refuses("INSERT INTO accounts (id, email, balance) VALUES (5, 'e@x', -1)")).isFalse();
        catalog.execute("DELETE FROM accounts WHERE id = 5");

        migrations.downgrade(R1);

        assertThat(catalog.primaryKey("accounts")).isEmpty();
        assertThat(catalog.foreignKeys("orders")).isEmpty();
        assertThat(catalog.indexes("orders")).doesNotContainKey("unique ux_orders_account_total");
        assertThat(catalog.refuses("INSERT INTO accounts (id, email, balance) VALUES (1, 'a@x', -5)")).isFalse();
        assertThat(catalog.rows("SELECT count(*) FROM orders")).containsExactly(List.of("1"));
    }

    @DatabaseTest
    void sequencesOnPostgresqlAndAClearRefusalOnSqlite(TestDatabase db) throws Exception {
        MigrationSources migrations = new MigrationSources(db)
                .first(R1, """
                        op.createSequence("order_numbers", 100, 5);
                        """, """
                        op.dropSequence("order_numbers");
                        """);
        JdbcCatalog catalog = new JdbcCatalog(db);

        if (db.isSqlite()) {
            assertThatThrownBy(() -> migrations.upgrade("head")).isInstanceOf(MigrationFailedException.class)
                    .hasMessageContaining("SQLite has no sequences");
            assertThat(catalog.tables()).as("rolled back, version table included").isEmpty();
            return;
        }
        migrations.upgrade("head");
        // MariaDB names the sequence itself in nextval(), PostgreSQL takes its name as text.
        String next = db.isMariaDb() ? "nextval(order_numbers)" : "nextval('order_numbers')";
        assertThat(catalog.rows("SELECT " + next + ", " + next)).containsExactly(List.of("100", "105"));
        migrations.downgrade("base");
        assertThat(catalog.refuses("SELECT " + next)).isTrue();
        assertThat(catalog.versions()).isEmpty();
    }
}
