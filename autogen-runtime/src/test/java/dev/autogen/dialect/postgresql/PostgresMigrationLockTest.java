package dev.autogen.dialect.postgresql;

import dev.autogen.dialect.Dialect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.testing.PostgresTest;
import dev.autogen.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class PostgresMigrationLockTest {

    @Test
    void theClassKeyIsTheBytesOfAuto() {
        assertThat(PostgresMigrationLock.CLASS).isEqualTo(0x6175746f);
    }

    /** Tenants in two schemas of one database migrate at the same time; two runs in one schema do not. */
    @PostgresTest
    void runsInOtherSchemasDoNotWait(TestDatabase db) throws Exception {
        Dialect dialect = db.dialect();
        try (Connection first = db.connect(); Connection other = db.connect(); Connection observer = db.connect()) {
            try (Statement s = other.createStatement()) {
                s.execute("CREATE SCHEMA IF NOT EXISTS autogen_lock_other");
                s.execute("SET search_path TO autogen_lock_other");
            }
            dialect.beginMigrationTransaction(first);
            CompletableFuture.runAsync(() -> begin(dialect, other)).get(10, TimeUnit.SECONDS);
            assertThat(heldBy(observer, first)).isTrue();
            assertThat(heldBy(observer, other)).isTrue();
            first.rollback();
            other.rollback();
            try (Statement s = observer.createStatement()) {
                s.execute("DROP SCHEMA autogen_lock_other");
            }
        }
    }

    @PostgresTest
    void aSecondRunWaitsUntilTheFirstCommits(TestDatabase db) throws Exception {
        Dialect dialect = db.dialect();
        try (Connection first = db.connect(); Connection second = db.connect(); Connection observer = db.connect()) {
            dialect.beginMigrationTransaction(first);
            assertThat(first.getAutoCommit()).isFalse();
            CompletableFuture<Void> secondRun = CompletableFuture.runAsync(() -> begin(dialect, second));
            waitUntilWaiting(observer, second);
            assertThat(secondRun).isNotDone();

            first.commit();
            secondRun.get(10, TimeUnit.SECONDS);
            assertThat(heldBy(observer, second)).isTrue();
            second.rollback();
            assertThat(heldBy(observer, second)).isFalse();
        }
    }

    @PostgresTest
    void theLockEndsWithARollback(TestDatabase db) throws Exception {
        Dialect dialect = db.dialect();
        try (Connection first = db.connect(); Connection second = db.connect()) {
            dialect.beginMigrationTransaction(first);
            first.rollback();
            CompletableFuture.runAsync(() -> begin(dialect, second)).get(10, TimeUnit.SECONDS);
            second.rollback();
        }
    }

    private static void begin(Dialect dialect, Connection connection) {
        try {
            dialect.beginMigrationTransaction(connection);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Polls pg_locks until {@code waiter}'s backend waits for the advisory lock. */
    private static void waitUntilWaiting(Connection observer, Connection waiter) throws Exception {
        int pid = pid(waiter);
        for (int i = 0; i < 100; i++) {
            if (lockRows(observer, pid, false) > 0) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the second run never waited for the lock");
    }

    private static boolean heldBy(Connection observer, Connection holder) throws Exception {
        return lockRows(observer, pid(holder), true) > 0;
    }

    private static int lockRows(Connection observer, int pid, boolean granted) throws Exception {
        String sql = "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND pid = " + pid
                + " AND granted = " + granted + " AND classid::bigint = " + PostgresMigrationLock.CLASS
                + " AND objsubid = 2";
        try (Statement s = observer.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static int pid(Connection connection) throws Exception {
        return connection.unwrap(org.postgresql.PGConnection.class).getBackendPID();
    }
}
