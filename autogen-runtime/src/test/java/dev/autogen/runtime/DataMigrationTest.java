package dev.autogen.runtime;

import static dev.autogen.runtime.LambdaRevisions.revision;

import static dev.autogen.migration.Columns.column;
import static dev.autogen.migration.Columns.primaryKey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.autogen.migration.Alter;
import dev.autogen.migration.Type;
import dev.autogen.revision.LoadedRevision;
import dev.autogen.schema.Schema;
import dev.autogen.testing.DatabaseTest;
import dev.autogen.testing.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Data migrations on every database: a NOT NULL column added to a table of 100,000 rows, filled by
 * a Java callback ({@code op.run}) that computes each row's value, with an {@code op.execute(sql,
 * params...)} on the way. Every row is checked after the upgrade, and the rows' checksum after the
 * downgrade is the one before the upgrade.
 */
class DataMigrationTest {
    private static final String R1 = "da0000000001";
    private static final String R2 = "da0000000002";
    private static final int ROWS = 100_000;

    private static final LoadedRevision ORDERS = revision(R1, List.of(), op -> op.createTable("orders",
            column("id", Type.bigint()).notNull(), column("amount", Type.integer()).notNull(),
            column("note", Type.varchar(40)), primaryKey("id")), op -> op.dropTable("orders"));

    /** Adds orders.code NOT NULL, each row's value computed in Java from its id and amount. */
    private static final LoadedRevision CODES = revision(R2, List.of(R1), op -> {
        op.addColumn("orders", column("code", Type.varchar(24)));
        op.run(DataMigrationTest::fillCodes);
        op.execute("UPDATE orders SET note = ? WHERE note IS NULL AND amount > ?", "none", -1);
        op.alterColumn("orders", "code", Alter.nullable(false));
    }, op -> {
        op.execute("UPDATE orders SET note = NULL WHERE note = ?", "none");
        op.dropColumn("orders", "code");
    });

    @DatabaseTest
    void aNotNullColumnFilledByJavaUpgradesAndDowngradesWithEveryRowChecked(TestDatabase db) throws Exception {
        MigrationPlanner planner = new MigrationPlanner(List.of(ORDERS, CODES));
        run(db, planner, Direction.UPGRADE, R1);
        insertOrders(db);
        String before = checksum(db, false);
        Schema atR1 = reflected(db);

        run(db, planner, Direction.UPGRADE, "head");
        try (Connection c = db.connect(); Statement s = c.createStatement();
                ResultSet rows = s.executeQuery("SELECT id, amount, note, code FROM orders ORDER BY id")) {
            int seen = 0;
            while (rows.next()) {
                long id = rows.getLong(1);
                assertThat(rows.getString(4)).as("code of order %d", id).isEqualTo(code(id, rows.getInt(2)));
                assertThat(rows.getString(3)).as("note of order %d", id).isEqualTo(note(id));
                seen++;
            }
            assertThat(seen).isEqualTo(ROWS);
        }
        assertThat(nullable(db, "orders", "code")).isFalse();
        assertThat(checksum(db, true)).as("id, amount, note with 'none' read as NULL").isEqualTo(before);

        run(db, planner, Direction.DOWNGRADE, R1);
        assertThat(reflected(db)).isEqualTo(atR1);
        assertThat(checksum(db, false)).isEqualTo(before);
    }

    /**
     * The callback's writes belong to the revision: where DDL is transactional a later failure takes
     * them back with it. On MariaDB each data step commits with its progress mark, like any
     * statement: the revision stops after it, partially applied, and its writes stay.
     */
    @DatabaseTest
    void aFailureAfterTheCallbackTakesItsWritesBack(TestDatabase db) throws Exception {
        LoadedRevision failing = revision(R2, List.of(R1), op -> {
            op.run(c -> {
                try (Statement s = c.createStatement()) {
                    s.executeUpdate("UPDATE orders SET amount = amount + 1");
                }
            });
            op.execute("UPDATE orders SET amount = ? WHERE id = ?", null, 7);
        }, op -> { });
        MigrationPlanner planner = new MigrationPlanner(List.of(ORDERS, failing));
        run(db, planner, Direction.UPGRADE, R1);
        execute(db, "INSERT INTO orders (id, amount) VALUES (7, 70), (8, 80)");
        String before = checksum(db, false);

        assertThatThrownBy(() -> run(db, planner, Direction.UPGRADE, "head"))
                .isInstanceOf(MigrationFailedException.class).hasMessageContaining("revision " + R2 + " failed");
        Migrator migrator = migrator(db, planner);
        assertThat(migrator.currentHeads()).containsExactly(R1);
        if (db.isMariaDb()) {
            assertThat(migrator.partialRevision().map(RevisionProgress::describe))
                    .contains(R2 + " (partially applied: 1 of 2 statements)");
            assertThat(amounts(db)).containsExactly(71, 81);
            assertThatThrownBy(() -> run(db, planner, Direction.DOWNGRADE, R1)).hasMessageContaining(
                    "has no reverse (raw SQL or a data step)");
        } else {
            assertThat(migrator.partialRevision()).isEmpty();
            assertThat(checksum(db, false)).isEqualTo(before);
        }
    }

    private static List<Integer> amounts(TestDatabase db) throws SQLException {
        List<Integer> amounts = new ArrayList<>();
        try (Connection c = db.connect(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT amount FROM orders ORDER BY id")) {
            while (r.next()) {
                amounts.add(r.getInt(1));
            }
        }
        return amounts;
    }

    /** A callback cannot end the revision's transaction: its version row must commit with its changes. */
    @DatabaseTest
    void aCallbackCannotCommit(TestDatabase db) throws Exception {
        LoadedRevision committing = revision(R2, List.of(R1), op -> op.run(Connection::commit), op -> { });
        MigrationPlanner planner = new MigrationPlanner(List.of(ORDERS, committing));
        run(db, planner, Direction.UPGRADE, R1);
        assertThatThrownBy(() -> run(db, planner, Direction.UPGRADE, "head"))
                .isInstanceOf(MigrationFailedException.class).hasMessageContaining("Connection.commit()");
        assertThat(migrator(db, planner).currentHeads()).containsExactly(R1);
    }

    /** Offline, the bound values are written in as literals; the callback is a warning comment, not SQL. */
    @DatabaseTest
    void anOfflineScriptSaysItCannotHoldTheCallback(TestDatabase db) {
        MigrationPlanner planner = new MigrationPlanner(List.of(ORDERS, CODES));
        String script = new OfflineMigrator(db.dialect(), "autogen_version", planner.infos())
                .script(List.of(), Schema.EMPTY, planner.upgrade(List.of(), "head"));
        assertThat(script).contains("-- " + ScriptSink.CANNOT_SCRIPT + " revision " + R2 + " runs Java code (op.run)")
                .contains("UPDATE orders SET note = 'none' WHERE note IS NULL AND amount > -1;");
        assertThat(script.lines().filter(line -> line.contains("op.run"))).hasSize(1);
    }

    /** What the callback computes for a row, and what the test computes again to check it. */
    private static String code(long id, int amount) {
        return String.format(Locale.ROOT, "C%08X-%d", id * 2_654_435_761L & 0xffffffffL, amount % 97);
    }

    private static String note(long id) {
        return id % 3 == 0 ? "none" : "n" + id;
    }

    private static void fillCodes(Connection c) throws SQLException {
        List<long[]> rows = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT id, amount FROM orders")) {
            while (r.next()) {
                rows.add(new long[] {r.getLong(1), r.getInt(2)});
            }
        }
        try (PreparedStatement update = c.prepareStatement("UPDATE orders SET code = ? WHERE id = ?")) {
            int pending = 0;
            for (long[] row : rows) {
                update.setString(1, code(row[0], (int) row[1]));
                update.setLong(2, row[0]);
                update.addBatch();
                if (++pending == 5_000) {
                    update.executeBatch();
                    pending = 0;
                }
            }
            update.executeBatch();
        }
    }

    /** 100,000 orders, a third of them without a note; 1,000 rows a statement. */
    private static void insertOrders(TestDatabase db) throws SQLException {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            for (int from = 1; from <= ROWS; from += 1_000) {
                StringBuilder sql = new StringBuilder("INSERT INTO orders (id, amount, note) VALUES ");
                for (int id = from; id < from + 1_000; id++) {
                    sql.append(id == from ? "" : ", ").append('(').append(id).append(", ").append(id * 7 % 1_000)
                            .append(", ").append(id % 3 == 0 ? "NULL" : "'n" + id + "'").append(')');
                }
                s.executeUpdate(sql.toString());
            }
            c.commit();
        }
    }

    /** SHA-256 over every row's id, amount and note, in id order ({@code noneIsNull}: 'none' read as NULL). */
    private static String checksum(TestDatabase db, boolean noneIsNull) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        int count = 0;
        try (Connection c = db.connect(); Statement s = c.createStatement();
                ResultSet rows = s.executeQuery("SELECT id, amount, note FROM orders ORDER BY id")) {
            while (rows.next()) {
                String note = rows.getString(3);
                if (noneIsNull && "none".equals(note)) {
                    note = null;
                }
                digest.update((rows.getLong(1) + "|" + rows.getInt(2) + "|" + note + "\n")
                        .getBytes(StandardCharsets.UTF_8));
                count++;
            }
        }
        return count + ":" + HexFormat.of().formatHex(digest.digest());
    }

    private static boolean nullable(TestDatabase db, String table, String column) throws SQLException {
        try (Connection c = db.connect()) {
            DatabaseMetaData meta = c.getMetaData();
            try (ResultSet r = meta.getColumns(c.getCatalog(), c.getSchema(), table, column)) {
                assertThat(r.next()).as("column %s.%s exists", table, column).isTrue();
                return r.getInt("NULLABLE") == DatabaseMetaData.columnNullable;
            }
        }
    }

    private static Schema reflected(TestDatabase db) throws SQLException {
        try (Connection c = db.connect()) {
            return db.dialect().reflect(c, name -> name.equals("orders"));
        }
    }

    private static void execute(TestDatabase db, String sql) throws SQLException {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static void run(TestDatabase db, MigrationPlanner planner, Direction direction, String target) {
        Migrator migrator = migrator(db, planner);
        migrator.run(direction == Direction.UPGRADE
                ? planner.upgrade(migrator.headsToPlanFrom(direction), target)
                : planner.downgrade(migrator.headsToPlanFrom(direction), target));
    }

    private static Migrator migrator(TestDatabase db, MigrationPlanner planner) {
        return new Migrator(db::connect, db.dialect(), "autogen_version", planner.infos(), line -> { });
    }
}
