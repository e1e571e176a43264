package dev.autogen.dialect.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteConnection;

/** BEGIN IMMEDIATE semantics of the migration transaction, with two connections on one file. */
class SqliteMigrationLockTest {
    private final SqliteDialect sqlite = new SqliteDialect();
    private final ExecutorService other = Executors.newSingleThreadExecutor();
    private String url;

    @BeforeEach
    void createDatabase(@TempDir Path dir) throws SQLException {
        url = "jdbc:sqlite:" + dir.resolve("lock.db");
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE steps (n INTEGER)");
        }
    }

    @AfterEach
    void stop() {
        other.shutdownNow();
    }

    /** A connection that gives up on a lock after 100 ms, to observe the lock without waiting long. */
    Connection impatient() throws SQLException {
        Connection c = DriverManager.getConnection(url);
        c.unwrap(SQLiteConnection.class).setBusyTimeout(100);
        return c;
    }

    @Test
    void theWriteLockIsHeldFromTheStartUntilCommit() throws Exception {
        try (Connection first = DriverManager.getConnection(url); Connection writer = impatient();
                Statement w = writer.createStatement()) {
            sqlite.beginMigrationTransaction(first);
            assertThat(first.getAutoCommit()).isFalse();
            // Nothing written yet, and still no one else may write.
            assertThatThrownBy(() -> w.executeUpdate("INSERT INTO steps VALUES (0)"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("locked");
            first.commit();
            // Committing ends the lock: the driver's next transaction does not take it again.
            assertThat(w.executeUpdate("INSERT INTO steps VALUES (0)")).isEqualTo(1);
        }
    }

    @Test
    void aSecondMigrationWaitsForTheFirst() throws Exception {
        try (Connection first = DriverManager.getConnection(url); Connection second = DriverManager.getConnection(url)) {
            sqlite.beginMigrationTransaction(first);
            try (Statement s = first.createStatement()) {
                s.executeUpdate("INSERT INTO steps VALUES (1)");
            }
            Future<Long> waiting = other.submit(() -> {
                sqlite.beginMigrationTransaction(second);
                // Under the lock, the second run sees what the first committed.
                long seen = count(second);
                try (Statement s = second.createStatement()) {
                    s.executeUpdate("INSERT INTO steps VALUES (2)");
                }
                second.commit();
                return seen;
            });
            assertThatThrownBy(() -> waiting.get(500, TimeUnit.MILLISECONDS)).isInstanceOf(TimeoutException.class);
            first.commit();
            assertThat(waiting.get(10, TimeUnit.SECONDS)).isEqualTo(1);
            assertThat(count(first)).isEqualTo(2);
        }
    }

    @Test
    void rollbackEndsTheLockAndABeginAfterACommitTakesItAgain() throws Exception {
        try (Connection first = DriverManager.getConnection(url); Connection writer = impatient();
                Statement w = writer.createStatement()) {
            sqlite.beginMigrationTransaction(first);
            first.rollback();
            assertThat(w.executeUpdate("INSERT INTO steps VALUES (0)")).isEqualTo(1);
            // The next step of the same run: auto-commit is already off.
            sqlite.beginMigrationTransaction(first);
            assertThatThrownBy(() -> w.executeUpdate("INSERT INTO steps VALUES (0)")).isInstanceOf(SQLException.class);
            first.commit();
        }
    }

    @Test
    void aWaitingWriterWaitsRatherThanFailingAtOnce() throws Exception {
        try (Connection first = DriverManager.getConnection(url); Connection second = DriverManager.getConnection(url)) {
            sqlite.beginMigrationTransaction(first);
            assertThat(first.unwrap(SQLiteConnection.class).getBusyTimeout())
                    .isGreaterThanOrEqualTo((int) SqliteMigrationLock.WAIT.toMillis());
            CompletableFuture<Void> released = CompletableFuture.runAsync(() -> {
                sleep(300);
                commit(first);
            });
            long start = System.nanoTime();
            sqlite.beginMigrationTransaction(second);
            assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isGreaterThanOrEqualTo(250);
            second.commit();
            released.get(5, TimeUnit.SECONDS);
        }
    }

    /** A table rebuild drops the old table: enforced foreign keys would cascade that into other tables. */
    @Test
    void foreignKeysAreNotEnforcedDuringAMigration() throws Exception {
        SQLiteConfig enforcing = new SQLiteConfig();
        enforcing.enforceForeignKeys(true);
        try (Connection c = DriverManager.getConnection(url, enforcing.toProperties())) {
            assertThat(pragma(c, "foreign_keys")).isEqualTo(1);
            sqlite.beginMigrationTransaction(c);
            assertThat(pragma(c, "foreign_keys")).isZero();
            c.commit();
        }
    }

    private static long pragma(Connection c, String name) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("PRAGMA " + name)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static long count(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT count(*) FROM steps")) {
            r.next();
            return r.getLong(1);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void commit(Connection c) {
        try {
            c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
