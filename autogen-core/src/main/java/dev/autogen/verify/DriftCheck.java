package dev.autogen.verify;

import dev.autogen.diff.SchemaDiff;
import dev.autogen.dialect.Dialect;
import dev.autogen.ops.Op;
import dev.autogen.ops.TouchedTables;
import dev.autogen.runtime.MigrationFailedException;
import dev.autogen.runtime.MigrationPlanner;
import dev.autogen.runtime.SchemaReplay;
import dev.autogen.schema.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The version table says the database is at some revision; does its schema show it? The schema
 * those revisions make is replayed from the migrations (no database touched) and compared with the
 * reflected one, so "the migration ran but the table is missing" is caught before the application.
 */
public final class DriftCheck {
    private DriftCheck() {
    }

    /**
     * @param heads the version table's rows, all known to the planner
     * @param actual the reflected schema, already filtered to the tables autogen manages
     */
    public static List<Finding> findings(MigrationPlanner planner, List<String> heads, Schema actual, Dialect dialect,
            Predicate<String> managedTables) {
        if (heads.isEmpty()) {
            return List.of();
        }
        SchemaReplay replay;
        try {
            replay = SchemaReplay.upTo(planner, heads);
        } catch (MigrationFailedException e) {
            return List.of(Finding.error("replay-failed", "cannot be replayed to tell what the database should look"
                    + " like: " + e.getMessage()).inRevision(e.revision())
                    .advising("run `autogen verify` to see which statement fails"));
        }
        List<Op> drift = SchemaDiff.compare(replay.schema().filterTables(managedTables), actual, dialect);
        List<Finding> findings = new ArrayList<>();
        for (Op op : drift) {
            String revision = blame(replay, op).orElse(String.join(", ", heads));
            String words = DifferenceWords.DRIFT.say(op);
            Finding finding = replay.runsRawSql()
                    ? Finding.warning("drift", words + " (the revisions run raw SQL autogen cannot model, so this may"
                            + " be what that SQL does)")
                    : Finding.error("drift", words);
            findings.add(finding.inRevision(revision).advising("the version table says this revision is applied,"
                    + " but the schema does not show it: find out what changed the database behind the migrations'"
                    + " back, then repair the schema or `autogen stamp` the revision it really is at"));
        }
        return List.copyOf(findings);
    }

    /** The newest replayed revision that touched a table the drift is in; the reviewer looks there first. */
    private static Optional<String> blame(SchemaReplay replay, Op drift) {
        List<String> tables = TouchedTables.of(drift);
        Optional<String> revision = Optional.empty();
        for (SchemaReplay.ReplayedStep step : replay.steps()) {
            if (step.ops().stream().anyMatch(op -> TouchedTables.of(op).stream().anyMatch(tables::contains))) {
                revision = Optional.of(step.step().info().id());
            }
        }
        return revision;
    }
}
