package dev.autogen.runtime;

import static dev.autogen.migration.Columns.column;
import static dev.autogen.migration.Columns.primaryKey;
import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.dialect.Dialect;
import dev.autogen.migration.Type;
import dev.autogen.revision.LoadedRevision;
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
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Timeout;

/**
 * A step reads the version table only once it holds the migration lock, even where the lock and
 * the read share a round trip: another run that takes the lock between two steps of this one and
 * moves the version is waited for and seen, and the step it did is skipped, not repeated.
 */
class LockedVersionReadTest {

    @DatabaseTest
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aStepWaitsForTheLockThenSeesTheVersionAnotherRunWrote(TestDatabase db) throws Exception {
        LoadedRevision first = table("a00000000001", List.of(), "t1");
        LoadedRevision second = table("a00000000002", List.of(first.info().id()), "t2");
        List<String> log = new ArrayList<>();
        AtomicBoolean bookkept = new AtomicBoolean();
        AtomicBoolean moved = new AtomicBoolean();
        List<Thread> others = new ArrayList<>();
        ConnectionSource source = () -> {
            Connection target = db.connect();
            return (Connection) Proxy.newProxyInstance(LockedVersionReadTest.class.getClassLoader(),
                    new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                        Object result = invoke(method, target, args);
                        if (method.getName().equals("createStatement")) {
                            return watchingBatches((Statement) result, bookkept);
                        }
                        return result;
                    });
        };
        // Once the first step committed its version and let go of the lock (MariaDB's is the session's,
        // released after the commit), another run takes the lock and applies the second.
        Dialect dialect = (Dialect) Proxy.newProxyInstance(Dialect.class.getClassLoader(), new Class<?>[] {Dialect.class},
                (proxy, method, args) -> {
                    Object result = invoke(method, db.dialect(), args);
                    if (method.getName().equals("endMigrationTransaction") && bookkept.get() && !moved.getAndSet(true)) {
                        others.add(otherRunApplying(db, first.info().id(), second.info().id()));
                    }
                    return result;
                });
        Migrator migrator = new Migrator(source, dialect, "autogen_version",
                List.of(first.info(), second.info()), log::add);

        List<MigrationStep> ran = migrator.run(List.of(new MigrationStep(first, Direction.UPGRADE),
                new MigrationStep(second, Direction.UPGRADE)));
        for (Thread other : others) {
            other.join();
        }

        assertThat(ran).extracting(step -> step.info().id()).containsExactly(first.info().id());
        assertThat(log).anySatisfy(line -> assertThat(line).startsWith("Skipping " + second.info().id()));
        try (Connection c = db.connect()) {
            assertThat(rows(c, "SELECT version_num FROM autogen_version")).containsExactly(second.info().id());
            assertThat(rows(c, "SELECT count(*) FROM t1")).containsExactly("0");
        }
    }

    /**
     * Takes the lock on a connection of its own and moves the version from {@code from} to
     * {@code to}, then commits a while later on another thread, long after this run asked for the
     * lock.
     */
    private static Thread otherRunApplying(TestDatabase db, String from, String to) throws SQLException {
        Connection other = db.connect();
        db.dialect().beginMigrationTransaction(other);
        try (Statement s = other.createStatement()) {
            assertThat(s.executeUpdate("UPDATE autogen_version SET version_num = '" + to + "' WHERE version_num = '"
                    + from + "'")).isEqualTo(1);
        }
        Thread committer = new Thread(() -> {
            try (other) {
                Thread.sleep(400);
                other.commit();
                db.dialect().endMigrationTransaction(other);
            } catch (SQLException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        committer.start();
        return committer;
    }

    private static LoadedRevision table(String id, List<String> parents, String table) {
        return LambdaRevisions.revision(id, parents,
                op -> op.createTable(table, column("id", Type.bigint()).notNull(), primaryKey("id")),
                op -> op.dropTable(table));
    }

    /** The statement, setting {@code bookkept} once it sends a batch (a step's bookkeeping). */
    private static Statement watchingBatches(Statement target, AtomicBoolean bookkept) {
        return (Statement) Proxy.newProxyInstance(LockedVersionReadTest.class.getClassLoader(),
                new Class<?>[] {Statement.class}, (proxy, method, args) -> {
                    Object result = invoke(method, target, args);
                    if (method.getName().equals("executeBatch")) {
                        bookkept.set(true);
                    }
                    return result;
                });
    }

    private static Object invoke(java.lang.reflect.Method method, Object target, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private static List<String> rows(Connection c, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                rows.add(r.getString(1));
            }
        }
        return rows;
    }
}
