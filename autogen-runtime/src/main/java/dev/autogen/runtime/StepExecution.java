package dev.autogen.runtime;

import dev.autogen.AutogenException;
import dev.autogen.dialect.Dialect;
import dev.autogen.ops.CreateIndex;
import dev.autogen.ops.DataStep;
import dev.autogen.ops.DropIndex;
import dev.autogen.ops.Op;
import dev.autogen.ops.SchemaEvolution;
import dev.autogen.schema.ImplicitBehavior;
import dev.autogen.schema.Schema;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * One step's statements, the code path online and offline runs share: the migration runs against
 * a model of the schema as it stands before the step ({@link RecordingOperations}), each recorded
 * op becomes the dialect's SQL for the schema at that point, and the statements go to a sink.
 */
final class StepExecution {
    private StepExecution() {
    }

    /** Sends the step's statements to {@code sink}; returns the schema after the step. */
    static Schema apply(MigrationStep step, Schema before, Dialect dialect, SqlSink sink) throws SQLException {
        return apply(step, record(step, before, dialect.implicitBehavior()), before, dialect, sink);
    }

    /** As above, for a step already {@link #record recorded} against {@code before}. */
    static Schema apply(MigrationStep step, RecordingOperations recorded, Schema before, Dialect dialect, SqlSink sink)
            throws SQLException {
        Schema state = before;
        int ran = 0;
        for (Op op : recorded.ops()) {
            if (op instanceof DataStep data) {
                try {
                    sink.runData(dialect, data, state);
                    ran++;
                } catch (SQLException | RuntimeException e) {
                    throw new MigrationFailedException(step.info().id(), data.work().describe() + " failed: "
                            + e.getMessage(), Optional.empty(), e, ran);
                }
                continue;
            }
            for (String sql : statements(step, dialect, op, state, sink)) {
                try {
                    sink.execute(sql);
                    ran++;
                } catch (SQLException e) {
                    boolean refusal = dialect.refusal(e).isPresent();
                    throw new MigrationFailedException(step.info().id(), dialect.failureReason(e, sql),
                            refusal ? Optional.empty() : Optional.of(sql), e, ran);
                }
            }
            try {
                sink.checkAfter(dialect, op, state);
            } catch (SQLException | AutogenException e) {
                throw new MigrationFailedException(step.info().id(), e.getMessage(), Optional.empty(), e, ran);
            }
            state = SchemaEvolution.apply(state, op, dialect.implicitBehavior());
        }
        return state;
    }

    /** Runs the migration against the model only: what it does, and the schema after it. */
    static RecordingOperations record(MigrationStep step, Schema before, ImplicitBehavior behavior) {
        RecordingOperations recording = new RecordingOperations(before, behavior);
        try {
            if (step.direction() == Direction.UPGRADE) {
                step.revision().migration().upgrade(recording);
            } else {
                step.revision().migration().downgrade(recording);
            }
        } catch (RuntimeException e) {
            throw new MigrationFailedException(step.info().id(), message(e), Optional.empty(), e);
        }
        if (step.revision().transactional() && recording.ops().stream().anyMatch(StepExecution::concurrent)) {
            throw new MigrationFailedException(step.info().id(), "an index built or dropped concurrently cannot be"
                    + " in a transaction, where each revision runs by default: mark the revision"
                    + " @Revision(transactional = false), best with that index alone", Optional.empty(), null);
        }
        return recording;
    }

    private static boolean concurrent(Op op) {
        return op instanceof CreateIndex create && create.concurrently()
                || op instanceof DropIndex drop && drop.concurrently();
    }

    /**
     * The data steps of the step's migration, in call order, found without a schema (a lenient
     * recording skips every other call): what a resumed MariaDB revision needs to run its
     * callbacks again, since its plan holds only their places.
     */
    static List<DataStep> dataSteps(MigrationStep step, ImplicitBehavior behavior) {
        RecordingOperations recording = RecordingOperations.lenient(Schema.EMPTY, behavior);
        try {
            if (step.direction() == Direction.UPGRADE) {
                step.revision().migration().upgrade(recording);
            } else {
                step.revision().migration().downgrade(recording);
            }
        } catch (RuntimeException e) {
            throw new MigrationFailedException(step.info().id(), message(e), Optional.empty(), e);
        }
        return recording.ops().stream().filter(DataStep.class::isInstance).map(DataStep.class::cast).toList();
    }

    private static List<String> statements(MigrationStep step, Dialect dialect, Op op, Schema state, SqlSink sink) {
        try {
            return sink.statements(dialect, op, state);
        } catch (SQLException | AutogenException e) {
            throw new MigrationFailedException(step.info().id(), e.getMessage(), Optional.empty(), e);
        }
    }

    private static String message(RuntimeException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
