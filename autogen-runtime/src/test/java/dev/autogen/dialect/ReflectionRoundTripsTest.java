package dev.autogen.dialect;


import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.schema.Schema;
import dev.autogen.schema.Table;
import dev.autogen.testing.DatabaseTest;
import dev.autogen.testing.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Predicate;

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
