package dev.autogen.runtime;

import static dev.autogen.migration.Columns.column;
import static dev.autogen.migration.Columns.primaryKey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.autogen.migration.Migration;
import dev.autogen.migration.Operations;
import dev.autogen.migration.Revision;
import dev.autogen.migration.Type;
import dev.autogen.revision.LoadedRevision;
import dev.autogen.revision.RevisionInfo;
import dev.autogen.schema.Schema;
import dev.autogen.testing.DatabaseTest;
import dev.autogen.testing.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code @Revision(transactional = false)} with {@code op.createIndex(...).concurrently()}: on
 * PostgreSQL the index is built with CREATE INDEX CONCURRENTLY outside a transaction (which
 * PostgreSQL refuses inside one), the migration lock is held while it runs, and the version and
 * checksum rows move as for any revision; the downgrade drops it concurrently. SQLite and MariaDB
 * build a plain index in their usual way. A transactional revision asking for it is refused.
 */
class NonTransactionalRevisionTest {
    private static final String R1 = "c0c000000001";
    private static final String R2 = "c0c000000002";
    /** Set by the callback of {@link Concurrent}: whether another session could take the migration lock. */
    private static final List<Boolean> LOCK_FREE_DURING_RUN = new ArrayList<>();
    private static TestDatabase current;

    @Revision(id = R1, message = "events")
    public static final class Events implements Migration {
        @Override
        public void upgrade(Operations op) {
            op.createTable("events", column("id", Type.bigint()).notNull(), column("kind", Type.varchar(20)).notNull(),
                    primaryKey("id"));
        }

        @Override
        public void downgrade(Operations op) {
            op.dropTable("events");
        }
    }

    @Revision(id = R2, parents = R1, message = "index kinds", transactional = false)
    public static final class Concurrent implements Migration {
        @Override
        public void upgrade(Operations op) {
            op.run(c -> LOCK_FREE_DURING_RUN.add(lockFree(current)));
            op.createIndex("ix_events_kind", "events", "kind").concurrently();
        }

        @Override
        public void downgrade(Operations op) {
            op.dropIndex("ix_events_kind", "events").concurrently();
        }
    }

    @Revision(id = R2, parents = R1, message = "index kinds in a transaction")
    public static final class InTransaction implements Migration {
        @Override
        public void upgrade(Operations op) {
            op.createIndex("ix_events_kind", "events", "kind").concurrently();
        }

        @Override
        public void downgrade(Operations op) {
            op.dropIndex("ix_events_kind", "events");
        }
    }

    @DatabaseTest
    void anIndexBuiltConcurrentlyMovesTheVersionAndHoldsTheLock(TestDatabase db) throws Exception {
        current = db;
        LOCK_FREE_DURING_RUN.clear();
        MigrationPlanner planner = new MigrationPlanner(List.of(loaded(new Events(), R1, List.of()),
                loaded(new Concurrent(), R2, List.of(R1))));
        List<String> log = new ArrayList<>();
        run(db, planner, Direction.UPGRADE, R1, log);
        insertEvents(db);
        Schema atR1 = reflected(db);

        run(db, planner, Direction.UPGRADE, "head", log);
        assertThat(LOCK_FREE_DURING_RUN).containsExactly(false);
        assertThat(log).contains("Running upgrade " + R1 + " -> " + R2 + ", index kinds"
                + (db.isPostgres() ? " (outside a transaction)" : ""));
        assertThat(indexes(db)).contains("ix_events_kind");
        if (db.isPostgres()) {
            assertThat(query(db, "SELECT i.indisvalid::text FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid"
                    + " WHERE c.relname = 'ix_events_kind'")).containsExactly("true");
        }
        assertThat(query(db, "SELECT version_num FROM autogen_version")).containsExactly(R2);
        assertThat(query(db, "SELECT version_num FROM autogen_version_checksums ORDER BY version_num"))
                .containsExactly(R1, R2);
        assertThat(lockFree(db)).as("the lock is released after the run").isTrue();
        assertThat(query(db, "SELECT COUNT(*) FROM events WHERE kind = 'k7'")).containsExactly("1000");

        run(db, planner, Direction.DOWNGRADE, R1, log);
        assertThat(indexes(db)).doesNotContain("ix_events_kind");
        assertThat(reflected(db)).isEqualTo(atR1);
        assertThat(query(db, "SELECT version_num FROM autogen_version")).containsExactly(R1);
        assertThat(query(db, "SELECT version_num FROM autogen_version_checksums")).containsExactly(R1);
        assertThat(lockFree(db)).isTrue();
    }

    /** Every database refuses it alike, so that a file that runs on one runs on all. */
    @DatabaseTest
    void aTransactionalRevisionCannotBuildAnIndexConcurrently(TestDatabase db) throws Exception {
        MigrationPlanner planner = new MigrationPlanner(List.of(loaded(new Events(), R1, List.of()),
                loaded(new InTransaction(), R2, List.of(R1))));
        run(db, planner, Direction.UPGRADE, R1, new ArrayList<>());
        assertThatThrownBy(() -> run(db, planner, Direction.UPGRADE, "head", new ArrayList<>()))
                .isInstanceOf(MigrationFailedException.class)
                .hasMessageContaining("mark the revision @Revision(transactional = false)");
        assertThat(indexes(db)).doesNotContain("ix_events_kind");
        assertThat(query(db, "SELECT version_num FROM autogen_version")).containsExactly(R1);
    }

    /** An offline PostgreSQL script runs the index outside BEGIN ... COMMIT, under the session's lock. */
    @DatabaseTest
    void anOfflineScriptKeepsTheIndexOutOfTheTransaction(TestDatabase db) {
        MigrationPlanner planner = new MigrationPlanner(List.of(loaded(new Events(), R1, List.of()),
                loaded(new Concurrent(), R2, List.of(R1))));
        OfflineMigrator offline = new OfflineMigrator(db.dialect(), "autogen_version", planner.infos());
        Schema atR1 = offline.replay(Schema.EMPTY, planner.upgrade(List.of(), R1));
        String script = offline.script(List.of(R1), atR1, planner.upgrade(List.of(R1), "head"));
        if (db.isPostgres()) {
            assertThat(script).containsSubsequence("SELECT pg_advisory_lock(",
                    "CREATE INDEX CONCURRENTLY ix_events_kind ON events (kind);", "BEGIN;",
                    "UPDATE autogen_version SET version_num = '" + R2 + "'", "COMMIT;", "SELECT pg_advisory_unlock(");
        } else {
            assertThat(script).contains("CREATE INDEX ix_events_kind ON").doesNotContain("CONCURRENTLY");
        }
    }

    /** Whether another session could take the migration lock right now (and gives it back at once). */
    private static boolean lockFree(TestDatabase db) {
        try (Connection other = db.connect(); Statement s = other.createStatement()) {
            if (db.isPostgres()) {
                try (ResultSet r = s.executeQuery("SELECT pg_try_advisory_lock(" + key() + ")")) {
                    r.next();
                    boolean taken = r.getBoolean(1);
                    if (taken) {
                        s.execute("SELECT pg_advisory_unlock(" + key() + ")");
                    }
                    return taken;
                }
            } else if (db.isMariaDb()) {
                try (ResultSet r = s.executeQuery("SELECT IS_FREE_LOCK(CONCAT('autogen.', LEFT(DATABASE(), 56)))")) {
                    r.next();
                    return r.getInt(1) == 1;
                }
            }
            s.execute("PRAGMA busy_timeout = 100");
            try {
                s.execute("BEGIN IMMEDIATE");
                s.execute("ROLLBACK");
                return true;
            } catch (SQLException busy) {
                return false;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** autogen's lock keys in this schema: "auto" as a number, and the schema's hash. */
    private static String key() {
        return 0x6175746f + ", hashtext(coalesce(current_schema(), ''))";
    }

    private static void insertEvents(TestDatabase db) throws SQLException {
        try (Connection c = db.connect(); PreparedStatement insert = c.prepareStatement(
                "INSERT INTO events (id, kind) VALUES (?, ?)")) {
            c.setAutoCommit(false);
            for (int id = 1; id <= 20_000; id++) {
                insert.setLong(1, id);
                insert.setString(2, "k" + id % 20);
                insert.addBatch();
            }
            insert.executeBatch();
            c.commit();
        }
    }

    private static List<String> indexes(TestDatabase db) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection c = db.connect();
                ResultSet r = c.getMetaData().getIndexInfo(c.getCatalog(), c.getSchema(), "events", false, false)) {
            while (r.next()) {
                names.add(r.getString("INDEX_NAME"));
            }
        }
        return names;
    }

    private static List<String> query(TestDatabase db, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection c = db.connect(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                values.add(r.getString(1));
            }
        }
        return values;
    }

    private static Schema reflected(TestDatabase db) throws SQLException {
        try (Connection c = db.connect()) {
            return db.dialect().reflect(c, name -> name.equals("events"));
        }
    }

    private static void run(TestDatabase db, MigrationPlanner planner, Direction direction, String target,
            List<String> log) {
        Migrator migrator = new Migrator(db::connect, db.dialect(), "autogen_version", planner.infos(), log::add);
        migrator.run(direction == Direction.UPGRADE
                ? planner.upgrade(migrator.headsToPlanFrom(direction), target)
                : planner.downgrade(migrator.headsToPlanFrom(direction), target));
    }

    private static LoadedRevision loaded(Migration migration, String id, List<String> parents) {
        return new LoadedRevision(new RevisionInfo(id, parents, migration.getClass().getAnnotation(Revision.class)
                .message(), "2026-12-02T00:00:00Z", List.of()), migration, Path.of(id + ".java"));
    }
}
