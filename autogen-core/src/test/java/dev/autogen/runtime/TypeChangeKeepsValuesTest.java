package dev.autogen.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.autogen.testing.DatabaseTest;
import dev.autogen.testing.TestDatabase;
import java.util.ArrayList;
import java.util.List;

/**
 * A type change never changes a stored value. PostgreSQL's explicit cast would cut a string to a
 * shorter varchar and round a number to fewer decimals, so a narrowing that some row does not fit
 * is refused, rolled back, naming the column and the count. MariaDB would round decimals and
 * floats too, and its ALTER commits on its own: the values are counted before the revision's first
 * statement, and a misfit refuses it with nothing changed. SQLite enforces no length and keeps
 * every value as it was. The rows are compared in full before and after each step.
 */
class TypeChangeKeepsValuesTest {
    static final String R1 = "c00000000001";
    static final String R2 = "c00000000002";
    static final String LONG = "x".repeat(40) + "-end";

    @DatabaseTest
    void downgradeOfAWideningOverLongerValuesIsRefused(TestDatabase db) throws Exception {
        MigrationSources migrations = codes(db, "Type.varchar(10)", "Type.varchar(100)");
        JdbcCatalog catalog = new JdbcCatalog(db);
        migrations.upgrade("head");
        insertCodes(catalog, LONG, "short");
        List<List<String>> before = catalog.rows("SELECT id, code FROM codes ORDER BY id");
        assertThat(before.get(0).get(1)).hasSize(44);

        if (!db.isSqlite()) {
            assertThatThrownBy(() -> migrations.downgrade(R1))
                    .isInstanceOf(MigrationFailedException.class)
                    .hasMessageContaining("codes.code")
                    .hasMessageContaining("1 row(s) hold values longer than 10 characters")
                    .hasMessageContaining(db.isPostgres() ? "rolled back" : "neither schema nor version changed");
            assertThat(catalog.versions()).containsExactly(R2);
            assertThat(catalog.columns("codes").get("code").size()).isEqualTo(100);
        } else {
            // SQLite does not enforce a varchar length: the value is kept whole under the shorter name.
            migrations.downgrade(R1);
            assertThat(catalog.versions()).containsExactly(R1);
        }
        assertThat(catalog.rows("SELECT id, code FROM codes ORDER BY id")).isEqualTo(before);
    }

    @DatabaseTest
    void forwardNarrowingOverLongerValuesIsRefused(TestDatabase db) throws Exception {
        MigrationSources migrations = codes(db, "Type.varchar(255)", "Type.varchar(10)");
        JdbcCatalog catalog = new JdbcCatalog(db);
        migrations.upgrade(R1);
        insertCodes(catalog, "y".repeat(33), "fits", "z".repeat(11));
        List<List<String>> before = catalog.rows("SELECT id, code FROM codes ORDER BY id");

        if (!db.isSqlite()) {
            assertThatThrownBy(() -> migrations.upgrade("head"))
                    .isInstanceOf(MigrationFailedException.class)
                    .hasMessageContaining("codes.code to varchar(10)")
                    .hasMessageContaining("2 row(s)");
            assertThat(catalog.versions()).containsExactly(R1);
            assertThat(catalog.columns("codes").get("code").size()).isEqualTo(255);
        } else {
            migrations.upgrade("head");
        }
        assertThat(catalog.rows("SELECT id, code FROM codes ORDER BY id")).isEqualTo(before);
    }

    @DatabaseTest
    void narrowingSucceedsWhenEveryValueFits(TestDatabase db) throws Exception {
        MigrationSources migrations = codes(db, "Type.varchar(255)", "Type.varchar(10)");
        JdbcCatalog catalog = new JdbcCatalog(db);
        migrations.upgrade(R1);
        List<String> values = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            values.add("c" + i + "'" + "é".repeat(i % 5));
        }
        insertCodes(catalog, values.toArray(String[]::new));
        List<List<String>> before = catalog.rows("SELECT id, code FROM codes ORDER BY id");

        migrations.upgrade("head");
        assertThat(catalog.columns("codes").get("code").size()).isEqualTo(10);
        assertThat(catalog.rows("SELECT id, code FROM codes ORDER BY id")).isEqualTo(before);

        migrations.downgrade(R1);
        assertThat(catalog.columns("codes").get("code").size()).isEqualTo(255);
        assertThat(catalog.rows("SELECT id, code FROM codes ORDER BY id")).isEqualTo(before);
    }

    @DatabaseTest
    void fewerDecimalsAreRefusedInsteadOfRounded(TestDatabase db) throws Exception {
        MigrationSources migrations = new MigrationSources(db)
                .first(R1, """
                        op.createTable("prices", column("id", Type.integer()).notNull(),
                                column("amount", Type.numeric(12, 4)), primaryKey("id"));
                        """, """
                        op.dropTable("prices");
                        """)
                .revision(R2, R1, """
                        op.alterColumn("prices", "amount", Alter.type(Type.numeric(12, 2)));
                        """, """
                        op.alterColumn("prices", "amount", Alter.type(Type.numeric(12, 4)));
                        """);
        JdbcCatalog catalog = new JdbcCatalog(db);
        migrations.upgrade(R1);
        catalog.execute("INSERT INTO prices (id, amount) VALUES (1, 1.2345), (2, 10.5), (3, NULL)");
        List<List<String>> before = catalog.rows("SELECT id, amount FROM prices ORDER BY id");

        if (!db.isSqlite()) {
            assertThatThrownBy(() -> migrations.upgrade("head"))
                    .isInstanceOf(MigrationFailedException.class)
                    .hasMessageContaining("prices.amount")
                    .hasMessageContaining("1 row(s)");
            assertThat(catalog.versions()).containsExactly(R1);
            assertThat(catalog.rows("SELECT id, amount FROM prices ORDER BY id")).isEqualTo(before);

            catalog.execute("UPDATE prices SET amount = 1.23 WHERE id = 1");
            migrations.upgrade("head");
            assertThat(catalog.rows("SELECT id, amount FROM prices ORDER BY id")).containsExactly(
                    List.of("1", "1.23"), List.of("2", "10.50"), java.util.Arrays.asList("3", null));
        } else {
            migrations.upgrade("head");
            assertThat(catalog.rows("SELECT id, amount FROM prices ORDER BY id")).isEqualTo(before);
        }
    }

    @DatabaseTest
    void fewerBitsAndLostTimesAreRefusedOneColumnAtATime(TestDatabase db) throws Exception {
        MigrationSources migrations = new MigrationSources(db)
                .first(R1, """
                        op.createTable("measures", column("id", Type.integer()).notNull(),
                                column("big", Type.bigint()), column("ratio", Type.doublePrecision()),
                                column("seen", Type.timestamp()), primaryKey("id"));
                        """, """
                        op.dropTable("measures");
                        """)
                .revision(R2, R1, """
                        op.alterColumn("measures", "big", Alter.type(Type.integer()));
                        op.alterColumn("measures", "ratio", Alter.type(Type.real()));
                        op.alterColumn("measures", "seen", Alter.type(Type.date()));
                        """, """
                        op.alterColumn("measures", "seen", Alter.type(Type.timestamp()));
                        op.alterColumn("measures", "ratio", Alter.type(Type.doublePrecision()));
                        op.alterColumn("measures", "big", Alter.type(Type.bigint()));
                        """);
        JdbcCatalog catalog = new JdbcCatalog(db);
        migrations.upgrade(R1);
        catalog.execute("INSERT INTO measures (id, big, ratio, seen) VALUES"
                + " (1, 3000000000, 0.1, '2020-01-01 00:00:00'), (2, 1, 0.123456789, '2020-01-02 00:00:00')");
        List<List<String>> before = catalog.rows("SELECT id, big, ratio, seen FROM measures ORDER BY id");

        if (db.isSqlite()) {
            // SQLite keeps each value as stored whatever the declared type says.
            migrations.upgrade("head");
            assertThat(catalog.rows("SELECT id, big, ratio, seen FROM measures ORDER BY id")).isEqualTo(before);
            return;
        }
        assertThatThrownBy(() -> migrations.upgrade("head")).hasMessageContaining("measures.big to integer: 1 row(s)");
        assertThat(catalog.rows("SELECT id, big, ratio, seen FROM measures ORDER BY id")).isEqualTo(before);
        catalog.execute("UPDATE measures SET big = 7 WHERE id = 1");
        assertThatThrownBy(() -> migrations.upgrade("head")).hasMessageContaining("measures.ratio to real: 1 row(s)");
        catalog.execute("UPDATE measures SET ratio = 0.5 WHERE id = 2");
        catalog.execute("UPDATE measures SET seen = '2020-01-02 10:30:00' WHERE id = 2");
        assertThatThrownBy(() -> migrations.upgrade("head")).hasMessageContaining("measures.seen to date: 1 row(s)");
        assertThat(catalog.versions()).containsExactly(R1);
        catalog.execute("UPDATE measures SET seen = '2020-01-02 00:00:00' WHERE id = 2");

        migrations.upgrade("head");
        assertThat(catalog.rows("SELECT id, big, ratio, seen FROM measures ORDER BY id")).containsExactly(
                List.of("1", "7", "0.1", "2020-01-01"), List.of("2", "1", "0.5", "2020-01-02"));
    }

    /**
     * A column made NOT NULL over rows holding NULL is refused with nothing changed: PostgreSQL and
     * SQLite roll the revision back; on MariaDB the NULLs are counted before the revision's first
     * statement (the server would refuse only at the ALTER, after the added column had committed,
     * and as "data truncated"). Once the rows are filled, the same revision runs.
     */
    @DatabaseTest
    void notNullOverNullsIsRefusedBeforeAnythingChanged(TestDatabase db) throws Exception {
        MigrationSources migrations = new MigrationSources(db)
                .first(R1, """
                        op.createTable("codes", column("id", Type.integer()).notNull(),
                                column("code", Type.varchar(20)), primaryKey("id"));
                        """, """
                        op.dropTable("codes");
                        """)
                .revision(R2, R1, """
                        op.addColumn("codes", column("note", Type.varchar(20)));
                        op.alterColumn("codes", "code", Alter.nullable(false));
                        """, """
                        op.alterColumn("codes", "code", Alter.nullable(true));
                        op.dropColumn("codes", "note");
                        """);
        JdbcCatalog catalog = new JdbcCatalog(db);
        migrations.upgrade(R1);
        catalog.execute("INSERT INTO codes (id, code) VALUES (1, 'a'), (2, NULL), (3, 'c')");
        List<List<String>> before = catalog.rows("SELECT id, code FROM codes ORDER BY id");

        assertThatThrownBy(() -> migrations.upgrade("head"))
                .isInstanceOf(MigrationFailedException.class)
                .hasMessageContaining(db.isMariaDb() ? "codes.code NOT NULL: 1 row(s) hold NULL" : "code")
                .hasMessageContaining(db.isMariaDb() ? "neither schema nor version changed" : "rolled back");
        assertThat(catalog.versions()).containsExactly(R1);
        assertThat(catalog.columns("codes")).doesNotContainKey("note");
        assertThat(catalog.columns("codes").get("code").nullable()).isTrue();
        assertThat(catalog.rows("SELECT id, code FROM codes ORDER BY id")).isEqualTo(before);

        catalog.execute("UPDATE codes SET code = 'b' WHERE id = 2");
        migrations.upgrade("head");
        assertThat(catalog.columns("codes").get("code").nullable()).isFalse();
        assertThat(catalog.rows("SELECT id, code FROM codes ORDER BY id"))
                .containsExactly(List.of("1", "a"), List.of("2", "b"), List.of("3", "c"));
    }

    private static MigrationSources codes(TestDatabase db, String first, String second) {
        return new MigrationSources(db)
                .first(R1, """
                        op.createTable("codes", column("id", Type.integer()).notNull(),
                                column("code", %s), primaryKey("id"));
                        """.formatted(first), """
                        op.dropTable("codes");
                        """)
                .revision(R2, R1, """
                        op.alterColumn("codes", "code", Alter.type(%s));
                        """.formatted(second), """
                        op.alterColumn("codes", "code", Alter.type(%s));
                        """.formatted(first));
    }

    private static void insertCodes(JdbcCatalog catalog, String... codes) throws Exception {
        for (int i = 0; i < codes.length; i++) {
            catalog.execute("INSERT INTO codes (id, code) VALUES (" + (i + 1) + ", '"
                    + codes[i].replace("'", "''") + "')");
        }
    }
}
