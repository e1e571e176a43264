package dev.autogen.verify;

import dev.autogen.AutogenException;
import dev.autogen.diff.SchemaDiff;
import dev.autogen.dialect.Dialect;
import dev.autogen.ops.BulkInsert;
import dev.autogen.ops.Op;
import dev.autogen.ops.SchemaEvolution;
import dev.autogen.runtime.ChecksumTable;
import dev.autogen.runtime.ProgressTable;
import dev.autogen.runtime.Direction;
import dev.autogen.runtime.MigrationFailedException;
import dev.autogen.runtime.MigrationPlanner;
import dev.autogen.runtime.MigrationStep;
import dev.autogen.runtime.Migrator;
import dev.autogen.runtime.RecordingOperations;
import dev.autogen.schema.Schema;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Replays every revision on a scratch database, one at a time from base in upgrade order, and for
 * each runs upgrade, downgrade and upgrade again, comparing what the database shows after each
 * step; then compares the schema at head with the entities. A revision that leaves the database in
 * a state it cannot trust is followed by a fresh database brought straight to it, so one bad
 * revision does not hide what is wrong with the later ones.
 */
public final class Verifier {
    private final MigrationPlanner planner;
    private final ScratchDatabase scratch;
    private final String versionTable;
    private final Predicate<String> compared;
    private final Optional<Supplier<Schema>> entities;
    private final Lint lint;
    private final Migrator migrator;
    private final Schema start;
    private final Set<String> adoptingRoots;
    private final List<String> facts = new ArrayList<>();
    private final List<Finding> findings = new ArrayList<>();
    /** The scratch database's schema when the last step read it and nothing ran since; else null. */
    private Schema known;

    /**
     * @param compared the tables the comparisons consider ({@code config.tableFilter()})
     * @param entities the entity model, read when the replay reaches head; empty when the project has none
     */
    public Verifier(MigrationPlanner planner, ScratchDatabase scratch, String versionTable, Predicate<String> compared,
            Optional<Supplier<Schema>> entities) {
        this(planner, scratch, versionTable, compared, entities, Schema.EMPTY, Set.of());
    }

    /**
     * @param start the schema the history starts from, created on the scratch database before the
     *     first revision runs (empty for a history that creates everything)
     * @param adoptingRoots root revisions that change nothing because the history starts from
     *     {@code start} (Alembic's empty first revision): not reported as empty
     */
    public Verifier(MigrationPlanner planner, ScratchDatabase scratch, String versionTable, Predicate<String> compared,
            Optional<Supplier<Schema>> entities, Schema start, Set<String> adoptingRoots) {
        this.start = start;
        this.adoptingRoots = Set.copyOf(adoptingRoots);
        this.planner = planner;
        this.scratch = scratch;
        this.versionTable = versionTable;
        this.compared = compared;
        this.entities = entities;
        this.lint = Lint.of(scratch.dialect());
        // Progress lines would mix with the report: the verifier says what it found instead.
        this.migrator = new Migrator(scratch.connections(), scratch.dialect(), versionTable, planner.infos(), line -> {
        });
    }

    /** Facts first (how many revisions were checked, what was skipped), then every finding. */
    public Report run() {
        seed();
        List<MigrationStep> upgrades = planner.upgrade(List.of(), "heads");
        List<MigrationStep> applied = new ArrayList<>();
        boolean complete = true;
        for (MigrationStep step : upgrades) {
            if (!check(step, applied)) {
                complete = false;
                List<String> rest = upgrades.subList(applied.size() + 1, upgrades.size()).stream()
                        .map(s -> s.info().id()).toList();
                facts.add("stopped at revision " + step.info().id() + (rest.isEmpty() ? ""
                        : "; not checked: " + String.join(", ", rest)));
                break;
            }
            applied.add(step);
        }
        facts.add(0, "revisions checked: " + applied.size() + " of " + upgrades.size());
        if (complete) {
            compareHeadWithEntities();
        } else {
            facts.add("head vs entities: skipped, the migrations did not all run");
        }
        return new Report("verify", facts, findings);
    }

    /** One revision's cycle; false when the replay cannot go on past it. */
    private boolean check(MigrationStep step, List<MigrationStep> applied) {
        String id = step.info().id();
        Schema before = known != null ? known : reflect();
        known = null;
        lintAndCheckEmpty(step, before);
        if (!run(step, "migration-failed", "upgrade of " + id + " fails")) {
            return false;
        }
        Schema after = reflect();
        if (!cycle(step, before, after)) {
            List<MigrationStep> upToHere = new ArrayList<>(applied);
            upToHere.add(step);
            scratch.reset();
            try {
                seed();
                migrator.run(upToHere);
            } catch (AutogenException e) {
                findings.add(Finding.error("migration-failed", "upgrading a fresh scratch database straight to " + id
                        + " fails: " + reason(e)).inRevision(id).advising(advice("migration-failed")));
                return false;
            }
        }
        return true;
    }

    /** Downgrade, compare with the schema before; upgrade again, compare with the schema after. */
    private boolean cycle(MigrationStep step, Schema before, Schema after) {
        String id = step.info().id();
        if (!run(new MigrationStep(step.revision(), Direction.DOWNGRADE), "downgrade-failed",
                "downgrade of " + id + " fails")) {
            return false;
        }
        if (!same(before, reflect(), DifferenceWords.AFTER_DOWNGRADE, "downgrade-not-undone",
                "downgrade of " + id + " does not undo its upgrade: ", id)) {
            return false;
        }
        if (!run(step, "reupgrade-failed", "upgrade of " + id + " fails when run again after its downgrade")) {
            return false;
        }
        Schema again = reflect();
        if (!same(after, again, DifferenceWords.AFTER_REUPGRADE, "upgrade-not-repeatable",
                "upgrade of " + id + " run again after its downgrade gives another schema: ", id)) {
            return false;
        }
        known = again;
        return true;
    }

    /** The upgrade as recorded against the schema before it: the lint's warnings, and an empty revision. */
    private void lintAndCheckEmpty(MigrationStep step, Schema before) {
        String id = step.info().id();
        RecordingOperations recording = new RecordingOperations(before);
        try {
            step.revision().migration().upgrade(recording);
        } catch (RuntimeException e) {
            return; // the run itself fails the same way, and reports it with its statement
        }
        List<Op> ops = recording.ops();
        if (ops.isEmpty() && !step.info().isMerge() && !adoptingRoots.contains(id)) {
            findings.add(Finding.error("empty-revision", "upgrade() of \"" + step.info().message()
                    + "\" makes no change").inRevision(id)
                    .advising("write the changes in upgrade() and their reverse in downgrade(), or delete the file"));
        }
        lint.findings(ops).forEach(f -> findings.add(f.inRevision(id)));
    }

    private boolean run(MigrationStep step, String kind, String what) {
        try {
            migrator.run(List.of(step));
            return true;
        } catch (AutogenException e) {
            findings.add(Finding.error(kind, what + ": " + reason(e)).inRevision(step.info().id()).advising(advice(kind)));
            return false;
        }
    }

    private boolean same(Schema wanted, Schema found, DifferenceWords words, String kind, String prefix, String id) {
        List<Op> differences = differences(wanted, found);
        differences.forEach(op -> findings.add(Finding.error(kind, prefix + words.say(op)).inRevision(id)
                .advising(advice(kind))));
        return differences.isEmpty();
    }

    private static String advice(String kind) {
        return switch (kind) {
            case "migration-failed" -> "fix upgrade() so that it runs on a database at the revision's parents";
            case "downgrade-failed" -> "fix downgrade(): it runs right after upgrade() and must undo it";
            case "downgrade-not-undone" -> "make downgrade() the exact reverse of upgrade()";
            case "reupgrade-failed" -> "make downgrade() undo everything upgrade() did, rows it inserted included";
            case "upgrade-not-repeatable" -> "make upgrade() do the same each time it runs";
            default -> throw new IllegalArgumentException(kind);
        };
    }

    private void compareHeadWithEntities() {
        if (entities.isEmpty()) {
            facts.add("head vs entities: skipped, the configuration names no entities"
                    + " (set entities.classpath and entities.packages)");
            return;
        }
        List<Op> differences = differences(entities.get().get(), known != null ? known : reflect());
        differences.forEach(op -> findings.add(Finding.error("head-differs-from-entities",
                DifferenceWords.HEAD_VS_ENTITIES.say(op)).advising("write a revision that brings the schema to the"
                        + " entities ('autogen revision -m ...' on a database at head)")));
        facts.add("head vs entities: " + (differences.isEmpty() ? "the same" : differences.size() + " difference"
                + (differences.size() == 1 ? "" : "s")));
    }

    /** The diff, less the rows a new table starts with: rows are data, never compared. */
    private List<Op> differences(Schema wanted, Schema found) {
        Dialect dialect = scratch.dialect();
        return SchemaDiff.compare(wanted.filterTables(compared), found.filterTables(compared), dialect).stream()
                .filter(op -> !(op instanceof BulkInsert)).toList();
    }

    /**
     * Creates the schema the history starts from on the scratch database, in one transaction, by
     * the same SQL a migration creating it would run.
     */
    private void seed() {
        if (start.tables().isEmpty() && start.sequences().isEmpty()) {
            return;
        }
        Dialect dialect = scratch.dialect();
        try (Connection c = scratch.connections().open()) {
            dialect.beginMigrationTransaction(c);
            Schema state = Schema.EMPTY;
            try (Statement statement = c.createStatement()) {
                for (Op op : SchemaDiff.compare(start, Schema.EMPTY, dialect)) {
                    for (String sql : dialect.toSql(op, state)) {
                        statement.execute(sql);
                    }
                    state = SchemaEvolution.apply(state, op, dialect.implicitBehavior());
                }
            }
            c.commit();
        } catch (SQLException e) {
            throw new AutogenException("cannot create the schema the history starts from on the scratch database: "
                    + e.getMessage(), e);
        }
    }

    /** Everything the migrations made: every table but autogen's own. */
    private Schema reflect() {
        String checksums = ChecksumTable.nameFor(versionTable);
        String progress = ProgressTable.nameFor(versionTable);
        try (Connection c = scratch.connections().open()) {
            return scratch.dialect().reflect(c, name -> !name.equalsIgnoreCase(versionTable)
                    && !name.equalsIgnoreCase(checksums) && !name.equalsIgnoreCase(progress));
        } catch (SQLException e) {
            throw new AutogenException("cannot read the scratch database: " + e.getMessage(), e);
        }
    }

    /** The driver's or the migration's message on one line; the finding already names the revision. */
    private static String reason(AutogenException e) {
        String message = e.getMessage().replaceAll("\\s*\\R\\s*", " ").strip();
        if (e instanceof MigrationFailedException) {
            // "revision X failed and was rolled back, ...: reason [statement: ...]": keep reason and statement.
            int colon = message.indexOf(": ");
            return colon < 0 ? message : message.substring(colon + 2);
        }
        return message;
    }
}
