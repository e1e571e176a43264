package dev.autogen.verify;

import dev.autogen.diff.SchemaDiff;
import dev.autogen.dialect.Dialect;
import dev.autogen.ops.Op;
import dev.autogen.ops.TouchedTables;
import dev.autogen.runtime.HistoryModel;
import dev.autogen.runtime.MigrationFailedException;
import dev.autogen.runtime.SchemaReplay;
import dev.autogen.schema.Schema;
import dev.autogen.schema.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The version table says the database is at some revision; does its schema show it? The schema
 * those revisions make is replayed from the migrations (no database touched) and compared with the
 * reflected one, so "the migration ran but the table is missing" is caught before the application.
 *
 * <p>Drift is what the history claims and the database contradicts. The replay starts from the
 * schema that was there before the first revision ({@link HistoryModel#startFromDatabase}): the
 * objects a revision drops or changes without having created them, and the tables no revision
 * names, are outside the history and never drift; a fact line says how many there are.
 *
 * @param findings one per difference, blamed on the newest revision that touched its table
 * @param facts what the report should say besides (tables outside the history)
 * @param replay the replayed history, when it could be replayed
 */
public record DriftCheck(List<Finding> findings, List<String> facts, Optional<SchemaReplay> replay) {
    public DriftCheck {
        findings = List.copyOf(findings);
        facts = List.copyOf(facts);
    }

    /**
     * @param heads the version table's rows, all known to the history
     * @param actual the reflected schema, already filtered to the tables autogen manages
     */
    public static DriftCheck of(HistoryModel history, List<String> heads, Schema actual, Dialect dialect,
            Predicate<String> managedTables) {
        return replay(history, heads, actual).compare(actual, dialect, managedTables);
    }

    /**
     * The half of {@link #of} that runs the migrations (against the model): the replay to
     * {@code heads}, and what the history says it starts from. The other half, {@link
     * Replayed#compare}, only compares schemas, so a caller can run other migration code (checksums)
     * on a second thread while it does, never two at once.
     */
    public static Replayed replay(HistoryModel history, List<String> heads, Schema actual) {
        if (heads.isEmpty()) {
            return new Replayed(heads, Optional.empty(), List.of(), Optional.empty());
        }
        SchemaReplay replay;
        try {
            replay = history.replay(heads, history.startFromDatabase(heads, actual));
        } catch (MigrationFailedException e) {
            return new Replayed(heads, Optional.empty(), List.of(), Optional.of(Finding.error("replay-failed",
                    "cannot be replayed to tell what the database should look like: " + e.getMessage())
                    .inRevision(e.revision()).advising("run `autogen verify` to see which statement fails")));
        }
        return new Replayed(heads, Optional.of(replay), outsideTheHistory(history, heads, replay.start()),
                Optional.empty());
    }

    /**
     * The history replayed to the version table's heads, not yet held against the database.
     *
     * @param replay empty when there are no heads or the history cannot be replayed
     * @param facts what the report should say besides (tables outside the history)
     * @param failure why the history cannot be replayed, when it cannot
     */
    public record Replayed(List<String> heads, Optional<SchemaReplay> replay, List<String> facts,
            Optional<Finding> failure) {
        public Replayed {
            heads = List.copyOf(heads);
            facts = List.copyOf(facts);
        }

        /** The replayed schema against {@code actual}: one finding per difference; runs no migration code. */
        public DriftCheck compare(Schema actual, Dialect dialect, Predicate<String> managedTables) {
            if (failure.isPresent()) {
                return new DriftCheck(List.of(failure.get()), List.of(), Optional.empty());
            }
            if (replay.isEmpty()) {
                return new DriftCheck(List.of(), List.of(), Optional.empty());
            }
            SchemaReplay replayed = replay.get();
            List<Op> drift = SchemaDiff.compare(replayed.schema().filterTables(managedTables), actual, dialect);
            List<Finding> findings = new ArrayList<>();
            for (Op op : drift) {
                String revision = blame(replayed, op).orElse(String.join(", ", heads));
                String words = DifferenceWords.DRIFT.say(op);
                Finding finding = replayed.runsRawSql()
                        ? Finding.warning("drift", words + " (the revisions run raw SQL autogen cannot model, so this"
                                + " may be what that SQL does)")
                        : Finding.error("drift", words);
                findings.add(finding.inRevision(revision).advising("the version table says this revision is"
                        + " applied, but the schema does not show it: find out what changed the database behind the"
                        + " migrations' back, then repair the schema or `autogen stamp` the revision it really is at"));
            }
            return new DriftCheck(findings, facts, replay);
        }
    }

    /**
     * One line, when the database holds tables the history does not create: either the history
     * adopted an existing schema (an empty first revision, or revisions that drop or change what
     * they never created), or some tables were made without it.
     */
    static List<String> outsideTheHistory(HistoryModel history, List<String> heads, Schema start) {
        List<String> names = new ArrayList<>(start.tables().stream().map(Table::name).toList());
        start.sequences().forEach(sequence -> names.add("sequence " + sequence.name()));
        if (names.isEmpty()) {
            return List.of();
        }
        String objects = names.size() + (names.size() == 1 ? " object" : " objects");
        if (start.sequences().isEmpty()) {
            objects = names.size() + (names.size() == 1 ? " table" : " tables");
        }
        String listed = " (" + String.join(", ", names.subList(0, Math.min(5, names.size())))
                + (names.size() > 5 ? ", ..." : "") + ")";
        boolean adopted = !history.emptyRoots().isEmpty() || !history.createsAllItUses(heads);
        if (adopted) {
            return List.of("history starts from an existing schema: " + objects + " there before its first revision"
                    + listed);
        }
        return List.of(objects + " outside the history, made without the migrations" + listed);
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
