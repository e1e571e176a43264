package dev.autogen.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.autogen.AutogenException;
import dev.autogen.testing.DatabaseTest;
import dev.autogen.testing.PostgresTest;
import dev.autogen.testing.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The scratch database: one database every connection sees for the whole run, emptied on reset,
 * gone on close; on PostgreSQL a schema of its own beside the configured one, on MariaDB a database
 * of its own, and the configured one stays as it was.
 */
class ScratchDatabaseTest {

    static ScratchDatabase scratchFor(TestDatabase db) {
        if (db.isMariaDb()) {
            return ScratchDatabase.mysqlDatabase(() -> DriverManager.getConnection(db.url()), db.url(), db.dialect());
        }
        return db.isSqlite() ? ScratchDatabase.inMemorySqlite()
                : ScratchDatabase.postgresSchema(() -> DriverManager.getConnection(db.url()), db.url());
    }

    @DatabaseTest
    void everyConnectionSeesTheSameScratchDatabaseUntilReset(TestDatabase db) throws Exception {
        try (Connection configured = db.connect(); Statement s = configured.createStatement()) {
            s.execute("CREATE TABLE mine (id INTEGER)");
        }
        try (ScratchDatabase scratch = scratchFor(db)) {
            execute(scratch, "CREATE TABLE pets (id INTEGER)");
            execute(scratch, "INSERT INTO pets VALUES (1)");

            assertThat(tables(scratch)).containsExactly("pets");
            assertThat(count(scratch, "pets")).isEqualTo(1);

            scratch.reset();
            assertThat(tables(scratch)).isEmpty();
        }
        // The configured database has its own table and nothing of the scratch database.
        try (Connection configured = db.connect(); ResultSet rs = configured.getMetaData()
                .getTables(configured.getCatalog(), configured.getSchema(), "%", new String[] {"TABLE"})) {
            List<String> names = new ArrayList<>();
            while (rs.next()) {
                names.add(rs.getString("TABLE_NAME"));
            }
            assertThat(names).containsExactly("mine");
        }
    }

    @DatabaseTest
    void aClosedScratchDatabaseIsGone(TestDatabase db) throws Exception {
        ScratchDatabase scratch = scratchFor(db);
        execute(scratch, "CREATE TABLE pets (id INTEGER)");
        scratch.close();

        if (db.isPostgres()) {
            assertThat(schemaExists(db, ((PostgresSchemaScratch) scratch).schema())).isFalse();
        }
        if (db.isMariaDb()) {
            String name = ((MysqlDatabaseScratch) scratch).database();
            assertThat(name).matches("autogen_verify_[0-9a-f]{12}");
            try (Connection c = db.connect(); ResultSet rs = c.getMetaData().getCatalogs()) {
                List<String> databases = new ArrayList<>();
                while (rs.next()) {
                    databases.add(rs.getString(1));
                }
                assertThat(databases).doesNotContain(name);
            }
        }
        try (ScratchDatabase next = scratchFor(db)) {
            assertThat(tables(next)).isEmpty();
        }
    }

    @PostgresTest
    void thePostgresqlScratchIsAFreshSchemaDroppedEvenAfterAFailure(TestDatabase db) throws Exception {
        String schema = null;
        try (ScratchDatabase scratch = scratchFor(db)) {
            schema = ((PostgresSchemaScratch) scratch).schema();
            assertThat(schema).matches("autogen_verify_[0-9]{10,}_[0-9a-f]{12}");
            assertThat(schemaExists(db, schema)).isTrue();
            try (Connection c = scratch.connections().open(); Statement s = c.createStatement()) {
                s.execute("CREATE TABLE pets (id INTEGER)");
                try (ResultSet rs = s.executeQuery("SELECT current_schema()")) {
                    rs.next();
                    assertThat(rs.getString(1)).isEqualTo(schema);
                }
            }
            assertThatThrownBy(() -> execute(scratch, "CREATE TABLE pets (id INTEGER)")).isInstanceOf(SQLException.class);
            throw new IllegalStateException("the run fails");
        } catch (IllegalStateException expected) {
            assertThat(expected).hasMessage("the run fails");
        }
        assertThat(schemaExists(db, schema)).isFalse();
    }

    /** A schema a killed verify left behind is dropped by the next verify once it is stale (issue 12, case 9). */
    @PostgresTest
    void theNextVerifyDropsScratchSchemasLeftBehindLongAgo(TestDatabase db) throws Exception {
        long now = java.time.Instant.now().getEpochSecond();
        String stale = "autogen_verify_" + (now - PostgresSchemaScratch.STALE.toSeconds() - 60) + "_"
                + randomHex();
        String recent = "autogen_verify_" + (now - 60) + "_" + randomHex();
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + stale);
            s.execute("CREATE TABLE " + stale + ".left_behind (id INTEGER)");
            s.execute("CREATE SCHEMA " + recent);
        }
        try {
            try (ScratchDatabase scratch = scratchFor(db)) {
                assertThat(schemaExists(db, stale)).isFalse();
                assertThat(schemaExists(db, recent)).as("another verify may still be using it").isTrue();
                assertThat(schemaExists(db, ((PostgresSchemaScratch) scratch).schema())).isTrue();
            }
        } finally {
            try (Connection c = db.connect(); Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA IF EXISTS " + recent + " CASCADE");
                s.execute("DROP SCHEMA IF EXISTS " + stale + " CASCADE");
            }
        }
    }

    private static String randomHex() {
        return java.util.UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    @PostgresTest
    void anUnreachableServerIsOneClearError(TestDatabase db) {
        assertThatThrownBy(() -> ScratchDatabase.postgresSchema(
                () -> DriverManager.getConnection("jdbc:postgresql://127.0.0.1:1/none"), "jdbc:postgresql://127.0.0.1:1/none"))
                .isInstanceOf(AutogenException.class)
                .hasMessageStartingWith("cannot create the scratch schema autogen_verify_")
                .hasMessageContaining(" in jdbc:postgresql://127.0.0.1:1/none: ");
    }

    static boolean schemaExists(TestDatabase db, String schema) throws SQLException {
        try (Connection c = db.connect(); ResultSet rs = c.createStatement().executeQuery(
                "SELECT 1 FROM pg_namespace WHERE nspname = '" + schema + "'")) {
            return rs.next();
        }
    }

    private static void execute(ScratchDatabase scratch, String sql) throws SQLException {
        try (Connection c = scratch.connections().open(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static long count(ScratchDatabase scratch, String table) throws SQLException {
        try (Connection c = scratch.connections().open(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static List<String> tables(ScratchDatabase scratch) throws SQLException {
        try (Connection c = scratch.connections().open()) {
            return scratch.dialect().reflect(c, name -> true).tables().stream().map(t -> t.name()).toList();
        }
    }
}
