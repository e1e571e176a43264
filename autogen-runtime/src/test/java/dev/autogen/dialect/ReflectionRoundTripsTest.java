package dev.autogen.dialect;


import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.autogen.schema.Schema;
import dev.autogen.schema.Table;
import dev.autogen.testing.DatabaseTest;
import dev.autogen.testing.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Reflection costs a fixed number of round trips per schema on both databases: as many statements
 * (and metadata calls) for forty tables as for two, and as many again when a filter leaves most out.
 */
class ReflectionRoundTripsTest {

    @DatabaseTest
    void roundTripsDoNotGrowWithTheNumberOfTables(TestDatabase db) throws Exception {
        try (Connection c = db.connect()) {
            createTables(c, 0, 2);
            int forTwo = countRoundTrips(db.dialect(), c, name -> true, 2);
            createTables(c, 2, 40);
            int forForty = countRoundTrips(db.dialect(), c, name -> true, 40);

            assertThat(forTwo).isPositive();
            assertThat(forForty).isEqualTo(forTwo);
        }
    }

    @DatabaseTest
    void excludedTablesAreLeftOutWithoutExtraRoundTrips(TestDatabase db) throws Exception {
        try (Connection c = db.connect()) {
            createTables(c, 0, 30);
            int all = countRoundTrips(db.dialect(), c, name -> true, 30);
            // t10..t19: ten tables, whose foreign keys still name t9, which is left out.
            int filtered = countRoundTrips(db.dialect(), c, name -> name.startsWith("t1") && name.length() == 3, 10);

            assertThat(filtered).isEqualTo(all);
            Schema schema = db.dialect().reflect(c, name -> name.equals("t10"));
            Table t10 = schema.table("t10").orElseThrow();
            assertThat(t10.foreignKeys()).singleElement().satisfies(fk -> {
                assertThat(fk.referencedTable()).isEqualTo("t9");
                assertThat(fk.referencedColumns()).containsExactly("id");
            });
        }
    }

    /**
     * Three other schemas cost no more round trips than none: their tables come back qualified,
     * with keys across schemas, and a schema that is not asked for stays unseen. SQLite has none.
     */
    @DatabaseTest
    void otherSchemasAreReadInTheSameRoundTrips(TestDatabase db) throws Exception {
        if (db.isSqlite()) {
            try (Connection c = db.connect()) {
                assertThatThrownBy(() -> db.dialect().reflect(c, name -> true, List.of("billing")))
                        .hasMessageStartingWith("SQLite has no schemas, but 'schemas' names billing");
            }
            return;
        }
        String unique = Long.toHexString(System.nanoTime());
        List<String> schemas = List.of("a_" + unique, "b_" + unique, "c_" + unique);
        String unlisted = "d_" + unique;
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            createTables(c, 0, 2);
            int withoutOthers = countRoundTrips(db.dialect(), c, name -> true, 2);
            for (String schema : Stream.concat(schemas.stream(), Stream.of(unlisted)).toList()) {
                s.execute((db.isPostgres() ? "CREATE SCHEMA " : "CREATE DATABASE ") + schema);
                // MariaDB resolves an unqualified reference in the new table's own database.
                String t0 = (db.isPostgres() ? "" : c.getCatalog() + ".") + "t0";
                s.execute("CREATE TABLE " + schema + ".items (id integer PRIMARY KEY, t0 integer, FOREIGN KEY (t0)"
                        + " REFERENCES " + t0 + " (id))");
            }
            try {
                QueryCounter counter = new QueryCounter(c);
                Schema schema = db.dialect().reflect(counter.connection(), name -> true, schemas);

                assertThat(counter.count()).isEqualTo(withoutOthers);
                assertThat(schema.tables()).extracting(Table::name).containsExactly(schemas.get(0) + ".items",
                        schemas.get(1) + ".items", schemas.get(2) + ".items", "t0", "t1");
                assertThat(schema.table(schemas.get(1) + ".items").orElseThrow().foreignKeys()).singleElement()
                        .satisfies(fk -> assertThat(fk.referencedTable()).isEqualTo("t0"));
                assertThat(db.dialect().existingSchemas(c, List.of(schemas.get(0), "nosuch_" + unique)))
                        .containsExactly(schemas.get(0));
            } finally {
                for (String schema : Stream.concat(schemas.stream(), Stream.of(unlisted)).toList()) {
                    s.execute(db.isPostgres() ? "DROP SCHEMA " + schema + " CASCADE" : "DROP DATABASE " + schema);
                }
            }
        }
    }

    private static int countRoundTrips(Dialect dialect, Connection c, Predicate<String> filter, int expectedTables)
            throws SQLException {
        QueryCounter counter = new QueryCounter(c);
        Schema schema = dialect.reflect(counter.connection(), filter);
        assertThat(schema.tables()).hasSize(expectedTables).allSatisfy(t -> {
            assertThat(t.columns()).hasSize(4);
            assertThat(t.primaryKey()).isPresent();
            assertThat(t.uniqueConstraints()).hasSize(1);
            assertThat(t.indexes()).hasSize(1);
            assertThat(t.foreignKeys()).hasSize(t.name().equals("t0") ? 0 : 1);
        });
        return counter.count();
    }

    /** Tables t{from}..t{to - 1}: a key, a foreign key to the previous table, a unique constraint, an index. */
    private static void createTables(Connection c, int from, int to) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (int i = from; i < to; i++) {
                String reference = i == 0 ? "" : " REFERENCES t" + (i - 1) + " (id)";
                s.execute("CREATE TABLE t" + i + " (id integer PRIMARY KEY, prev integer" + reference
                        + ", code varchar(20) NOT NULL, email varchar(50), CONSTRAINT uq_t" + i + "_email UNIQUE (email))");
                s.execute("CREATE INDEX ix_t" + i + "_code ON t" + i + " (code)");
            }
        }
    }
}
