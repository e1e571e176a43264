package dev.autogen.runtime;

import dev.autogen.ops.ExecuteSql;
import dev.autogen.ops.Op;
import dev.autogen.schema.Schema;
import java.util.ArrayList;
import java.util.List;

/**
 * The schema a database should have at some heads, replayed from base through the migrations'
 * own model, with no database: what the version table claims, to hold against what is there.
 *
 * @param steps the upgrades replayed, in order, each with the ops it recorded
 * @param schema the schema after the last of them
 */
public record SchemaReplay(List<ReplayedStep> steps, Schema schema) {
    public SchemaReplay {
        steps = List.copyOf(steps);
    }

    /** One replayed upgrade and the ops it recorded. */
    public record ReplayedStep(MigrationStep step, List<Op> ops) {
        public ReplayedStep {
            ops = List.copyOf(ops);
        }

        public boolean runsRawSql() {
            return ops.stream().anyMatch(ExecuteSql.class::isInstance);
        }
    }

    /**
     * Replays every revision below and at {@code heads}.
     *
     * @throws MigrationFailedException when a revision cannot run against the model (it drops a table
     *     that does not exist, say)
     */
    public static SchemaReplay upTo(MigrationPlanner planner, List<String> heads) {
        List<String> reached = new ArrayList<>();
        List<ReplayedStep> replayed = new ArrayList<>();
        Schema state = Schema.EMPTY;
        for (String head : heads.stream().sorted().toList()) {
            for (MigrationStep step : planner.upgrade(List.copyOf(reached), head)) {
                RecordingOperations recording = StepExecution.record(step, state);
                replayed.add(new ReplayedStep(step, recording.ops()));
                state = recording.state();
            }
            reached.add(head);
        }
        return new SchemaReplay(replayed, state);
    }

    public boolean runsRawSql() {
        return steps.stream().anyMatch(ReplayedStep::runsRawSql);
    }
}
