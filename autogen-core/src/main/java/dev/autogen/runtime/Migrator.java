package dev.autogen.runtime;

import dev.autogen.AutogenException;
import dev.autogen.dialect.Dialect;
import dev.autogen.ops.Op;
import dev.autogen.ops.SchemaEvolution;
import dev.autogen.schema.Schema;
import dev.autogen.script.RevisionInfo;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Applies and reverts revisions. Each step runs in its own transaction that first takes the
 * dialect's migration lock and re-reads the version table under it, so a concurrent run that got
 * there first is seen and its work is not repeated; the step's schema changes and its version
 * update commit together or not at all.
 */
public final class Migrator {
    private final ConnectionSource connections;
    private final Dialect dialect;
    private final VersionTable versionTable;
    private final Ancestry ancestry;
    private final Consumer<String> log;

    public Migrator(ConnectionSource connections, Dialect dialect, String versionTable, List<RevisionInfo> revisions,
            Consumer<String> log) {
        this.connections = connections;
        this.dialect = dialect;
        this.versionTable = new VersionTable(versionTable, dialect);
        this.ancestry = new Ancestry(revisions);
        this.log = log;
    }

    public List<String> currentHeads() {
        try (Connection c = connections.open()) {
            return versionTable.heads(c);
        } catch (SQLException e) {
            throw new AutogenException("cannot read the version table " + versionTable.name() + ": " + e.getMessage(), e);
        }
    }

    public void run(List<MigrationStep> steps) {
        for (MigrationStep step : steps) {
            runStep(step);
        }
    }

    /** Sets the version table to exactly {@code heads} without running any migration. */
    public void stamp(List<String> heads) {
        inTransaction("stamp", c -> {
            versionTable.clear(c);
            for (String head : heads) {
                versionTable.insert(c, head);
            }
        });
    }

    private void runStep(MigrationStep step) {
        String id = step.info().id();
        inTransaction(id, c -> {
            List<String> heads = versionTable.heads(c);
            if (alreadyDone(step, heads)) {
                log.accept("Skipping " + id + ": another run already " + (step.direction() == Direction.UPGRADE
                        ? "applied" : "reverted") + " it");
                return;
            }
            requireApplicable(step, heads);
            log.accept(step.describe());
            Schema before = dialect.reflect(c, name -> !name.equals(versionTable.name()));
            execute(c, step, before, record(step, before));
            new VersionUpdate(versionTable, ancestry).apply(c, step, heads);
        });
    }

    private static List<Op> record(MigrationStep step, Schema state) {
        RecordingOperations recording = new RecordingOperations(state);
        try {
            if (step.direction() == Direction.UPGRADE) {
                step.revision().migration().upgrade(recording);
            } else {
                step.revision().migration().downgrade(recording);
            }
        } catch (RuntimeException e) {
            throw new MigrationFailedException(step.info().id(), message(e), Optional.empty(), e);
        }
        return recording.ops();
    }

    private void execute(Connection c, MigrationStep step, Schema before, List<Op> ops) throws SQLException {
        Schema state = before;
        try (Statement s = c.createStatement()) {
            for (Op op : ops) {
                for (String sql : dialect.toSql(op, state)) {
                    try {
                        s.execute(sql);
                    } catch (SQLException e) {
                        throw new MigrationFailedException(step.info().id(), e.getMessage(), Optional.of(sql), e);
                    }
                }
                state = SchemaEvolution.apply(state, op);
            }
        }
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

    private void inTransaction(String what, SqlWork work) {
        try (Connection c = connections.open()) {
            dialect.beginMigrationTransaction(c);
            try {
                versionTable.createIfMissing(c);
                work.run(c);
                c.commit();
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly(c, e);
                throw e;
            }
        } catch (SQLException e) {
            throw new AutogenException(what + " failed and was rolled back: " + e.getMessage(), e);
        }
    }

    private static void rollbackQuietly(Connection c, Exception cause) {
        try {
            c.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    private static String message(RuntimeException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    static String describe(List<String> heads) {
        return heads.isEmpty() ? "base" : String.join(", ", heads);
    }

    @FunctionalInterface
    private interface SqlWork {
        void run(Connection c) throws SQLException;
    }
}
