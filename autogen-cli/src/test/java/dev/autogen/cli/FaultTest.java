package dev.autogen.cli;

import static dev.autogen.cli.BadInputTest.failsWith;
import static dev.autogen.cli.BooksTutorialTest.succeeds;
import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.testing.DatabaseTest;
import dev.autogen.testing.TestDatabase;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * What goes wrong in real deploys, on every database: a statement refused halfway through a
 * revision, the process killed in the middle of one, and two upgrades started at once. Where DDL
 * is transactional each leaves a database whose schema and version table agree, and the next run
 * does the whole revision; on MariaDB, whose DDL commits statement by statement, the version does
 * not move, the database is "partially at" the revision ({@code current} and {@code check} say
 * so), and the next run resumes at the statement that did not run.
 */
class FaultTest {
    static final String R1 = "f00000000001";
    static final String R2 = "f00000000002";
    static final String R3 = "f00000000003";
    static final String R4 = "f00000000004";

    static final String ACCOUNT = """
            package com.example.model;

            import jakarta.persistence.*;

            @Entity
            @Table(name = "accounts")
            public class Account {
                @Id Long id;
                Integer balance;
            }
            """;

    @DatabaseTest
    void aStatementFailingHalfwayLeavesTheRevisionUnappliedAndTheNextUpgradeFinishesIt(TestDatabase db)
            throws Exception {
        UserProject app = new UserProject(db);
        app.migration(R1, List.of(), """
                op.createTable("accounts", column("id", Type.bigint()).notNull(), primaryKey("id"));
                """, "op.dropTable(\"accounts\");");
        app.migration(R2, List.of(R1), """
                op.createTable("ledger", column("id", Type.bigint()).notNull(), primaryKey("id"));
                op.addColumn("accounts", column("balance", Type.integer()));
                op.execute("INSERT INTO accounts (id, balance) VALUES (1, 10)");
                op.execute("INSERT INTO no_such_table (id) VALUES (1)");
                op.createIndex("ix_accounts_balance", "accounts", "balance");
                """, """
                op.dropIndex("ix_accounts_balance", "accounts");
                op.dropColumn("accounts", "balance");
                op.dropTable("ledger");
                """);

        CliRun run = app.autogen("upgrade", "head");

        assertThat(run.out()).contains("Running upgrade  -> " + R1, "Running upgrade " + R1 + " -> " + R2);
        DatabaseView database = new DatabaseView(db);
        assertThat(database.versions()).containsExactly(R1);
        assertThat(run.err()).contains("[statement: INSERT INTO no_such_table (id) VALUES (1)]");
        app.entities(Map.of("Account", ACCOUNT));
        if (db.isMariaDb()) {
            // Each DDL statement commits on its own: the three before the failing one stay applied.
            failsWith(run, "revision " + R2 + " failed at statement 4 of 5, so the database is partially at " + R2
                    + " (3 of 5 statements applied; the version did not move): ");
            assertThat(run.err()).endsWith("; once the cause is fixed, `upgrade` resumes at statement 4, and"
                    + " `downgrade " + R1 + "` reverts the 3 that ran\n");
            assertThat(database.tables()).containsExactly("accounts", "autogen_version", "autogen_version_checksums",
                    "autogen_version_progress", "ledger");
            assertThat(database.columns("accounts")).containsOnlyKeys("id", "balance");
            assertThat(database.query("SELECT * FROM accounts")).hasSize(1);
            assertThat(succeeds(app.autogen("current")).out()).isEqualTo(R1 + "\n" + R2
                    + " (partially applied: 3 of 5 statements)\n");
            CliRun check = app.autogen("check");
            assertThat(check.exitCode()).as(check.toString()).isEqualTo(1);
            assertThat(check.out() + check.err()).contains("a run stopped part way through revision " + R2
                    + ": the version table says " + R1 + ", and the database holds " + R2
                    + " (partially applied: 3 of 5 statements)", "`autogen upgrade` resumes at statement 4 of 5");
        } else {
            failsWith(run, "revision " + R2 + " failed and was rolled back");
            assertThat(database.tables()).containsExactly("accounts", "autogen_version", "autogen_version_checksums");
            assertThat(database.columns("accounts")).containsOnlyKeys("id");
            assertThat(database.query("SELECT * FROM accounts")).isEmpty();
            assertThat(succeeds(app.autogen("current")).out()).isEqualTo(R1 + "\n");
            assertThat(app.autogen("check").out()).doesNotContain("part way");
        }

        // The cause fixed: the next upgrade finishes the revision, on MariaDB from the statement that failed.
        database.execute("CREATE TABLE no_such_table (id INTEGER)");
        CliRun next = succeeds(app.autogen("upgrade", "head"));
        assertThat(next.out()).contains("Running upgrade " + R1 + " -> " + R2 + ", revision " + R2
                + (db.isMariaDb() ? " (resuming at statement 4 of 5)" : "\n"));
        assertThat(database.versions()).containsExactly(R2);
        assertThat(database.columns("accounts")).containsOnlyKeys("id", "balance");
        assertThat(database.query("SELECT id, balance FROM accounts").toString()).isEqualTo("[{id=1, balance=10}]");
        assertThat(database.query("SELECT id FROM no_such_table")).hasSize(1);
        assertThat(database.indexes("accounts")).containsKey("ix_accounts_balance");
        assertThat(succeeds(app.autogen("current")).out()).isEqualTo(R2 + " (head)\n");
    }

    /**
     * A revision stopped part way is reverted by a downgrade, which undoes only what ran; raw SQL,
     * which has no reverse, is the user's to undo, then {@code stamp} forgets the revision.
     */
    @DatabaseTest
    void aDowngradeRevertsOnlyWhatRanOfARevisionStoppedPartWay(TestDatabase db) throws Exception {
        UserProject app = new UserProject(db);
        app.migration(R1, List.of(), """
                op.createTable("accounts", column("id", Type.bigint()).notNull(), primaryKey("id"));
                op.execute("INSERT INTO accounts (id) VALUES (1)");
                op.execute("INSERT INTO accounts (id) VALUES (2)");
                """, "op.dropTable(\"accounts\");");
        app.migration(R2, List.of(R1), """
                op.createTable("ledger", column("id", Type.bigint()).notNull(), primaryKey("id"));
                op.addColumn("accounts", column("code", Type.varchar(8)));
                op.execute("INSERT INTO no_such_table (id) VALUES (1)");
                """, """
                op.dropColumn("accounts", "code");
                op.dropTable("ledger");
                """);
        succeeds(app.autogen("upgrade", R1));
        DatabaseView database = new DatabaseView(db);
        List<Map<String, Object>> rows = database.query("SELECT id FROM accounts ORDER BY id");
        assertThat(app.autogen("upgrade", "head").exitCode()).isEqualTo(2);

        CliRun down = succeeds(app.autogen("downgrade", R1));
        assertThat(down.out()).contains(db.isMariaDb()
                ? "Reverting the 2 statement(s) that ran of " + R2 + " (partially applied: 2 of 3 statements)"
                : "");
        assertThat(database.versions()).containsExactly(R1);
        assertThat(database.tables()).doesNotContain("ledger");
        assertThat(database.columns("accounts")).containsOnlyKeys("id");
        assertThat(database.query("SELECT id FROM accounts ORDER BY id")).isEqualTo(rows);
        assertThat(succeeds(app.autogen("current")).out()).isEqualTo(R1 + "\n");

        // Raw SQL that ran has no reverse: refused before anything is undone, with the way out.
        app.migration(R2, List.of(R1), """
                op.createTable("ledger", column("id", Type.bigint()).notNull(), primaryKey("id"));
                op.execute("INSERT INTO accounts (id) VALUES (3)");
                op.execute("INSERT INTO no_such_table (id) VALUES (1)");
                """, "op.dropTable(\"ledger\");");
        assertThat(app.autogen("upgrade", "head").exitCode()).isEqualTo(2);
        if (db.isMariaDb()) {
            failsWith(app.autogen("downgrade", R1), "cannot revert what ran of " + R2 + " (partially applied: 2 of 3"
                    + " statements): statement 2 [INSERT INTO accounts (id) VALUES (3)] has no reverse (raw SQL or a data step);"
                    + " undo them by hand, then `stamp " + R1 + "` forgets " + R2);
            assertThat(database.tables()).contains("ledger");
            database.execute("DELETE FROM accounts WHERE id = 3");
            database.execute("DROP TABLE ledger");
            succeeds(app.autogen("stamp", R1));
        }
        assertThat(succeeds(app.autogen("current")).out()).isEqualTo(R1 + "\n");
        assertThat(database.tables()).doesNotContain("ledger");
        assertThat(database.query("SELECT id FROM accounts ORDER BY id")).isEqualTo(rows);
    }

    /** A COMMIT in a hand-written migration would make half a revision permanent: refused (issue 12, case 8). */
    @DatabaseTest
    void transactionControlInExecuteIsRefusedAndNothingOfTheRevisionStays(TestDatabase db) throws Exception {
        UserProject app = new UserProject(db);
        app.migration(R1, List.of(), """
                op.createTable("accounts", column("id", Type.bigint()).notNull(), primaryKey("id"));
                op.execute("INSERT INTO accounts (id) VALUES (1)");
                """, "op.dropTable(\"accounts\");");
        succeeds(app.autogen("upgrade", "head"));
        for (String control : List.of("COMMIT", "ROLLBACK", "BEGIN", "SAVEPOINT s1", "END")) {
            app.migration(R2, List.of(R1), """
                    op.createTable("ledger", column("id", Type.bigint()).notNull(), primaryKey("id"));
                    op.execute("INSERT INTO accounts (id) VALUES (2); %s");
                    op.execute("INSERT INTO no_such_table (id) VALUES (1)");
                    """.formatted(control), "op.dropTable(\"ledger\");");
            failsWith(app.autogen("upgrade", "head"), control.split(" ")[0] + " controls the transaction");
            DatabaseView database = new DatabaseView(db);
            assertThat(database.versions()).containsExactly(R1);
            assertThat(database.tables()).doesNotContain("ledger");
            assertThat(database.query("SELECT id FROM accounts")).hasSize(1);
        }
        // A body that only looks like transaction control is not refused.
        String body = db.isSqlite()
                ? "CREATE TRIGGER accounts_added AFTER INSERT ON accounts BEGIN DELETE FROM ledger; END"
                : db.isMariaDb()
                ? "CREATE TRIGGER accounts_added AFTER INSERT ON accounts FOR EACH ROW BEGIN DELETE FROM ledger; END"
                : "DO $$ BEGIN INSERT INTO ledger (id) VALUES (7); END $$";
        app.migration(R2, List.of(R1), """
                op.createTable("ledger", column("id", Type.bigint()).notNull(), primaryKey("id"));
                op.execute("%s");
                """.formatted(body), "op.dropTable(\"ledger\");");
        succeeds(app.autogen("upgrade", "head"));
        assertThat(new DatabaseView(db).versions()).containsExactly(R2);
    }

    @DatabaseTest
    void aKilledUpgradeLeavesAConsistentDatabaseThatTheNextRunFinishes(TestDatabase db) throws Exception {
        UserProject app = new UserProject(db);
        app.migration(R1, List.of(), """
                op.createTable("events", column("id", Type.bigint()).notNull(), primaryKey("id"));
                """, "op.dropTable(\"events\");");
        app.migration(R2, List.of(R1), """
                op.createTable("audit", column("id", Type.bigint()).notNull(), primaryKey("id"));
                op.execute("%s");
                op.createIndex("ix_audit_id", "audit", "id");
                """.formatted(ChildProcess.longInsert(db)), """
                op.dropTable("audit");
                op.execute("DELETE FROM events");
                """);
        succeeds(app.autogen("upgrade", R1));

        ChildProcess child = ChildProcess.autogen(app, "upgrade", "head");
        child.waitUntilWriting(db);
        child.kill();

        DatabaseView database = new DatabaseView(db);
        assertThat(database.versions()).as(child.output()).containsExactly(R1);
        assertThat(count(database, "events")).isZero();
        if (db.isMariaDb()) {
            // CREATE TABLE audit committed by itself before the kill; the insert was still uncommitted.
            assertThat(database.tables()).containsExactly("audit", "autogen_version", "autogen_version_checksums",
                    "autogen_version_progress", "events");
            assertThat(succeeds(app.autogen("current")).out()).isEqualTo(R1 + "\n" + R2
                    + " (partially applied: 1 of 3 statements)\n");
        } else {
            assertThat(database.tables()).containsExactly("autogen_version", "autogen_version_checksums", "events");
            assertThat(succeeds(app.autogen("current")).out()).isEqualTo(R1 + "\n");
        }
        CliRun next = succeeds(app.autogen("upgrade", "head"));
        assertThat(next.out()).contains("Running upgrade " + R1 + " -> " + R2 + ", revision " + R2
                + (db.isMariaDb() ? " (resuming at statement 2 of 3)" : "\n"));
        assertThat(database.versions()).containsExactly(R2);
        assertThat(database.tables()).contains("audit", "autogen_version", "autogen_version_checksums", "events");
        assertThat(count(database, "events")).isEqualTo(ChildProcess.longInsertRows(db));
        assertThat(database.indexes("audit")).containsKey("ix_audit_id");
        assertThat(succeeds(app.autogen("current")).out()).isEqualTo(R2 + " (head)\n");
    }

    /**
     * Another writer holds the database longer than sqlite-jdbc's 3-second default busy timeout: the
     * upgrade waits, also for its first read of the version table, and then does its work (issue 12,
     * case 1). On PostgreSQL and MariaDB the same wait is the server's lock queue.
     */
    @DatabaseTest
    void anUpgradeWaitsForAnotherWritersLockInsteadOfFailing(TestDatabase db) throws Exception {
        UserProject app = new UserProject(db);
        app.migration(R1, List.of(), """
                op.createTable("accounts", column("id", Type.bigint()).notNull(), primaryKey("id"));
                """, "op.dropTable(\"accounts\");");
        succeeds(app.autogen("upgrade", R1));
        app.migration(R2, List.of(R1), "op.execute(\"INSERT INTO accounts (id) VALUES (2)\");",
                "op.execute(\"DELETE FROM accounts\");");
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try (java.sql.Connection writer = db.connect(); java.sql.Statement s = writer.createStatement()) {
            // The strongest lock each database has, as a large table rebuild holds it while it commits:
            // on SQLite even reading waits for it.
            if (db.isSqlite()) {
                s.execute("BEGIN EXCLUSIVE");
            } else if (db.isMariaDb()) {
                s.execute("LOCK TABLES autogen_version WRITE");
            } else {
                writer.setAutoCommit(false);
                s.execute("LOCK TABLE autogen_version IN ACCESS EXCLUSIVE MODE");
            }
            Future<CliRun> upgrade = pool.submit(() -> app.autogen("upgrade", "head"));
            Thread.sleep(4_500);
            assertThat(upgrade.isDone()).as("the upgrade waits while the lock is held").isFalse();
            if (db.isSqlite()) {
                s.execute("COMMIT");
            } else if (db.isMariaDb()) {
                s.execute("UNLOCK TABLES");
            } else {
                writer.commit();
            }
            succeeds(upgrade.get(2, TimeUnit.MINUTES));
        } finally {
            pool.shutdownNow();
        }
        DatabaseView database = new DatabaseView(db);
        assertThat(database.versions()).containsExactly(R2);
        assertThat(database.query("SELECT id FROM accounts ORDER BY id")).hasSize(1);
    }

    @DatabaseTest
    void twoUpgradesStartedAtOnceApplyEachRevisionOnce(TestDatabase db) throws Exception {
        UserProject app = new UserProject(db);
        app.migration(R1, List.of(), """
                op.createTable("applied", column("revision", Type.varchar(12)).notNull());
                """, "op.dropTable(\"applied\");");
        for (String[] step : new String[][] {{R2, R1}, {R3, R2}, {R4, R3}}) {
            app.migration(step[0], List.of(step[1]), "op.execute(\"INSERT INTO applied (revision) VALUES ('"
                    + step[0] + "')\");", "op.execute(\"DELETE FROM applied WHERE revision = '" + step[0] + "'\");");
        }
        // Two processes of the launcher, as two instances of a deploy would start.
        ChildProcess first = ChildProcess.autogenLoggingTo(app, "first.log", "upgrade", "head");
        ChildProcess second = ChildProcess.autogenLoggingTo(app, "second.log", "upgrade", "head");
        assertThat(List.of(first.await(), second.await())).as(first.output() + second.output())
                .containsExactly(0, 0);
        String output = first.output() + second.output();
        assertThat(output.lines().filter(l -> l.startsWith("Running upgrade"))).as(output).hasSize(4);
        DatabaseView database = new DatabaseView(db);
        assertThat(database.query("SELECT revision FROM applied ORDER BY revision")).containsExactly(
                Map.of("revision", R2), Map.of("revision", R3), Map.of("revision", R4));
        assertThat(database.versions()).containsExactly(R4);
    }

    private static long count(DatabaseView database, String table) throws Exception {
        return ((Number) database.query("SELECT count(*) AS n FROM " + table).get(0).get("n")).longValue();
    }
}
