package dev.autogen.runtime;

import static dev.autogen.runtime.LambdaRevisions.revision;

import static dev.autogen.migration.Columns.column;
import static dev.autogen.migration.Columns.primaryKey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.autogen.AutogenException;
import dev.autogen.migration.Type;
import dev.autogen.revision.LoadedRevision;
import dev.autogen.schema.Index;
import dev.autogen.schema.Schema;
import dev.autogen.schema.Table;
import dev.autogen.testing.DatabaseTest;
import dev.autogen.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A revision whose third statement fails because of the data, on every database. Where DDL is
 * transactional nothing of it stays; on MariaDB the two statements before stay applied, the run
 * records how far it got, and after the data is fixed the next upgrade resumes at the third
 * statement without running the first two again, or a downgrade reverts exactly those two. The
 * rows are checksummed before and after every run.
 */
class PartialRevisionTest {
    private static final String R1 = "b00000000001";
    private static final String R2 = "b00000000002";

    /** Two accounts share an email, so a unique index on it cannot be built until one is fixed. */
    private static final LoadedRevision ACCOUNTS = revision(R1, List.of(), op -> {
        op.createTable("accounts", column("id", Type.bigint()).notNull(), column("email", Type.varchar(60)),
                primaryKey("id"));
        op.execute("INSERT INTO accounts (id, email) VALUES (1, 'ann@example.com')");
        op.execute("INSERT INTO accounts (id, email) VALUES (2, 'bob@example.com')");
        op.execute("INSERT INTO accounts (id, email) VALUES (3, 'ann@example.com')");
    }, op -> op.dropTable("accounts"));

    /** Statement 3 of 4 fails on the duplicate email. */
    private static final LoadedRevision UNIQUE_EMAILS = revision(R2, List.of(R1), op -> {
        op.addColumn("accounts", column("note", Type.varchar(40)));
        op.createTable("ledger", column("id", Type.bigint()).notNull(), primaryKey("id"));
        op.createUniqueIndex("ux_accounts_email", "accounts", "email");
        op.addColumn("ledger", column("amount", Type.integer()));
    }, op -> {
        op.dropColumn("ledger", "amount");
        op.dropIndex("ux_accounts_email", "accounts");
        op.dropTable("ledger");
        op.dropColumn("accounts", "note");
    });

    @DatabaseTest
    void anUpgradeStoppedByTheDataResumesAtTheFailedStatementOnceTheDataIsFixed(TestDatabase db) throws Exception {
        MigrationPlanner planner = new MigrationPlanner(List.of(ACCOUNTS, UNIQUE_EMAILS));
        upgrade(db, planner, R1);
        String rows = rows(db);

        assertThatThrownBy(() -> upgrade(db, planner, "head")).isInstanceOf(MigrationFailedException.class)
                .hasMessageContaining("revision " + R2 + " failed")
                .hasMessageContaining("[statement: ").hasMessageContaining("ux_accounts_email");
        Migrator migrator = migrator(db, planner, line -> { });
        assertThat(migrator.currentHeads()).containsExactly(R1);
        assertThat(rows(db)).isEqualTo(rows);
        if (db.isMariaDb()) {
            assertThat(migrator.partialRevision().map(RevisionProgress::describe))
                    .contains(R2 + " (partially applied: 2 of 4 statements)");
            assertThat(tables(db)).contains("ledger");
            assertThat(columns(db, "accounts")).containsExactly("id", "email", "note");
        } else {
            assertThat(migrator.partialRevision()).isEmpty();
            assertThat(tables(db)).doesNotContain("ledger");
            assertThat(columns(db, "accounts")).containsExactly("id", "email");
        }

        execute(db, "UPDATE accounts SET email = 'cy@example.com' WHERE id = 3");
        String fixed = rows(db);
        List<String> log = new ArrayList<>();
        assertThat(migrator(db, planner, log::add).run(planner.upgrade(
                migrator.headsToPlanFrom(Direction.UPGRADE), "head"))).hasSize(1);

        assertThat(log).singleElement().asString().startsWith("Running upgrade " + R1 + " -> " + R2)
                .endsWith(db.isMariaDb() ? "(resuming at statement 3 of 4)" : R2);
        assertThat(migrator.currentHeads()).containsExactly(R2);
        assertThat(migrator.partialRevision()).isEmpty();
        assertThat(columns(db, "accounts")).containsExactly("id", "email", "note");
        assertThat(columns(db, "ledger")).containsExactly("id", "amount");
        assertThat(rows(db)).isEqualTo(fixed);
        Table accounts = reflected(db).table("accounts").orElseThrow();
        assertThat(accounts.indexes().stream().map(Index::name).toList()
                + " " + accounts.constraints().stream().map(k -> k.name().orElse("")).toList())
                .contains("ux_accounts_email");
    }

    @DatabaseTest
    void aDowngradeOfARevisionStoppedPartWayRevertsOnlyWhatRan(TestDatabase db) throws Exception {
        MigrationPlanner planner = new MigrationPlanner(List.of(ACCOUNTS, UNIQUE_EMAILS));
        upgrade(db, planner, R1);
        Schema atR1 = reflected(db);
        String rows = rows(db);
        assertThatThrownBy(() -> upgrade(db, planner, "head")).isInstanceOf(MigrationFailedException.class);

        List<String> log = new ArrayList<>();
        Migrator migrator = migrator(db, planner, log::add);
        migrator.run(planner.downgrade(migrator.headsToPlanFrom(Direction.DOWNGRADE), R1));

        // Everywhere the database is back at R1 with its rows; on MariaDB by reverting the two statements that ran.
        assertThat(log).isEqualTo(db.isMariaDb()
                ? List.of("Reverting the 2 statement(s) that ran of " + R2 + " (partially applied: 2 of 4 statements)")
                : List.of());
        assertThat(migrator.currentHeads()).containsExactly(R1);
        assertThat(migrator.partialRevision()).isEmpty();
        assertThat(reflected(db)).isEqualTo(atR1);
        assertThat(rows(db)).isEqualTo(rows);
    }

    /**
     * A revision edited after it stopped part way is not resumed: its remaining statements may not
     * fit those that ran. What ran is still reverted, with the statements recorded at the start.
     */
    @DatabaseTest
    void anEditedRevisionIsNotResumedButWhatRanOfItIsStillReverted(TestDatabase db) throws Exception {
        MigrationPlanner planner = new MigrationPlanner(List.of(ACCOUNTS, UNIQUE_EMAILS));
        upgrade(db, planner, R1);
        Schema atR1 = reflected(db);
        assertThatThrownBy(() -> upgrade(db, planner, "head")).isInstanceOf(MigrationFailedException.class);
        LoadedRevision edited = revision(R2, List.of(R1), op -> {
            op.addColumn("accounts", column("note", Type.varchar(40)));
            op.createTable("ledger", column("id", Type.bigint()).notNull(), primaryKey("id"));
            op.createIndex("ix_accounts_email", "accounts", "email");
        }, op -> {
            op.dropIndex("ix_accounts_email", "accounts");
            op.dropTable("ledger");
            op.dropColumn("accounts", "note");
        });
        MigrationPlanner editedPlanner = new MigrationPlanner(List.of(ACCOUNTS, edited));
        if (db.isMariaDb()) {
            assertThatThrownBy(() -> upgrade(db, editedPlanner, "head")).isInstanceOf(AutogenException.class)
                    .hasMessage("cannot resume " + R2 + " (partially applied: 2 of 4 statements): the revision changed"
                            + " since it started, so its remaining statements may not fit those that ran; `downgrade "
                            + R1 + "` reverts what ran with the statements recorded when it started, or restore the"
                            + " revision");
            Migrator migrator = migrator(db, editedPlanner, line -> { });
            migrator.run(editedPlanner.downgrade(migrator.headsToPlanFrom(Direction.DOWNGRADE), R1));
            assertThat(reflected(db)).isEqualTo(atR1);
        }
        upgrade(db, editedPlanner, "head");
        assertThat(columns(db, "accounts")).containsExactly("id", "email", "note");
        assertThat(migrator(db, editedPlanner, line -> { }).currentHeads()).containsExactly(R2);
    }

    /** A downgrade that stops part way is resumed by the next downgrade, or undone by an upgrade. */
    @DatabaseTest
    void aDowngradeStoppedPartWayIsUndoneByAnUpgrade(TestDatabase db) throws Exception {
        LoadedRevision notes = revision(R2, List.of(R1), op -> {
            op.addColumn("accounts", column("note", Type.varchar(40)));
            op.createTable("ledger", column("id", Type.bigint()).notNull(), primaryKey("id"));
        }, op -> {
            op.dropColumn("accounts", "note");
            // Fails on the duplicate email: after the column's drop, so the server finds it only at the statement.
            op.createUniqueIndex("ux_accounts_email", "accounts", "email");
            op.dropTable("ledger");
        });
        MigrationPlanner planner = new MigrationPlanner(List.of(ACCOUNTS, notes));
        upgrade(db, planner, "head");
        Schema atR2 = reflected(db);
        String rows = rows(db);

        Migrator migrator = migrator(db, planner, line -> { });
        assertThatThrownBy(() -> migrator.run(planner.downgrade(migrator.currentHeads(), R1)))
                .isInstanceOf(MigrationFailedException.class).hasMessageContaining("revision " + R2 + " failed");
        assertThat(migrator.currentHeads()).containsExactly(R2);
        assertThat(rows(db)).isEqualTo(rows);
        if (db.isMariaDb()) {
            assertThat(migrator.partialRevision().map(RevisionProgress::describe))
                    .contains(R2 + " (partially reverted: 1 of 3 statements)");
            assertThat(columns(db, "accounts")).doesNotContain("note");
        }

        migrator.run(planner.upgrade(migrator.headsToPlanFrom(Direction.UPGRADE), "head"));
        assertThat(migrator.currentHeads()).containsExactly(R2);
        assertThat(migrator.partialRevision()).isEmpty();
        assertThat(reflected(db)).isEqualTo(atR2);
        assertThat(rows(db)).isEqualTo(rows);
    }

    private static void upgrade(TestDatabase db, MigrationPlanner planner, String target) {
        Migrator migrator = migrator(db, planner, line -> { });
        migrator.run(planner.upgrade(migrator.headsToPlanFrom(Direction.UPGRADE), target));
    }

    private static Migrator migrator(TestDatabase db, MigrationPlanner planner, Consumer<String> log) {
        return new Migrator(db::connect, db.dialect(), "autogen_version", planner.infos(), log);
    }

    private static Schema reflected(TestDatabase db) throws SQLException {
        try (Connection c = db.connect()) {
            return db.dialect().reflect(c, name -> !name.startsWith("autogen_version"));
        }
    }

    private static List<String> tables(TestDatabase db) throws SQLException {
        return reflected(db).tables().stream().map(Table::name).toList();
    }

    private static List<String> columns(TestDatabase db, String table) throws SQLException {
        return reflected(db).table(table).orElseThrow().columns().stream().map(c -> c.name()).toList();
    }

    /** Every account, one line each, in id order: the rows every run must keep. */
    private static String rows(TestDatabase db) throws SQLException {
        List<String> lines = new ArrayList<>();
        try (Connection c = db.connect(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT id, email FROM accounts ORDER BY id")) {
            while (r.next()) {
                lines.add(r.getLong(1) + "|" + Optional.ofNullable(r.getString(2)).orElse("-"));
            }
        }
        return String.join("\n", lines);
    }

    private static void execute(TestDatabase db, String sql) throws SQLException {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
