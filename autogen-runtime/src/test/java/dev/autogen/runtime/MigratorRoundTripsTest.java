package dev.autogen.runtime;

import static dev.autogen.migration.Columns.column;
import static dev.autogen.migration.Columns.primaryKey;
import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.dialect.Dialect;
import dev.autogen.dialect.QueryCounter;
import dev.autogen.migration.Migration;
import dev.autogen.migration.Operations;
import dev.autogen.migration.Type;
import dev.autogen.revision.LoadedRevision;
import dev.autogen.revision.RevisionInfo;
import dev.autogen.testing.DatabaseTest;
import dev.autogen.testing.TestDatabase;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A long history costs the same per revision however long it is: one run of {@code upgrade}
 * opens one connection and reflects the schema once, whether it applies 3 revisions or 12, and
 * each further revision adds the same number of statements, as few as the database allows. Counted on a chain of revisions that
 * each create a table, then taken back down again.
 */
class MigratorRoundTripsTest {

    @DatabaseTest
    void aRunReflectsOnceAndEachRevisionAddsTheSameStatements(TestDatabase db) throws Exception {
        // The first run also creates the bookkeeping tables; the runs compared all find them.
        upgradeAndRevert(db, 900, 1);
        Counts three = upgradeAndRevert(db, 0, 3);
        Counts six = upgradeAndRevert(db, 100, 6);
        Counts twelve = upgradeAndRevert(db, 200, 12);

        assertThat(List.of(three.upgrade, six.upgrade, twelve.upgrade)).allSatisfy(run -> {
            assertThat(run.connections).isEqualTo(1);
            assertThat(run.reflections).isEqualTo(1);
        });
        assertThat(List.of(three.downgrade, six.downgrade, twelve.downgrade)).allSatisfy(run -> {
            assertThat(run.connections).isEqualTo(1);
            assertThat(run.reflections).isEqualTo(1);
        });
        int perRevision = (six.upgrade.statements - three.upgrade.statements) / 3;
        // PostgreSQL: the lock with the version read (one round trip), the CREATE TABLE, and the version
        // row with the checksum in one batch (it took 6: each bookkeeping statement its own). SQLite:
        // its foreign-keys pragma before BEGIN beside those three. MariaDB: the progress table's too.
        assertThat(perRevision).isEqualTo(Map.of("postgresql", 3, "sqlite", 4, "mariadb", 8).get(db.dialect().name()));
        assertThat(perRevision).isPositive();
        assertThat(six.upgrade.statements - three.upgrade.statements).isEqualTo(3 * perRevision);
        assertThat(twelve.upgrade.statements - six.upgrade.statements).isEqualTo(6 * perRevision);
        int perRevert = (six.downgrade.statements - three.downgrade.statements) / 3;
        assertThat(perRevert).isPositive();
        assertThat(twelve.downgrade.statements - six.downgrade.statements).isEqualTo(6 * perRevert);
    }

    private record Run(int connections, int reflections, int statements) {
    }

    private record Counts(Run upgrade, Run downgrade) {
    }

    /** Applies a chain of {@code length} revisions (tables h{first}..), checks the tables, then reverts it. */
    private static Counts upgradeAndRevert(TestDatabase db, int first, int length) throws SQLException {
        List<LoadedRevision> chain = new ArrayList<>();
        for (int i = 0; i < length; i++) {
            String table = "h" + (first + i);
            chain.add(revision(String.format("b%011d", first + i), i == 0 ? List.of()
                    : List.of(chain.get(i - 1).info().id()), table));
        }
        List<RevisionInfo> infos = chain.stream().map(LoadedRevision::info).toList();
        List<MigrationStep> up = chain.stream().map(r -> new MigrationStep(r, Direction.UPGRADE)).toList();
        List<MigrationStep> down = new ArrayList<>();
        for (int i = chain.size() - 1; i >= 0; i--) {
            down.add(new MigrationStep(chain.get(i), Direction.DOWNGRADE));
        }
        // Each chain starts from base: the revert of the chain before it left no head.
        Run upgrade = counted(db, infos, up);
        try (Connection c = db.connect()) {
            for (int i = 0; i < length; i++) {
                assertThat(count(c, "SELECT count(*) FROM h" + (first + i))).isZero();
            }
        }
        Run downgrade = counted(db, infos, down);
        return new Counts(upgrade, downgrade);
    }

    private static Run counted(TestDatabase db, List<RevisionInfo> infos, List<MigrationStep> steps) {
        AtomicInteger connections = new AtomicInteger();
        AtomicInteger reflections = new AtomicInteger();
        List<QueryCounter> counters = new ArrayList<>();
        ConnectionSource source = () -> {
            connections.incrementAndGet();
            QueryCounter counter = new QueryCounter(db.connect());
            counters.add(counter);
            return counter.connection();
        };
        List<MigrationStep> ran = new Migrator(source, countingReflections(db.dialect(), reflections), "autogen_version",
                infos, line -> { }).run(steps);
        assertThat(ran).hasSize(steps.size());
        return new Run(connections.get(), reflections.get(), counters.stream().mapToInt(QueryCounter::count).sum());
    }

    /** The dialect as it is, counting its {@code reflect} calls. */
    private static Dialect countingReflections(Dialect dialect, AtomicInteger reflections) {
        return (Dialect) Proxy.newProxyInstance(Dialect.class.getClassLoader(), new Class<?>[] {Dialect.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("reflect")) {
                        reflections.incrementAndGet();
                    }
                    try {
                        return method.invoke(dialect, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private static LoadedRevision revision(String id, List<String> parents, String table) {
        Migration migration = new Migration() {
            @Override
            public void upgrade(Operations op) {
                op.createTable(table, column("id", Type.bigint()).notNull(), column("name", Type.varchar(50)).notNull(),
                        primaryKey("id"));
            }

            @Override
            public void downgrade(Operations op) {
                op.dropTable(table);
            }
        };
        return new LoadedRevision(new RevisionInfo(id, parents, "create " + table, "", List.of()), migration, null);
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
