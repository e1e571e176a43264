package dev.autogen.runtime;

import dev.autogen.ops.ExecuteSql;
import dev.autogen.ops.Op;
import dev.autogen.schema.Schema;
import java.util.List;

/**
 * The schema a database should have at some heads, replayed through the migrations' own model
 * with no database ({@link HistoryModel#replay}): what the version table claims, to hold against
 * what is there.
 *
 * @param start the schema before the first revision (empty unless the history adopted a database)
 * @param steps the upgrades replayed, in order, each with the ops it recorded
 * @param schema the schema after the last of them
 */
public record SchemaReplay(Schema start, List<ReplayedStep> steps, Schema schema) {
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

    public boolean runsRawSql() {
        return steps.stream().anyMatch(ReplayedStep::runsRawSql);
    }
}
