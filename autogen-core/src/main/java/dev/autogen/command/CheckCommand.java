package dev.autogen.command;

import dev.autogen.AutogenException;
import dev.autogen.config.AutogenConfig;
import dev.autogen.diagram.ChangePicture;
import dev.autogen.diff.SchemaDiff;
import dev.autogen.dialect.Dialect;
import dev.autogen.ops.Op;
import dev.autogen.runtime.Direction;
import dev.autogen.runtime.RevisionProgress;
import dev.autogen.model.jpa.EntityModelReader;
import dev.autogen.runtime.HistoryModel;
import dev.autogen.runtime.MigrationFailedException;
import dev.autogen.runtime.MigrationPlanner;
import dev.autogen.runtime.SchemaReplay;
import dev.autogen.schema.Schema;
import dev.autogen.revision.LoadedRevision;
import dev.autogen.revision.Replacements;
import dev.autogen.revision.RevisionChecksum;
import dev.autogen.verify.DriftCheck;
import dev.autogen.verify.Finding;
import dev.autogen.verify.GraphCheck;
import dev.autogen.verify.Report;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code autogen check}, the CI gate: the migrations' graph is sound, the database is at head, its
 * schema shows what its version claims, no applied file was edited, and the entities need no new
 * revision. Every problem is a {@link Finding}; the command fails (exit 1) on any error.
 */
public final class CheckCommand {
    private CheckCommand() {
    }

    public static Report run(Project project) {
        return run(project, false);
    }

    /**
     * @param offline compare the entities with the schema the migrations make at head, replayed
     *     without a database, instead of with the database (no connection is opened)
     */
    public static Report run(Project project, boolean offline) {
        AutogenConfig config = project.config();
        // Without entities there is nothing to gate: that is bad input (exit 2), before any finding.
        RevisionCommand.entitySource(config);
        if (offline) {
            List<Finding> findings = new ArrayList<>(GraphCheck.findings(project.loadedRevisions()));
            if (findings.stream().anyMatch(f -> !f.kind().equals("several-heads"))) {
                return brokenGraph(findings);
            }
            return offline(project, findings);
        }
        // The database and the entities are read on their own threads while the migrations load.
        try (DatabaseInBackground database = DatabaseInBackground.start(project);
                EntitiesInBackground entities = EntitiesInBackground.start(project)) {
            Background<Optional<EntityDiff>> asItIs = speculate(database, entities, project.dialect());
            List<Finding> findings = new ArrayList<>(GraphCheck.findings(project.loadedRevisions()));
            if (findings.stream().anyMatch(f -> !f.kind().equals("several-heads"))) {
                return brokenGraph(findings);
            }
            return online(project, findings, database, entities, asItIs);
        } catch (SQLException e) {
            throw new AutogenException("cannot read the database: " + e.getMessage(), e);
        }
    }

    private static Report brokenGraph(List<Finding> findings) {
        return new Report("check", List.of("the migrations' graph is broken; nothing else was checked"), findings);
    }

    /**
     * The entities against the database as it is, on a third thread while the migrations load and
     * replay: what check compares when the database is at head without drift, which is what a CI
     * gate mostly sees. Empty when it cannot be had (the reading failed): check then compares, and
     * fails, on its own thread as it would have.
     */
    private static Background<Optional<EntityDiff>> speculate(DatabaseInBackground database,
            EntitiesInBackground entities, Dialect dialect) {
        return Background.start("entity-diff", () -> {
            try {
                DatabaseInBackground.Snapshot snapshot = database.await();
                return Optional.of(EntityDiff.of(entities.await(), snapshot.views().get(), snapshot.actual(),
                        dialect));
            } catch (SQLException | RuntimeException e) {
                return Optional.empty();
            }
        });
    }

    private static Report online(Project project, List<Finding> findings, DatabaseInBackground reading,
            EntitiesInBackground entities, Background<Optional<EntityDiff>> asItIs) throws SQLException {
        AutogenConfig config = project.config();
        MigrationPlanner planner = project.planner();
        Dialect dialect = project.dialect();
        List<String> facts = new ArrayList<>();
        RevisionCommand.hibernateNote(config).ifPresent(facts::add);
        Optional<String> picture = Optional.empty();
        HistoryModel history = project.history();
        DatabaseInBackground.Snapshot database = reading.await();
        // A SQLite file that is not there is checked as the empty database it would be, and not created.
        database.missing().ifPresent(file -> facts.add("database file " + file + " does not exist: checked as an"
                + " empty database (not created)"));
        // The last revision of a squashed range stands for the squashed revision (docs/squash.md).
        Replacements replacements = planner.replacements();
        List<String> current = replacements.canonical(database.stored());
        List<String> inside = current.stream().filter(replacements::isReplaced).toList();
        List<String> heads = planner.graph().heads().stream().sorted().toList();
        Optional<RevisionProgress> partial = database.partial();
        facts.add("database at " + describe(current, heads) + partial.map(p -> "; " + p.describe()).orElse(""));
        partial.ifPresent(p -> findings.add(partiallyApplied(p, current)));
        List<Finding> drift = new ArrayList<>();
        Optional<SchemaReplay> replayed = Optional.empty();
        List<String> unknown = current.stream().filter(id -> !planner.graph().contains(id)
                && !replacements.isReplaced(id)).toList();
        Schema actual = database.actual();
        if (!unknown.isEmpty()) {
            unknown.forEach(id -> findings.add(Finding.error("unknown-revision", "the version table names revision "
                    + id + ", which no migration defines").inRevision(id).advising("restore its file, or run"
                    + " `autogen stamp --purge REV` with the revision the database really is at")));
        } else if (!inside.isEmpty()) {
            inside.forEach(id -> findings.add(insideSquash(id, replacements)));
            facts.add("the schema was not compared with the revisions: the database is inside a squashed range");
        } else if (partial.isPresent()) {
            // What ran of the revision is in the schema, which matches neither end of it.
            findings.addAll(behindHead(planner, current, heads));
            facts.add("the schema was not compared with the revisions: " + partial.get().describe());
            findings.addAll(editedAfterApply(project, planner, current, database.checksums().get()));
        } else {
            findings.addAll(behindHead(planner, current, heads));
            DriftCheck.Replayed replay = DriftCheck.replay(history, current, actual);
            // The checksums run each applied migration's calls again: on a second thread, while this one
            // compares the replayed schema with the database (which runs no migration code).
            Map<String, String> recorded = database.checksums().get();
            Background<List<Finding>> edited = Background.start("checksums",
                    () -> editedAfterApply(project, planner, current, recorded));
            DriftCheck check = replay.compare(actual, dialect, config.tableFilter());
            drift.addAll(check.findings());
            facts.addAll(check.facts());
            replayed = check.replay();
            findings.addAll(drift);
            findings.addAll(edited.await());
        }
        // A database that drifted from its revisions would blame the drift on the entities: then
        // the entities are held against what the migrations make instead.
        boolean atHead = unknown.isEmpty() && current.equals(heads);
        boolean drifted = drift.stream().anyMatch(Finding::isError);
        Schema start = replayed.map(SchemaReplay::start).orElse(Schema.EMPTY);
        Schema compared = atHead && !drifted ? actual : headSchema(history, heads, start, config, facts, drifted);
        if (compared != null) {
            Optional<EntityDiff> known = compared == actual ? asItIs.await() : Optional.empty();
            EntityDiff diff = known.isPresent() ? known.get()
                    : EntityDiff.of(entities.await(), database.views().get(), compared, dialect);
            facts.addAll(diff.facts());
            Schema wanted = diff.wanted();
            List<Op> needed = diff.needed();
            // No difference, no picture: ChangePicture and its diagram are not even loaded.
            picture = needed.isEmpty() ? Optional.empty() : ChangePicture.of(needed, wanted);
            for (Op op : needed) {
                Finding difference = Finding.error("schema-difference", "the entities need a change no revision"
                        + " holds: " + op.describe() + (op.isDestructive() ? " (DATA LOSS)" : ""))
                        .advising("run `autogen revision -m \"...\"` and review the file it writes");
                findings.add(heads.size() == 1 ? difference.inRevision(heads.get(0)) : difference);
            }
        }
        return new Report("check", facts, findings, picture);
    }

    /**
     * The entities against the schema the migrations make at head, replayed from what the history
     * itself says it starts from; the database is not read.
     */
    private static Report offline(Project project, List<Finding> findings) {
        AutogenConfig config = project.config();
        List<String> heads = project.graph().heads().stream().sorted().toList();
        Schema head = OfflineHistory.headSchema(project, heads, "check").filterTables(config.tableFilter());
        Schema entities = SchemaScope.require(EntityModelReader.read(RevisionCommand.entitySource(config),
                project.dialect()), config);
        List<String> facts = List.of("offline: the database was not read; the entities were compared with the schema"
                + " the migrations make at " + (heads.isEmpty() ? "base" : String.join(", ", heads)));
        List<Op> needed = SchemaDiff.compare(entities, head, project.dialect());
        for (Op op : needed) {
            Finding difference = Finding.error("schema-difference", "the entities need a change no revision holds: "
                    + op.describe() + (op.isDestructive() ? " (DATA LOSS)" : ""))
                    .advising("run `autogen revision -m \"...\"` and review the file it writes");
            findings.add(heads.size() == 1 ? difference.inRevision(heads.get(0)) : difference);
        }
        return new Report("check", facts, findings, ChangePicture.of(needed, entities));
    }

    /** A database stamped inside a squashed range: behind head, and {@code upgrade} goes on from there. */
    private static Finding insideSquash(String id, Replacements replacements) {
        String squashed = replacements.squashing(id).orElseThrow().id();
        int rest = replacements.after(id).size();
        return Finding.error("behind-head", "the database is at " + id + ", inside the range squashed into "
                + squashed + ": " + rest + " replaced revision" + (rest == 1 ? " and what follows are" : "s and what"
                + " follows are") + " not applied").inRevision(squashed)
                .advising("run `autogen upgrade head` (it runs the replaced revisions after " + id + " from the"
                        + " migrations folder's replaced/, then the rest)");
    }

    /** A run stopped part way through a revision (MariaDB, MySQL): the way on, either way. */
    private static Finding partiallyApplied(RevisionProgress partial, List<String> current) {
        String next = "statement " + (partial.ran() + 1) + " of " + partial.total();
        boolean upgrade = partial.direction() == Direction.UPGRADE;
        return Finding.error("partially-applied", "a run stopped part way through revision " + partial.revision()
                + ": the version table says " + (current.isEmpty() ? "base" : String.join(", ", current))
                + ", and the database holds " + partial.describe())
                .inRevision(partial.revision())
                .advising(upgrade
                        ? "fix what stopped it, then `autogen upgrade` resumes at " + next + "; or `autogen downgrade "
                                + (current.isEmpty() ? "base" : current.size() == 1 ? current.get(0) : "-1")
                                + "` reverts the " + partial.ran() + " statement(s) that ran"
                        : "fix what stopped it, then `autogen downgrade` resumes at " + next + "; or `autogen upgrade "
                                + partial.revision() + "` reverts the " + partial.ran() + " statement(s) that ran");
    }

    private static List<Finding> behindHead(MigrationPlanner planner, List<String> current, List<String> heads) {
        if (current.equals(heads)) {
            return List.of();
        }
        int pending = planner.upgrade(current, "heads").size();
        if (pending == 0) {
            return List.of();
        }
        return List.of(Finding.error("behind-head", "the database is at " + (current.isEmpty() ? "base"
                : String.join(", ", current)) + " but the migrations' head is " + String.join(", ", heads) + ": "
                + pending + " revision" + (pending == 1 ? " is" : "s are") + " not applied")
                .advising("run `autogen upgrade head`"));
    }

    /**
     * When the database is not at head (or drifted), the entities are compared with what the migrations make at
     * head, so a missing revision is still caught; null when the migrations cannot be replayed.
     */
    private static Schema headSchema(HistoryModel history, List<String> heads, Schema start, AutogenConfig config,
            List<String> facts, boolean drifted) {
        try {
            facts.add((drifted ? "the schema does not show the database's revision" : "the database is not at head")
                    + ": the entities were compared with the schema the migrations make at head");
            return history.replay(heads, start).schema().filterTables(config.tableFilter());
        } catch (MigrationFailedException e) {
            facts.add("the migrations cannot be replayed to head (" + e.getMessage() + "): the entities were not"
                    + " compared");
            return null;
        }
    }

    private static List<Finding> editedAfterApply(Project project, MigrationPlanner planner, List<String> current,
            Map<String, String> recorded) {
        Set<String> applied = new HashSet<>();
        current.forEach(head -> applied.addAll(planner.graph().ancestorsOrSelf(head)));
        List<Finding> findings = new ArrayList<>();
        for (LoadedRevision revision : project.revisions()) {
            String id = revision.info().id();
            String then = recorded.get(id);
            if (applied.contains(id) && then != null && !RevisionChecksum.matches(then, revision)) {
                String now = RevisionChecksum.current(then, revision);
                findings.add(Finding.error("edited-after-apply", revision.source().getFileName()
                        + " changed after the revision was applied to this database (checksum " + then.substring(0, 12)
                        + " then, " + now.substring(0, 12) + " now)").inRevision(id)
                        .advising("restore the applied file (e.g. `git checkout` it) and put the change in a new"
                                + " revision; if the edit changes nothing the database does, `autogen stamp "
                                + (current.size() == 1 ? current.get(0) : "heads")
                                + "` records the files as they are now"));
            }
        }
        return findings;
    }

    private static String describe(List<String> current, List<String> heads) {
        if (current.isEmpty()) {
            return "base" + (heads.isEmpty() ? " (no migrations yet)" : "");
        }
        return String.join(", ", current) + (current.equals(heads) ? " (head)" : "");
    }
}
