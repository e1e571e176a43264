package dev.autogen.runtime;

import dev.autogen.schema.Constraint;
import dev.autogen.schema.ConstraintNames;
import dev.autogen.schema.ImplicitBehavior;
import dev.autogen.schema.PrimaryKey;
import dev.autogen.schema.Schema;
import dev.autogen.schema.Sequence;
import dev.autogen.schema.Table;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The history as a model: the schema the migrations make, replayed through their own calls with
 * no database, starting from the schema that was there before the first revision. That starting
 * schema is empty for a history that creates everything; a history that adopted an existing
 * database starts from what its revisions drop or change without creating ("pre-existing"
 * objects) and, where a database is at hand, from whatever else that database holds outside the
 * history.
 *
 * <p>The start is found by running the history backwards: each applied revision's downgrade,
 * newest first, on the schema at its end (the database's, or the history's own), skipping what
 * cannot run. What the history creates before it uses it is then taken out again, so a downgrade
 * that forgets something cannot make the history's own objects look pre-existing.
 */
public final class HistoryModel {
    private final MigrationPlanner planner;
    private final ImplicitBehavior behavior;
    /** Replays from an empty schema by heads, kept: check and revision ask for the same one several times. */
    private final Map<List<String>, Optional<SchemaReplay>> fromNothing = new HashMap<>();

    public HistoryModel(MigrationPlanner planner, ImplicitBehavior behavior) {
        this.planner = planner;
        this.behavior = behavior;
    }

    /**
     * Replays every revision below and at {@code heads}, starting from {@code start}.
     *
     * @throws MigrationFailedException when a revision cannot run against the model (it drops a table
     *     that does not exist, say)
     */
    public SchemaReplay replay(List<String> heads, Schema start) {
        if (start.equals(Schema.EMPTY)) {
            Optional<SchemaReplay> known = fromNothing(heads);
            if (known.isPresent()) {
                return known.get();
            }
        }
        return replayFrom(heads, start);
    }

    private SchemaReplay replayFrom(List<String> heads, Schema start) {
        List<SchemaReplay.ReplayedStep> replayed = new ArrayList<>();
        Schema state = start;
        for (MigrationStep step : upgrades(heads)) {
            RecordingOperations recording = StepExecution.record(step, state, behavior);
            replayed.add(new SchemaReplay.ReplayedStep(step, recording.ops()));
            state = recording.state();
        }
        return new SchemaReplay(start, replayed, state);
    }

    /**
     * The schema before the first revision as the history itself tells it: the objects its
     * upgrades drop or change before any revision creates them, as their downgrades recreate them.
     * Empty for a history that creates all it uses. What the history only changes (a column added
     * to a table it never creates) it cannot define: then the replay from here fails.
     */
    public Schema startFromHistory(List<String> heads) {
        List<MigrationStep> steps = upgrades(heads);
        if (fromNothing(heads).isPresent()) {
            return Schema.EMPTY;
        }
        Schema end = Schema.EMPTY;
        for (MigrationStep step : steps) {
            end = lenient(step, end, true);
        }
        return keep(unwind(steps, end), FirstReferences.of(steps, behavior::storedName), false);
    }

    /**
     * The schema before the first revision as {@code database}, at {@code heads}, shows it: the
     * history's pre-existing objects as they were before it changed them, and everything the
     * history never names.
     */
    public Schema startFromDatabase(List<String> heads, Schema database) {
        List<MigrationStep> steps = upgrades(heads);
        Schema start = fromNothing(heads).isPresent() ? database : unwind(steps, database);
        return keep(start, FirstReferences.of(steps, behavior::storedName), true);
    }

    /**
     * Root revisions whose upgrade changes nothing: Alembic's way to start a history on a database
     * that already has its schema (an empty first revision, stamped).
     */
    public List<String> emptyRoots() {
        List<String> empty = new ArrayList<>();
        for (var revision : planner.revisions()) {
            if (revision.info().parents().isEmpty()) {
                RecordingOperations recording = RecordingOperations.lenient(Schema.EMPTY, behavior);
                try {
                    revision.migration().upgrade(recording);
                } catch (RuntimeException e) {
                    continue;
                }
                if (recording.ops().isEmpty() && recording.skipped().isEmpty()) {
                    empty.add(revision.info().id());
                }
            }
        }
        return empty.stream().sorted().toList();
    }

    /**
     * True when the revisions up to {@code heads} create everything they use, so the history starts
     * from an empty database; false when one drops or changes something none of them created.
     */
    public boolean createsAllItUses(List<String> heads) {
        return fromNothing(heads).isPresent();
    }

    /** The upgrades from base to {@code heads}, heads in name order, as every replay takes them. */
    List<MigrationStep> upgrades(List<String> heads) {
        List<String> reached = new ArrayList<>();
        List<MigrationStep> steps = new ArrayList<>();
        for (String head : heads.stream().sorted().toList()) {
            steps.addAll(planner.upgrade(List.copyOf(reached), head));
            reached.add(head);
        }
        return steps;
    }

    /** The replay from an empty schema, or empty when the history uses what it did not create. */
    private Optional<SchemaReplay> fromNothing(List<String> heads) {
        List<String> key = heads.stream().sorted().toList();
        if (!fromNothing.containsKey(key)) {
            try {
                fromNothing.put(key, Optional.of(replayFrom(key, Schema.EMPTY)));
            } catch (MigrationFailedException e) {
                fromNothing.put(key, Optional.empty());
            }
        }
        return fromNothing.get(key);
    }

    /** Each step's downgrade, newest first, on the model of the schema at the end. */
    private Schema unwind(List<MigrationStep> steps, Schema end) {
        List<MigrationStep> newestFirst = new ArrayList<>(steps);
        Collections.reverse(newestFirst);
        Schema state = end;
        for (MigrationStep step : newestFirst) {
            state = lenient(step, state, false);
        }
        return state;
    }

    /** One step's upgrade or downgrade, each call the model cannot follow skipped. */
    private Schema lenient(MigrationStep step, Schema before, boolean upgrade) {
        RecordingOperations recording = RecordingOperations.lenient(before, behavior);
        try {
            if (upgrade) {
                step.revision().migration().upgrade(recording);
            } else {
                step.revision().migration().downgrade(recording);
            }
        } catch (RuntimeException e) {
            // The migration's own code failed; what it recorded until then still counts.
        }
        return recording.state();
    }

    /**
     * {@code start} without what the history creates before it uses it. With
     * {@code unreferencedToo} false, only the tables and sequences the history uses are kept.
     */
    private static Schema keep(Schema start, FirstReferences first, boolean unreferencedToo) {
        List<Table> tables = new ArrayList<>();
        for (Table table : start.tables()) {
            boolean used = first.referencesTable(table.name()) && !first.createdTable(table.name());
            if (used || unreferencedToo && !first.referencesTable(table.name())) {
                tables.add(withoutCreated(table, first));
            }
        }
        List<Sequence> sequences = start.sequences().stream()
                .filter(s -> !first.createdSequence(s.name()) && (unreferencedToo || first.referencesSequence(s.name())))
                .toList();
        return new Schema(tables, sequences);
    }

    private static Table withoutCreated(Table table, FirstReferences first) {
        String name = table.name();
        Table.Builder b = table.toBuilder();
        b.columns(table.columns().stream().filter(c -> !first.createdColumn(name, c.name())).toList());
        b.indexes(table.indexes().stream().filter(i -> !first.createdIndex(name, i.name())).toList());
        b.primaryKey(table.primaryKey().filter(pk -> !first.createdPrimaryKey(name) && !created(table, pk, first)));
        b.uniqueConstraints(table.uniqueConstraints().stream().filter(c -> !created(table, c, first)).toList());
        b.foreignKeys(table.foreignKeys().stream().filter(c -> !created(table, c, first)).toList());
        b.checks(table.checks().stream().filter(c -> !created(table, c, first)).toList());
        return b.build();
    }

    private static boolean created(Table table, Constraint constraint, FirstReferences first) {
        return first.createdConstraint(table.name(), ConstraintNames.of(table.name(), constraint))
                || constraint instanceof PrimaryKey && first.createdPrimaryKey(table.name());
    }
}
