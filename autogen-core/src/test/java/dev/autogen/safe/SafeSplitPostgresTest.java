package dev.autogen.safe;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.migration.Type;
import dev.autogen.ops.AddColumn;
import dev.autogen.ops.AddConstraint;
import dev.autogen.ops.CreateIndex;
import dev.autogen.ops.CreateTable;
import dev.autogen.ops.MigrationPlan;
import dev.autogen.ops.Op;
import dev.autogen.render.MigrationRenderer;
import dev.autogen.revision.LoadedRevision;
import dev.autogen.revision.RevisionInfo;
import dev.autogen.runtime.Direction;
import dev.autogen.runtime.MigrationPlanner;
import dev.autogen.runtime.Migrator;
import dev.autogen.schema.CheckConstraint;
import dev.autogen.schema.Column;
import dev.autogen.schema.Index;
import dev.autogen.schema.Table;
import dev.autogen.script.ScriptDirectory;
import dev.autogen.testing.PostgresTest;
import dev.autogen.testing.TestDatabase;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * {@code revision --safe} on PostgreSQL with 100,000 rows: a NOT NULL column, a check constraint and
 * an index added to an existing table are split into expand/contract revisions, and every step,
 * up and down, is run while a second session holds a transaction with the lock every INSERT or
 * UPDATE takes (ROW EXCLUSIVE) and watches {@code pg_locks}. A step either never waits for that
 * session (it takes no lock that stops writes, whatever it reads), or it waits for a lock that
 * stops writes and then reads no row of the table ({@code pg_stat_user_tables.seq_tup_read} does
 * not move): the lock is held for a catalog update only. The same probe flags a plain
 * {@code ADD CONSTRAINT ... CHECK}, which scans under its lock, so the assertion can fail.
 */
class SafeSplitPostgresTest {
    private static final int ROWS = 100_000;
    private static final String BASE = "5afe00000000";

    @PostgresTest
    void everyStepOfTheSplitHoldsAWriteBlockingLockOnlyForACatalogUpdate(TestDatabase db, @org.junit.jupiter.api
            .io.TempDir Path folder) throws Exception {
        Column code = Column.builder("code", Type.varchar(24)).nullable(false).build();
        List<Op> changes = List.of(new AddColumn("orders", code),
                new AddConstraint("orders", new CheckConstraint(Optional.of("ck_orders_amount"), "amount >= 0")),
                new CreateIndex("orders", new Index("ix_orders_amount", List.of("amount"), false)));
        List<SafeStep> steps = SafeSplit.split(changes, db.dialect(), dev.autogen.schema.Schema.EMPTY);
        assertThat(steps).extracting(SafeStep::label).containsExactly("expand", "backfill", "add checks not valid",
                "validate checks", "contract", "index ix_orders_amount concurrently");

        ScriptDirectory scripts = new ScriptDirectory(folder, "safe");
        List<String> ids = write(scripts, steps);
        fillTheBackfill(folder);
        MigrationPlanner planner = new MigrationPlanner(scripts.load());
        upgrade(db, planner, BASE);
        insertOrders(db);

        List<Probe> upgrades = new ArrayList<>();
        for (String id : ids) {
            Probe probe = probe(db, () -> upgrade(db, planner, id));
            assertThat(probe.catalogOnlyWhileBlockingWrites()).as("upgrade %s: %s", label(planner, id), probe).isTrue();
            upgrades.add(probe);
        }
        // What each step is, as seen from outside: the catalog steps wait for the writer and read
        // nothing; the steps that read every row never wait for it.
        assertThat(upgrades).containsExactly(new Probe(Optional.of("AccessExclusiveLock"), 0),
                upgrades.get(1), new Probe(Optional.of("AccessExclusiveLock"), 0), upgrades.get(3),
                new Probe(Optional.of("AccessExclusiveLock"), 0), upgrades.get(5));
        for (int i : new int[] {1, 3, 5}) {
            assertThat(upgrades.get(i).blockedMode()).as(label(planner, ids.get(i))).isEmpty();
            assertThat(upgrades.get(i).rowsRead()).as(label(planner, ids.get(i))).isGreaterThanOrEqualTo(ROWS);
        }
        assertThat(query(db, "SELECT is_nullable FROM information_schema.columns WHERE table_schema = current_schema()"
                + " AND table_name = 'orders' AND column_name = 'code'")).containsExactly("NO");
        assertThat(query(db, "SELECT COUNT(*) FROM orders WHERE code = 'c' || id")).containsExactly("" + ROWS);
        assertThat(query(db, "SELECT conname || ':' || convalidated FROM pg_constraint WHERE contype = 'c'"
                + " AND conrelid = 'orders'::regclass")).containsExactly("ck_orders_amount:true");
        assertThat(query(db, "SELECT indisvalid::text FROM pg_index WHERE indexrelid = 'ix_orders_amount'::regclass"))
                .containsExactly("true");

        for (int i = ids.size() - 1; i >= 0; i--) {
            String target = i == 0 ? BASE : ids.get(i - 1);
            String id = ids.get(i);
            Probe probe = probe(db, () -> downgrade(db, planner, target));
            assertThat(probe.catalogOnlyWhileBlockingWrites()).as("downgrade %s: %s", label(planner, id), probe)
                    .isTrue();
        }
        assertThat(query(db, "SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema()"
                + " AND table_name = 'orders' ORDER BY ordinal_position")).containsExactly("id", "amount");
        assertThat(query(db, "SELECT COUNT(*) FROM pg_constraint WHERE contype = 'c' AND conrelid = 'orders'::regclass"))
                .containsExactly("0");
    }

    /** The probe's negative control: a check added the plain way scans every row under ACCESS EXCLUSIVE. */
    @PostgresTest
    void theProbeFlagsACheckAddedThePlainWay(TestDatabase db, @org.junit.jupiter.api.io.TempDir Path folder)
            throws Exception {
        ScriptDirectory scripts = new ScriptDirectory(folder, "safe");
        write(scripts, List.of());
        RevisionInfo plain = new RevisionInfo("5afe000000ff", List.of(BASE), "plain check", "2026-12-02T00:00:09Z",
                List.of());
        scripts.write(MigrationRenderer.render(plain, "safe", new MigrationPlan(List.of(new AddConstraint("orders",
                new CheckConstraint(Optional.of("ck_orders_amount"), "amount >= 0"))))));
        MigrationPlanner planner = new MigrationPlanner(scripts.load());
        upgrade(db, planner, BASE);
        insertOrders(db);

        Probe probe = probe(db, () -> upgrade(db, planner, "5afe000000ff"));

        assertThat(probe.blockedMode()).contains("AccessExclusiveLock");
        assertThat(probe.rowsRead()).isGreaterThanOrEqualTo(ROWS);
        assertThat(probe.catalogOnlyWhileBlockingWrites()).isFalse();
    }

    /** What one run did: the lock it waited for behind the writer (if any), and the rows it read. */
    record Probe(Optional<String> blockedMode, long rowsRead) {
        boolean catalogOnlyWhileBlockingWrites() {
            return blockedMode.isEmpty() || rowsRead == 0;
        }
    }

    /**
     * Runs {@code step} while another session holds ROW EXCLUSIVE on orders in an open transaction:
     * if the run waits for a lock on orders, that lock's mode is recorded and the writer ends; if it
     * waits for the writer's transaction itself (CREATE INDEX CONCURRENTLY waits for older
     * transactions), the writer ends too, as no table lock is involved. Rows read by the run come
     * from pg_stat_user_tables, flushed by the run's own session before it closes.
     */
    private static Probe probe(TestDatabase db, Runnable step) throws Exception {
        long before = rowsRead(db);
        Set<Integer> pids = ConcurrentHashMap.newKeySet();
        Optional<String> blocked = Optional.empty();
        try (Connection writer = db.connect(); Connection watcher = db.connect()) {
            writer.setAutoCommit(false);
            try (Statement s = writer.createStatement()) {
                s.execute("LOCK TABLE orders IN ROW EXCLUSIVE MODE");
            }
            runPids = pids;
            CompletableFuture<Void> run = CompletableFuture.runAsync(step);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            boolean writerOpen = true;
            while (writerOpen && !run.isDone() && System.nanoTime() < deadline) {
                String in = pids.stream().map(String::valueOf).collect(Collectors.joining(", "));
                // A wait for the migration lock is between the run's own connections: not the writer's doing.
                List<String> waiting = in.isEmpty() ? List.of() : query(watcher, "SELECT locktype || ':' || mode"
                        + " || ':' || COALESCE(relation::regclass::text, '') FROM pg_locks WHERE pid IN (" + in + ")"
                        + " AND NOT granted AND locktype <> 'advisory'");
                if (!waiting.isEmpty()) {
                    String[] lock = waiting.get(0).split(":");
                    if (lock[0].equals("relation") && lock[2].equals("orders")) {
                        blocked = Optional.of(lock[1]);
                    }
                    writer.rollback();
                    writerOpen = false;
                }
                Thread.sleep(2);
            }
            if (writerOpen) {
                writer.rollback();
            }
            run.get(60, TimeUnit.SECONDS);
        } finally {
            runPids = null;
        }
        return new Probe(blocked, rowsRead(db) - before);
    }

    /** Where the connections of the run under probe report their backends' pids; null outside a probe. */
    private static volatile Set<Integer> runPids;

    private static long rowsRead(TestDatabase db) throws SQLException {
        return Long.parseLong(query(db, "SELECT seq_tup_read FROM pg_stat_user_tables WHERE relid = 'orders'::regclass")
                .get(0));
    }

    /**
     * A connection of the run: its backend's pid goes to the probe, and before it closes it flushes
     * its table statistics (PostgreSQL 15 otherwise writes them up to seconds later).
     */
    private static Connection observed(TestDatabase db, Set<Integer> pids) throws SQLException {
        Connection c = db.connect();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT pg_backend_pid()")) {
            r.next();
            if (pids != null) {
                pids.add(r.getInt(1));
            }
        }
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("close")) {
                        if (!c.getAutoCommit()) {
                            c.rollback();
                            c.setAutoCommit(true);
                        }
                        try (Statement s = c.createStatement()) {
                            s.execute("SELECT pg_stat_force_next_flush()");
                            s.execute("SELECT 1");
                        }
                    }
                    try {
                        return method.invoke(c, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    /** The base revision (orders) and the steps, chained; returns the steps' ids. */
    private static List<String> write(ScriptDirectory scripts, List<SafeStep> steps) {
        Table orders = Table.builder("orders").column(Column.builder("id", Type.bigint()).nullable(false).build())
                .column(Column.builder("amount", Type.integer()).nullable(false).build())
                .primaryKey(new dev.autogen.schema.PrimaryKey(Optional.empty(), List.of("id"))).build();
        scripts.write(MigrationRenderer.render(new RevisionInfo(BASE, List.of(), "orders", "2026-12-02T00:00:00Z",
                List.of()), "safe", new MigrationPlan(List.of(new CreateTable(orders)))));
        List<String> ids = new ArrayList<>();
        String parent = BASE;
        for (int i = 0; i < steps.size(); i++) {
            String id = String.format("5afe%08d", i + 1);
            RevisionInfo info = new RevisionInfo(id, List.of(parent), "code (step " + (i + 1) + ": "
                    + steps.get(i).label() + ")", "2026-12-02T00:00:0" + (i + 1) + "Z", List.of());
            scripts.write(steps.get(i).isBackfill()
                    ? MigrationRenderer.renderBackfill(info, "safe", steps.get(i).backfill())
                    : MigrationRenderer.render(info, "safe", steps.get(i).plan(), new dev.autogen.dialect.postgresql
                            .PostgresDialect()));
            ids.add(id);
            parent = id;
        }
        return ids;
    }

    /** What the user writes into the backfill placeholder. */
    private static void fillTheBackfill(Path folder) throws Exception {
        try (var files = Files.walk(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String text = Files.readString(file);
                if (text.contains("// TODO BACKFILL orders.code")) {
                    Files.writeString(file, text.replace("// TODO BACKFILL orders.code",
                            "op.execute(\"UPDATE orders SET code = 'c' || id WHERE code IS NULL\");\n        //"));
                }
            }
        }
    }

    private static String label(MigrationPlanner planner, String id) {
        return planner.revision(id).info().message();
    }

    private static void insertOrders(TestDatabase db) throws SQLException {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO orders (id, amount) SELECT g, g % 1000 FROM generate_series(1, " + ROWS + ") g");
            s.execute("ANALYZE orders");
        }
    }

    private static void upgrade(TestDatabase db, MigrationPlanner planner, String target) {
        Migrator migrator = migrator(db, planner);
        migrator.run(planner.upgrade(migrator.headsToPlanFrom(Direction.UPGRADE), target));
    }

    private static void downgrade(TestDatabase db, MigrationPlanner planner, String target) {
        Migrator migrator = migrator(db, planner);
        migrator.run(planner.downgrade(migrator.headsToPlanFrom(Direction.DOWNGRADE), target));
    }

    private static Migrator migrator(TestDatabase db, MigrationPlanner planner) {
        Set<Integer> pids = runPids;
        return new Migrator(() -> observed(db, pids), db.dialect(), "autogen_version", planner.infos(), line -> { });
    }

    private static List<String> query(TestDatabase db, String sql) throws SQLException {
        try (Connection c = db.connect()) {
            return query(c, sql);
        }
    }

    private static List<String> query(Connection c, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                values.add(r.getString(1));
            }
        }
        return values;
    }
}
