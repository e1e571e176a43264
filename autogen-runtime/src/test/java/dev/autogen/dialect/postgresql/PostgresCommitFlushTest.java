package dev.autogen.dialect.postgresql;

import static dev.autogen.migration.Columns.column;
import static dev.autogen.migration.Columns.primaryKey;
import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.migration.Migration;
import dev.autogen.migration.Operations;
import dev.autogen.migration.Type;
import dev.autogen.revision.LoadedRevision;
import dev.autogen.revision.RevisionInfo;
import dev.autogen.runtime.ConnectionSource;
import dev.autogen.runtime.Direction;
import dev.autogen.runtime.MigrationStep;
import dev.autogen.runtime.Migrator;
import dev.autogen.testing.PostgresTest;
import dev.autogen.testing.TestDatabase;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * A run of several revisions commits each one without waiting for the disk, and its last commit
 * waits for all of them: the setting in force is read on the run's own connection just before
 * each commit. A run of one revision waits as every transaction does.
 */
class PostgresCommitFlushTest {

    @PostgresTest
    void onlyTheLastCommitOfARunWaitsForTheDisk(TestDatabase db) throws Exception {
        List<LoadedRevision> chain = chain(4);
        List<String> settings = new ArrayList<>();

        run(db, chain, chain.subList(0, 3), settings);
        assertThat(settings).containsExactly("off", "off", "on");

        settings.clear();
        run(db, chain, chain.subList(3, 4), settings);
        assertThat(settings).containsExactly("on");

        try (Connection c = db.connect(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT version_num FROM autogen_version")) {
            assertThat(r.next()).isTrue();
            assertThat(r.getString(1)).isEqualTo(chain.get(3).info().id());
            assertThat(r.next()).isFalse();
        }
    }

    private static void run(TestDatabase db, List<LoadedRevision> all, List<LoadedRevision> revisions,
            List<String> settings) {
        ConnectionSource source = () -> probingCommits(db.connect(), settings);
        List<MigrationStep> steps = revisions.stream().map(r -> new MigrationStep(r, Direction.UPGRADE)).toList();
        List<MigrationStep> ran = new Migrator(source, db.dialect(), "autogen_version",
                all.stream().map(LoadedRevision::info).toList(), line -> { }).run(steps);
        assertThat(ran).hasSize(revisions.size());
    }

    /** The connection, reading {@code synchronous_commit} into {@code settings} before each commit. */
    private static Connection probingCommits(Connection target, List<String> settings) {
        return (Connection) Proxy.newProxyInstance(PostgresCommitFlushTest.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    if (method.getName().equals("commit")) {
                        settings.add(setting(target));
                    }
                    try {
                        return method.invoke(target, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private static String setting(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SHOW synchronous_commit")) {
            r.next();
            return r.getString(1);
        }
    }

    private static List<LoadedRevision> chain(int length) {
        List<LoadedRevision> chain = new ArrayList<>();
        for (int i = 0; i < length; i++) {
            String table = "t" + i;
            Migration migration = new Migration() {
                @Override
                public void upgrade(Operations op) {
                    op.createTable(table, column("id", Type.bigint()).notNull(), primaryKey("id"));
                }

                @Override
                public void downgrade(Operations op) {
                    op.dropTable(table);
                }
            };
            List<String> parents = i == 0 ? List.of() : List.of(chain.get(i - 1).info().id());
            chain.add(new LoadedRevision(new RevisionInfo(String.format("c%011d", i), parents, "create " + table, "",
                    List.of()), migration, null));
        }
        return chain;
    }
}
