package dev.autogen.runtime;

import static dev.autogen.runtime.LambdaRevisions.revision;

import static dev.autogen.migration.Columns.column;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.autogen.AutogenException;
import dev.autogen.migration.Type;
import dev.autogen.revision.LoadedRevision;
import dev.autogen.revision.RevisionChecksum;
import dev.autogen.revision.RevisionInfo;
import dev.autogen.testing.DatabaseTest;
import dev.autogen.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * A squashed history as the application's class path holds it (squashed and replaced classes side
 * by side, as {@code AutogenMigrator} loads them): the graph leaves the replaced revisions out, and
 * a database stamped inside the range is upgraded through the replaced revisions after its own,
 * with its rows, ending at the squashed revision's checksum.
 */
class SquashedHistoryTest {
    private static final String A = "c10000000001";
    private static final String B = "c10000000002";
    private static final String C = "c10000000003";
    private static final String S = "c1000000000f";
    private static final String D = "c10000000004";

    private static final LoadedRevision REV_A = revision(A, List.of(), List.of(),
            op -> op.createTable("pets", column("id", Type.integer()).notNull(), column("name", Type.varchar(20))),
            op -> op.dropTable("pets"));
    private static final LoadedRevision REV_B = revision(B, List.of(A), List.of(),
            op -> op.addColumn("pets", column("age", Type.integer())), op -> op.dropColumn("pets", "age"));
    private static final LoadedRevision REV_C = revision(C, List.of(B), List.of(),
            op -> op.addColumn("pets", column("owner", Type.varchar(30))), op -> op.dropColumn("pets", "owner"));
    private static final LoadedRevision SQUASHED = revision(S, List.of(), List.of(A, B, C),
            op -> op.createTable("pets", column("id", Type.integer()).notNull(), column("name", Type.varchar(20)),
                    column("age", Type.integer()), column("owner", Type.varchar(30))),
            op -> op.dropTable("pets"));
    private static final LoadedRevision REV_D = revision(D, List.of(S), List.of(),
            op -> op.addColumn("pets", column("born", Type.integer())), op -> op.dropColumn("pets", "born"));

    @DatabaseTest
    void aDatabaseInsideTheRangeRunsTheRestOfItThenGoesOn(TestDatabase db) throws Exception {
        MigrationPlanner before = new MigrationPlanner(List.of(REV_A, REV_B, REV_C));
        migrator(db, before).run(before.upgrade(List.of(), B));
        execute(db, "INSERT INTO pets (id, name, age) VALUES (1, 'Rex', 3)");

        MigrationPlanner after = new MigrationPlanner(List.of(REV_A, REV_B, REV_C, SQUASHED, REV_D));
        assertThat(after.graph().newestFirst()).extracting(RevisionInfo::id).containsExactly(D, S);
        Migrator migrator = migrator(db, after);
        List<MigrationStep> steps = after.upgrade(migrator.currentHeads(), "heads");
        assertThat(steps).extracting(MigrationStep::describe).containsExactly(
                "Running upgrade " + B + " -> " + S + ", revision " + S + " (the 1 replaced revision after " + B + ")",
                "Running upgrade " + S + " -> " + D + ", revision " + D);
        migrator.run(steps);

        assertThat(migrator.currentHeads()).containsExactly(D);
        assertThat(rows(db)).containsExactly("1 Rex 3 null null");
        assertThat(checksum(db, S)).as("the database records the squashed revision's file")
                .isEqualTo(RevisionChecksum.of(SQUASHED.migration()));

        migrator.run(after.downgrade(migrator.currentHeads(), "base"));
        assertThat(migrator.currentHeads()).isEmpty();
        assertThat(tables(db)).doesNotContain("pets");
    }

    @DatabaseTest
    void theEndOfTheRangeIsTheSquashedRevisionAndAMissingReplacedRevisionIsNamed(TestDatabase db) throws Exception {
        MigrationPlanner before = new MigrationPlanner(List.of(REV_A, REV_B, REV_C));
        migrator(db, before).run(before.upgrade(List.of(), "heads"));
        MigrationPlanner squashedOnly = new MigrationPlanner(List.of(SQUASHED, REV_D));
        Migrator migrator = migrator(db, squashedOnly);
        assertThat(squashedOnly.upgrade(migrator.currentHeads(), S)).extracting(MigrationStep::describe)
                .containsExactly("Running upgrade " + C + " -> " + S + ", revision " + S);
        migrator.run(squashedOnly.upgrade(migrator.currentHeads(), "heads"));
        assertThat(migrator.currentHeads()).containsExactly(D);
        assertThat(columns(db)).containsExactly("id", "name", "age", "owner", "born");

        migrator.run(squashedOnly.downgrade(migrator.currentHeads(), S));
        execute(db, "UPDATE autogen_version SET version_num = '" + A + "'");
        assertThatThrownBy(() -> squashedOnly.upgrade(List.of(A), "heads")).isInstanceOf(AutogenException.class)
                .hasMessageContaining("the replaced revision " + B + " that must run next is missing");
        assertThatThrownBy(() -> squashedOnly.downgrade(List.of(A), "base"))
                .hasMessageContaining("run `autogen upgrade " + S + "` first");
    }

    private static Migrator migrator(TestDatabase db, MigrationPlanner planner) {
        return new Migrator(db::connect, db.dialect(), "autogen_version", planner.infos(), line -> { });
    }

    private static void execute(TestDatabase db, String sql) throws SQLException {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static List<String> rows(TestDatabase db) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = db.connect(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT id, name, age, owner, born FROM pets ORDER BY id")) {
            while (r.next()) {
                rows.add(r.getInt(1) + " " + r.getString(2) + " " + r.getInt(3) + " " + r.getString(4) + " "
                        + r.getObject(5));
            }
        }
        return rows;
    }

    private static String checksum(TestDatabase db, String id) throws SQLException {
        try (Connection c = db.connect(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT checksum FROM autogen_version_checksums WHERE version_num = '"
                        + id + "'")) {
            return r.next() ? r.getString(1) : null;
        }
    }

    private static List<String> columns(TestDatabase db) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (Connection c = db.connect();
                ResultSet r = c.getMetaData().getColumns(c.getCatalog(), c.getSchema(), "pets", "%")) {
            while (r.next()) {
                columns.add(r.getString("COLUMN_NAME"));
            }
        }
        return columns;
    }

    private static List<String> tables(TestDatabase db) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Connection c = db.connect();
                ResultSet r = c.getMetaData().getTables(c.getCatalog(), c.getSchema(), "%", new String[] {"TABLE"})) {
            while (r.next()) {
                tables.add(r.getString("TABLE_NAME"));
            }
        }
        return tables;
    }
}
