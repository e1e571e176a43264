package dev.autogen.runtime;

import dev.autogen.AutogenException;
import dev.autogen.dialect.Dialect;
import dev.autogen.dialect.RunRestore;
import dev.autogen.ops.DataStep;
import dev.autogen.ops.ExecuteSql;
import dev.autogen.schema.Schema;
import dev.autogen.revision.RevisionInfo;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * Applies and reverts revisions on a database. Each step runs in its own transaction that first
 * takes the dialect's migration lock and re-reads the version table under it, so a concurrent run
 * that got there first is seen and its work is not repeated; the step's schema changes and its
 * version update commit together or not at all.
 */
public final class Migrator {
    private final ConnectionSource connections;
    private final Dialect dialect;
    private final VersionTable versionTable;
    private final ChecksumTable checksums;
    private final ChecksumUpdate checksumUpdate;
    /** Where DDL commits statement by statement: how far a revision got, and how to go on from there. */
    private final ProgressTable progress;
    private final StatementByStatement statementByStatement;
    private final Map<String, RevisionInfo> revisionsById = new HashMap<>();
    private final Ancestry ancestry;
    private final Consumer<String> log;
    private final List<String> schemas;
    /**
     * Whether the current run already made sure the bookkeeping tables exist: checked once per run,
     * not per step; a new run checks again (the database may have been emptied in between).
     */
    private boolean bookkeepingReady;
    /** The step of the current run whose commit waits for all of the run's commits to be on disk. */
    private MigrationStep flushingStep;

    public Migrator(ConnectionSource connections, Dialect dialect, String versionTable, List<RevisionInfo> revisions,
            Consumer<String> log) {
        this(connections, dialect, versionTable, revisions, log, List.of());
    }

    /**
     * A runner whose model spans {@code schemas} beside the connection's own (the {@code schemas}
     * setting): tables there are named {@code schema.table}, and reflection reads them in the same
     * round trips.
     */
    public Migrator(ConnectionSource connections, Dialect dialect, String versionTable, List<RevisionInfo> revisions,
            Consumer<String> log, List<String> schemas) {
        this.schemas = List.copyOf(schemas);
        this.connections = prepared(connections, dialect);
        this.dialect = dialect;
        this.versionTable = new VersionTable(versionTable, dialect);
        this.checksums = new ChecksumTable(versionTable, dialect);
        this.checksumUpdate = new ChecksumUpdate(checksums);
        this.progress = new ProgressTable(versionTable, dialect);
        this.statementByStatement = new StatementByStatement(dialect, progress);
        revisions.forEach(r -> revisionsById.put(r.id(), r));
        this.ancestry = new Ancestry(revisions);
        this.log = log;
    }

    /**
     * Every connection of the run with the dialect's settings: on SQLite, reading the version table
     * before the lock waits for another run's lock as long as the lock does (one busy timeout).
     */
    private static ConnectionSource prepared(ConnectionSource connections, Dialect dialect) {
        return () -> {
            Connection c = connections.open();
            try {
                dialect.prepareConnection(c);
                return c;
            } catch (SQLException | RuntimeException e) {
                try {
                    c.close();
                } catch (SQLException closing) {
                    e.addSuppressed(closing);
                }
                throw e;
            }
        };
    }

    public List<String> currentHeads() {
        try (Connection c = connections.open()) {
            return versionTable.heads(c);
        } catch (SQLException e) {
            throw new AutogenException("cannot read the version table " + versionTable.name() + ": " + e.getMessage(), e);
        }
    }

    /**
     * The revision a run stopped in the middle of, on a database whose DDL commits statement by
     * statement ({@link StatementByStatement}); always empty where DDL is transactional.
     */
    public Optional<RevisionProgress> partialRevision() {
        if (dialect.transactionalDdl()) {
            return Optional.empty();
        }
        try (Connection c = connections.open()) {
            return progress.read(c);
        } catch (SQLException e) {
            throw new AutogenException("cannot read the progress table " + progress.name() + ": " + e.getMessage(), e);
        }
    }

    /**
     * The heads a run in {@code direction} is planned from: the version table's, except that a
     * revision a run stopped in counts as done when this run goes the other way, so that its plan
     * starts with that revision, whose step then reverts what ran of it. Going the same way, the
     * plan reaches the revision as usual and its step resumes it.
     */
    public List<String> headsToPlanFrom(Direction direction) {
        return start(direction).planFrom();
    }

    /** Where a run in {@code direction} starts, read on one connection: see {@link #headsToPlanFrom}. */
    public RunStart start(Direction direction) {
        List<String> heads;
        Optional<RevisionProgress> partial;
        try (Connection c = connections.open()) {
            heads = versionTable.heads(c);
            partial = dialect.transactionalDdl() ? Optional.empty() : progress.read(c);
        } catch (SQLException e) {
            throw new AutogenException("cannot read the version table " + versionTable.name() + ": " + e.getMessage(), e);
        }
        RevisionInfo revision = partial.map(p -> revisionsById.get(p.revision())).orElse(null);
        if (revision == null || partial.get().direction() == direction) {
            return new RunStart(heads, heads);
        }
        try {
            return new RunStart(heads, new VersionUpdate(versionTable, ancestry).apply(new ScriptSink(), revision,
                    partial.get().direction(), heads));
        } catch (SQLException e) {
            throw new IllegalStateException("a script sink does not fail", e);
        }
    }

    /**
     * Runs the steps in order on one connection; returns those it ran, leaving out any a concurrent
     * run had already done. The schema is reflected once and then carried through each step's
     * recorded operations; it is read again only when the model cannot follow (a step ran raw SQL)
     * or another run moved the version table in between.
     */
    public List<MigrationStep> run(List<MigrationStep> steps) {
        return runFrom(List.of(), steps).ran();
    }

    /**
     * As {@link #run}, and reads the heads the run leaves on its own connection; with no steps, the
     * database stays at {@code headsBefore}.
     */
    public RunOutcome runFrom(List<String> headsBefore, List<MigrationStep> steps) {
        if (steps.isEmpty()) {
            return new RunOutcome(List.of(), headsBefore);
        }
        List<MigrationStep> ran = new ArrayList<>();
        bookkeepingReady = false;
        try (Connection c = connections.open()) {
            if (steps.size() > 1) {
                dialect.deferCommitFlushes(c);
                flushingStep = steps.get(steps.size() - 1);
            }
            RunRestore restore = dialect.cheaperCommits(c, steps.size());
            try {
                KnownSchema known = new KnownSchema();
                for (MigrationStep step : steps) {
                    if (runStep(c, step, known)) {
                        ran.add(step);
                    }
                }
            } finally {
                restoreQuietly(c, restore);
            }
            return new RunOutcome(ran, versionTable.existingHeads(c));
        } catch (SQLException e) {
            throw new AutogenException("cannot connect to run the migrations: " + e.getMessage(), e);
        } finally {
            flushingStep = null;
        }
    }

    /**
     * Sets the version table to the heads {@code target} computes from the current ones (read under
     * the lock), without running any migration; returns the heads written.
     */
    public List<String> stamp(UnaryOperator<List<String>> target) {
        return stamp(target, Map.of());
    }

    /**
     * As {@link #stamp(UnaryOperator)}, and records {@code byRevision} (by revision id) as the
     * applied files: a stamp says the database matches these revisions as they are now.
     */
    public List<String> stamp(UnaryOperator<List<String>> target, Map<String, String> byRevision) {
        return inTransaction("stamp", c -> {
            List<String> heads = target.apply(versionTable.heads(c)).stream().sorted().toList();
            SqlSink sink = new JdbcSink(c);
            sink.execute(versionTable.clearSql());
            for (String head : heads) {
                sink.changeVersion(versionTable.insertSql(head));
            }
            Set<String> applied = ancestry.appliedBy(heads);
            sink.execute(checksums.keepOnlySql(applied));
            if (!dialect.transactionalDdl()) {
                // A stamp says what the database is at: a revision a run stopped in is forgotten.
                sink.execute(progress.clearSql());
            }
            for (String id : applied) {
                String checksum = byRevision.get(id);
                if (checksum != null) {
                    for (String sql : checksums.recordSql(id, checksum)) {
                        sink.execute(sql);
                    }
                }
            }
            return heads;
        });
    }

    private boolean runStep(Connection c, MigrationStep step, KnownSchema known) {
        if (!step.revision().transactional() && dialect.runsOutsideTransaction()) {
            return runOutsideTransaction(c, step, known);
        }
        String id = step.info().id();
        try {
            return inStepTransaction(c, id, heads -> {
                Optional<RevisionProgress> partial = dialect.transactionalDdl() ? Optional.empty()
                        : progress.readExisting(c);
                if (partial.isPresent()) {
                    return goOn(c, step, partial.get(), heads, known);
                }
                if (alreadyDone(step, heads)) {
                    log.accept("Skipping " + id + ": another run already " + (step.direction() == Direction.UPGRADE
                            ? "applied" : "reverted") + " it");
                    return false;
                }
                requireApplicable(step, heads);
                log.accept(step.describe());
                Optional<Schema> carried = known.at(heads);
                Schema before = carried.isPresent() ? carried.get() : reflect(c);
                SqlSink sink = new JdbcSink(c);
                checksumUpdate.prepare(step);
                String checksum = checksumUpdate.checksum(step);
                RecordingOperations recorded = StepExecution.record(step, before, dialect.implicitBehavior());
                Schema after;
                if (dialect.transactionalDdl()) {
                    after = StepExecution.apply(step, recorded, before, dialect, sink);
                } else {
                    RevisionProgress plan = statementByStatement.plan(step, recorded, before, checksum);
                    try {
                        dialect.checkBeforeStart(recorded.ops(), c);
                    } catch (AutogenException e) {
                        throw new MigrationFailedException(id, e.getMessage(), Optional.empty(), e);
                    }
                    statementByStatement.start(c, plan, revertTarget(step), dataSteps(recorded));
                    after = recorded.state();
                }
                BookkeepingBatch bookkeeping = new BookkeepingBatch(c);
                if (!dialect.transactionalDdl()) {
                    // Forgotten in the commit that moves the version: never both, never neither.
                    bookkeeping.execute(progress.clearSql());
                }
                List<String> headsAfter = new VersionUpdate(versionTable, ancestry).apply(bookkeeping, step, heads);
                checksumUpdate.apply(bookkeeping, step);
                bookkeeping.send();
                // Raw SQL and data steps may do what the model cannot follow: read the schema again.
                known.remember(headsAfter, recorded.ops().stream().anyMatch(op -> op instanceof ExecuteSql
                        || op instanceof DataStep) ? Optional.empty() : Optional.of(after));
                if (step == flushingStep) {
                    dialect.flushThisCommit(c);
                }
                return true;
            });
        } catch (MigrationFailedException e) {
            throw dialect.transactionalDdl() ? e.rolledBack() : e.unchanged();
        }
    }

    /**
     * A revision marked {@code transactional = false} where the database needs that (PostgreSQL's
     * {@code CREATE INDEX CONCURRENTLY}): under the migration lock held by the session throughout, a
     * transaction reads the version table and the schema, the statements then run one by one with
     * auto-commit, and a last transaction re-reads the version table and moves it with the
     * checksum. A failure leaves the statements before it applied and the version where it was.
     */
    private boolean runOutsideTransaction(Connection c, MigrationStep step, KnownSchema known) {
        String id = step.info().id();
        try {
            dialect.lockSession(c);
        } catch (SQLException e) {
            throw new AutogenException("cannot take the migration lock for " + id + ": " + e.getMessage(), e);
        }
        try {
            List<String> heads = inTransaction(c, id, tx -> versionTable.existingHeads(c));
            if (alreadyDone(step, heads)) {
                log.accept("Skipping " + id + ": another run already " + (step.direction() == Direction.UPGRADE
                        ? "applied" : "reverted") + " it");
                return false;
            }
            requireApplicable(step, heads);
            log.accept(step.describe() + " (outside a transaction)");
            Optional<Schema> carried = known.at(heads);
            Schema before = carried.isPresent() ? carried.get() : inTransaction(c, id, tx -> reflect(c));
            checksumUpdate.prepare(step);
            RecordingOperations recorded = StepExecution.record(step, before, dialect.implicitBehavior());
            c.setAutoCommit(true);
            Schema after;
            try {
                after = StepExecution.apply(step, recorded, before, dialect, new JdbcSink(c));
            } catch (MigrationFailedException e) {
                throw e.outsideTransaction();
            }
            return inTransaction(c, id, tx -> {
                List<String> now = versionTable.existingHeads(c);
                if (!now.equals(heads)) {
                    throw new AutogenException("the version table changed while " + id + " ran outside a transaction"
                            + " (it was " + describe(heads) + ", it is " + describe(now) + "); run `autogen current`");
                }
                SqlSink sink = new JdbcSink(c);
                List<String> headsAfter = new VersionUpdate(versionTable, ancestry).apply(sink, step, heads);
                checksumUpdate.apply(sink, step);
                known.remember(headsAfter, recorded.ops().stream().anyMatch(op -> op instanceof ExecuteSql
                        || op instanceof DataStep) ? Optional.empty() : Optional.of(after));
                if (step == flushingStep) {
                    dialect.flushThisCommit(c);
                }
                return true;
            });
        } catch (SQLException e) {
            throw new AutogenException("revision " + id + " failed outside a transaction: " + e.getMessage(), e);
        } finally {
            try {
                dialect.unlockSession(c);
            } catch (SQLException e) {
                log.accept("could not release the migration lock after " + id + ": " + e.getMessage()
                        + " (it ends with the connection)");
            }
        }
    }

    /**
     * The step of a revision a run stopped in: going the same way it resumes at the statement that
     * did not run (when the revision is still what started), going the other way it reverts what ran.
     */
    private boolean goOn(Connection c, MigrationStep step, RevisionProgress partial, List<String> heads,
            KnownSchema known) throws SQLException {
        String id = step.info().id();
        String forget = "undo them by hand, then `stamp " + (heads.isEmpty() ? "base" : String.join(" ", heads))
                + "` forgets " + partial.revision();
        if (!partial.revision().equals(id)) {
            throw new AutogenException("cannot " + (step.direction() == Direction.UPGRADE ? "apply " : "revert ") + id
                    + ": the database is partially at " + partial.describe() + "; `upgrade` resumes it and"
                    + " `downgrade` reverts what ran of it, before anything else runs");
        }
        if (partial.direction() != step.direction()) {
            log.accept("Reverting the " + partial.ran() + " statement(s) that ran of " + partial.describe());
            statementByStatement.revert(c, partial, forget);
            known.remember(heads, Optional.empty());
            return true;
        }
        requireApplicable(step, heads);
        if (!checksumUpdate.checksum(step).equals(partial.checksum())) {
            throw new AutogenException("cannot resume " + partial.describe() + ": the revision changed since it"
                    + " started, so its remaining statements may not fit those that ran; `"
                    + (step.direction() == Direction.UPGRADE ? "downgrade " + revertTarget(step) : "upgrade " + id)
                    + "` reverts what ran with the statements recorded when it started, or restore the revision");
        }
        log.accept(step.describe() + " (resuming at statement " + (partial.ran() + 1) + " of " + partial.total()
                + ")");
        statementByStatement.runFrom(c, partial, revertTarget(step),
                StepExecution.dataSteps(step, dialect.implicitBehavior()));
        BookkeepingBatch bookkeeping = new BookkeepingBatch(c);
        bookkeeping.execute(progress.clearSql());
        List<String> headsAfter = new VersionUpdate(versionTable, ancestry).apply(bookkeeping, step, heads);
        checksumUpdate.apply(bookkeeping, step);
        bookkeeping.send();
        // The model of the schema does not know what the interrupted run did: read it again next step.
        known.remember(headsAfter, Optional.empty());
        return true;
    }

    private static List<DataStep> dataSteps(RecordingOperations recorded) {
        return recorded.ops().stream().filter(DataStep.class::isInstance).map(DataStep.class::cast).toList();
    }

    /** The target of the command that reverts what ran of a revision stopped while applying it. */
    private static String revertTarget(MigrationStep step) {
        List<String> parents = step.info().parents();
        return parents.isEmpty() ? "base" : parents.size() == 1 ? parents.get(0) : "-1";
    }

    private Schema reflect(Connection c) throws SQLException {
        return dialect.reflect(c, name -> !name.equals(versionTable.name()) && !name.equals(checksums.name())
                && !name.equals(progress.name()), schemas);
    }

    private boolean alreadyDone(MigrationStep step, List<String> heads) {
        boolean applied = ancestry.isApplied(step.info().id(), heads);
        return step.direction() == Direction.UPGRADE ? applied : !applied;
    }

    private void requireApplicable(MigrationStep step, List<String> heads) {
        if (step.direction() == Direction.UPGRADE) {
            for (String parent : step.info().parents()) {
                if (!ancestry.isApplied(parent, heads)) {
                    throw new AutogenException("cannot apply " + step.info().id() + ": its parent " + parent
                            + " is not applied (database is at " + describe(heads) + ")");
                }
            }
        } else if (!heads.contains(step.info().id())) {
            throw new AutogenException("cannot revert " + step.info().id() + ": it is not a current head (database is at "
                    + describe(heads) + "); revert the revisions above it first");
        }
    }

    private <T> T inTransaction(String what, SqlWork<T> work) {
        bookkeepingReady = false;
        try (Connection c = connections.open()) {
            return inTransaction(c, what, work);
        } catch (SQLException e) {
            throw new AutogenException(what + " failed and was rolled back: " + e.getMessage(), e);
        }
    }

    private <T> T inTransaction(Connection c, String what, SqlWork<T> work) {
        return inTransaction(c, what, false, heads -> work.run(c));
    }

    /**
     * A step's transaction: {@code work} gets the version table's heads read under the lock. Once
     * the run knows the bookkeeping tables exist, the lock and the read share one round trip
     * ({@link Dialect#beginMigrationTransactionReading}).
     */
    private <T> T inStepTransaction(Connection c, String what, StepWork<T> work) {
        return inTransaction(c, what, true, work);
    }

    private <T> T inTransaction(Connection c, String what, boolean readHeads, StepWork<T> work) {
        try {
            List<String> heads = null;
            if (readHeads && bookkeepingReady) {
                try {
                    heads = dialect.beginMigrationTransactionReading(c, versionTable.headsSql());
                } catch (SQLException | RuntimeException e) {
                    rollbackQuietly(c, e);
                    throw e;
                }
            } else {
                dialect.beginMigrationTransaction(c);
            }
            try {
                if (!bookkeepingReady) {
                    versionTable.createIfMissing(c);
                    checksums.createIfMissing(c);
                    if (!dialect.transactionalDdl()) {
                        progress.createIfMissing(c);
                    }
                }
                if (readHeads && heads == null) {
                    // Just made sure the table exists: no catalog lookup.
                    heads = versionTable.existingHeads(c);
                }
                T result = work.run(heads);
                c.commit();
                bookkeepingReady = true;
                return result;
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly(c, e);
                throw e;
            } finally {
                dialect.endMigrationTransaction(c);
            }
        } catch (SQLException e) {
            throw new AutogenException(what + " failed and was rolled back: " + e.getMessage(), e);
        }
    }

    /**
     * A restore that fails is said, not thrown: every revision is committed by then, and what stays
     * (a setting that ends with the connection, or SQLite's WAL mode until the next run) holds no data.
     */
    private void restoreQuietly(Connection c, RunRestore restore) {
        try {
            restore.restore(c);
        } catch (SQLException e) {
            log.accept("after the run: " + e.getMessage());
        }
    }

    private static void rollbackQuietly(Connection c, Exception cause) {
        try {
            c.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    static String describe(List<String> heads) {
        return heads.isEmpty() ? "base" : String.join(", ", heads);
    }

    @FunctionalInterface
    private interface SqlWork<T> {
        T run(Connection c) throws SQLException;
    }

    @FunctionalInterface
    private interface StepWork<T> {
        T run(List<String> heads) throws SQLException;
    }
}
