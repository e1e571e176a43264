package dev.autogen.runtime;

import dev.autogen.AutogenException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.UnaryOperator;
import javax.sql.DataSource;

/**
 * Many databases or tenant schemas upgraded from one application, as {@code autogen upgrade
 * --targets} does from the command line:
 *
 * <pre>{@code
 * List<FleetOutcome> outcomes = AutogenFleet
 *         .forSchemas(dataSource, List.of("tenant_a", "tenant_b"), m -> m.migrations("com.example.migrations"))
 *         .jobs(4)
 *         .upgradeToHead();
 * }</pre>
 *
 * Each target is an {@link AutogenMigrator} of its own (its own connections, lock and one
 * transaction per revision); at most {@code jobs} run at once. A target that fails is reported in
 * its {@link FleetOutcome} and the others go on; rerunning continues where each target stands.
 * Outcomes come in the order the targets were given. Instances are immutable.
 */
public final class AutogenFleet {
    private final Map<String, AutogenMigrator> targets;
    private final int jobs;

    private AutogenFleet(Map<String, AutogenMigrator> targets, int jobs) {
        this.targets = targets;
        this.jobs = jobs;
    }

    /** The targets by name, each with its migrator set up in full. */
    public static AutogenFleet of(Map<String, AutogenMigrator> targets) {
        Objects.requireNonNull(targets, "targets == null");
        if (targets.isEmpty()) {
            throw new IllegalArgumentException("a fleet needs at least one target");
        }
        return new AutogenFleet(new LinkedHashMap<>(targets), 4);
    }

    /** One database per data source, named by the map's keys; {@code settings} sets up each migrator alike. */
    public static AutogenFleet forDataSources(Map<String, DataSource> dataSources,
            UnaryOperator<AutogenMigrator> settings) {
        Map<String, AutogenMigrator> targets = new LinkedHashMap<>();
        dataSources.forEach((name, dataSource) -> targets.put(name, settings.apply(
                AutogenMigrator.forDataSource(dataSource))));
        return of(targets);
    }

    /** One tenant schema each on one data source (PostgreSQL); each schema must exist. */
    public static AutogenFleet forSchemas(DataSource dataSource, List<String> schemas,
            UnaryOperator<AutogenMigrator> settings) {
        Map<String, AutogenMigrator> targets = new LinkedHashMap<>();
        for (String schema : schemas) {
            if (targets.put(schema, settings.apply(AutogenMigrator.forDataSource(dataSource)).schema(schema)) != null) {
                throw new IllegalArgumentException("schema " + schema + " is named twice");
            }
        }
        return of(targets);
    }

    /** How many targets run at once (each holds one connection at a time); 4 unless set. */
    public AutogenFleet jobs(int jobs) {
        if (jobs < 1) {
            throw new IllegalArgumentException("jobs must be at least 1: " + jobs);
        }
        return new AutogenFleet(targets, jobs);
    }

    /** Upgrades every target to its single head. */
    public List<FleetOutcome> upgradeToHead() {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(jobs, targets.size()), r -> {
            Thread thread = new Thread(r, "autogen-fleet");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<FleetOutcome>> running = new ArrayList<>();
            targets.forEach((name, migrator) -> running.add(pool.submit(() -> upgrade(name, migrator))));
            List<FleetOutcome> outcomes = new ArrayList<>();
            for (Future<FleetOutcome> outcome : running) {
                outcomes.add(outcome.get());
            }
            return List.copyOf(outcomes);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AutogenException("interrupted while upgrading the fleet", e);
        } catch (ExecutionException e) {
            throw new AutogenException("upgrading the fleet failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static FleetOutcome upgrade(String name, AutogenMigrator migrator) {
        List<String> before = List.of();
        try {
            before = migrator.currentHeads();
            migrator.upgradeToHead();
            return new FleetOutcome(name, before, migrator.currentHeads(), Optional.empty());
        } catch (RuntimeException e) {
            return new FleetOutcome(name, before, headsOrNone(migrator, before),
                    Optional.of(String.valueOf(e.getMessage())));
        }
    }

    /** Where a failed target stands, as far as it can still be read. */
    private static List<String> headsOrNone(AutogenMigrator migrator, List<String> before) {
        try {
            return migrator.currentHeads();
        } catch (RuntimeException unreadable) {
            return before;
        }
    }
}
