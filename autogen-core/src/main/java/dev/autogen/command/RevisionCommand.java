package dev.autogen.command;

import dev.autogen.AutogenException;
import dev.autogen.config.AutogenConfig;
import dev.autogen.diff.Rename;
import dev.autogen.diff.SchemaDiff;
import dev.autogen.model.jpa.ApplicationHibernate;
import dev.autogen.model.jpa.EntityModelReader;
import dev.autogen.model.jpa.HibernateFlavor;
import dev.autogen.model.jpa.EntitySource;
import dev.autogen.ops.MigrationPlan;
import dev.autogen.ops.Op;
import dev.autogen.render.MigrationRenderer;
import dev.autogen.safe.SafeSplit;
import dev.autogen.safe.SafeStep;
import dev.autogen.render.RenderedMigration;
import dev.autogen.schema.Schema;
import dev.autogen.revision.RevisionIds;
import dev.autogen.revision.RevisionInfo;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.Optional;

/**
 * {@code autogen revision}: diff the entities against the database (which must be at head) and
 * write one migration holding the changes and their exact reverse; no file when nothing changed.
 */
public final class RevisionCommand {
    private RevisionCommand() {
    }

    public static RevisionResult run(Project project, RevisionRequest request) {
        return run(project, request, false);
    }

    /**
     * With {@code safe}, the changes that lock or scan an existing table on the configured database
     * are split into expand/contract revisions ({@link SafeSplit}), written one after the other
     * (each the parent of the next); the result names the last. Where nothing needs splitting (or
     * the database has no way to, as all but PostgreSQL), one revision as without it.
     */
    public static RevisionResult run(Project project, RevisionRequest request, boolean safe) {
        if (request.offline()) {
            project.workOffline();
        }
        List<String> parents = parents(project, request);
        String id = request.revisionId().map(RevisionCommand::validId).orElseGet(RevisionIds::random);
        if (project.revisionsById().containsKey(id)) {
            throw new AutogenException("revision id " + id + " is already used; choose another --rev-id");
        }
        request.branchLabel().ifPresent(label -> project.graph().requireNewLabel(label, id));
        List<Op> changes = request.empty() ? List.of()
                : request.offline() ? detectChangesOffline(project, parents, request.renames())
                : detectChanges(project, parents, request.renames());
        if (!request.empty() && changes.isEmpty()) {
            project.log("No changes in schema detected.");
            return new RevisionResult(Optional.empty(), Optional.empty(), List.of());
        }
        if (safe && !changes.isEmpty()) {
            List<SafeStep> steps = SafeSplit.split(changes, project.dialect(), Schema.EMPTY);
            if (steps.size() > 1) {
                return writeSteps(project, request, id, parents, steps, changes);
            }
            project.log("Nothing to split for --safe on " + project.dialect().name() + ": one revision.");
        }
        RevisionInfo info = new RevisionInfo(id, parents, request.message(), created(project), request.branchLabel().stream().toList());
        // A blank revision has nothing to flag, and may be written without a database URL.
        RenderedMigration rendered = changes.isEmpty()
                ? MigrationRenderer.render(info, project.config().scriptPackage(), new MigrationPlan(changes))
                : MigrationRenderer.render(info, project.config().scriptPackage(), new MigrationPlan(changes),
                        project.dialect());
        Path file = project.scripts().write(rendered);
        project.log("Generating " + file + " ...  done");
        return new RevisionResult(Optional.of(file), Optional.of(id), changes);
    }

    /** Each step as a revision, the first with the requested id and label, each the parent of the next. */
    private static RevisionResult writeSteps(Project project, RevisionRequest request, String firstId,
            List<String> parents, List<SafeStep> steps, List<Op> changes) {
        Instant created = Instant.now(project.clock()).truncatedTo(ChronoUnit.SECONDS);
        List<String> previous = parents;
        Path file = null;
        String id = firstId;
        for (int i = 0; i < steps.size(); i++) {
            SafeStep step = steps.get(i);
            if (i > 0) {
                id = RevisionIds.random();
            }
            String message = request.message() + " (step " + (i + 1) + " of " + steps.size() + ": " + step.label() + ")";
            RevisionInfo info = new RevisionInfo(id, previous, message, created.plusSeconds(i).toString(),
                    i == 0 ? request.branchLabel().stream().toList() : List.of());
            RenderedMigration rendered = step.isBackfill()
                    ? MigrationRenderer.renderBackfill(info, project.config().scriptPackage(), step.backfill())
                    : MigrationRenderer.render(info, project.config().scriptPackage(), step.plan(), project.dialect());
            file = project.scripts().write(rendered);
            project.log("Generating " + file + " ...  done");
            previous = List.of(id);
        }
        return new RevisionResult(Optional.ofNullable(file), Optional.of(id), changes);
    }

    /** The ops that bring the database to the entities, each logged as Alembic logs a detection. */
    static List<Op> detectChanges(Project project, List<String> parents) {
        return detectChanges(project, parents, List.of());
    }

    static List<Op> detectChanges(Project project, List<String> parents, List<Rename> renames) {
        AutogenConfig config = project.config();
        if (!project.databaseExists()) {
            renames.stream().findFirst().ifPresent(r -> {
                throw new AutogenException("--rename " + r.spec() + ": the database does not exist yet, so there is"
                        + " nothing to rename");
            });
            return againstAMissingDatabase(project, parents);
        }
        try (EntitiesInBackground entities = EntitiesInBackground.start(project);
                Connection c = project.connect()) {
            requireAtHead(project, c, parents);
            Schema reflected = project.dialect().reflect(c, config.tableFilter(), config.schemas());
            Schema actual = HistorySpelling.of(project.history(), project.dialect(), parents, reflected,
                    config.tableFilter());
            Schema wanted = MappedViews.leaveOut(entities.await(), project.dialect().viewNames(c),
                    note -> project.log("Note: " + note));
            Set<String> existing = project.dialect().existingSchemas(c, config.schemas());
            return detected(project, SchemaScope.creatingMissing(SchemaDiff.compare(wanted, actual, project.dialect(),
                    renames), wanted, existing));
        } catch (SQLException e) {
            throw new AutogenException("cannot read the database schema: " + e.getMessage(), e);
        }
    }

    /**
     * A SQLite file that is not there yet (a new project, before its first upgrade) is an empty
     * database at base, compared with as such and not created: the first upgrade creates it.
     */
    private static List<Op> againstAMissingDatabase(Project project, List<String> parents) {
        if (!parents.isEmpty()) {
            throw new AutogenException("target database is not up to date: its file "
                    + project.dialect().missingDatabase(project.config().url()).orElseThrow()
                    + " does not exist, but the migrations' head is " + describe(parents)
                    + " (check the url, or run 'autogen upgrade head' first)");
        }
        project.log("The database file " + project.dialect().missingDatabase(project.config().url()).orElseThrow()
                + " does not exist yet: comparing with an empty database (not creating it; upgrade will).");
        try (EntitiesInBackground entities = EntitiesInBackground.start(project)) {
            Schema wanted = entities.await();
            return detected(project, SchemaScope.creatingMissing(SchemaDiff.compare(wanted, Schema.EMPTY,
                    project.dialect()), wanted, Set.of()));
        }
    }

    /**
     * The ops that bring the schema the migrations make at {@code parents} to the entities: the
     * same as against a database at head, with no database.
     */
    static List<Op> detectChangesOffline(Project project, List<String> parents) {
        return detectChangesOffline(project, parents, List.of());
    }

    static List<Op> detectChangesOffline(Project project, List<String> parents, List<Rename> renames) {
        AutogenConfig config = project.config();
        Schema atHead = OfflineHistory.headSchema(project, parents, "revision").filterTables(config.tableFilter());
        Schema entities = SchemaScope.require(EntityModelReader.read(entitySource(config), project.dialect()), config);
        // Offline, a schema counts as there when the migrations already put a table in it.
        return detected(project, SchemaScope.creatingMissing(SchemaDiff.compare(entities, atHead, project.dialect(),
                renames), entities, SchemaScope.used(atHead)));
    }

    private static List<Op> detected(Project project, List<Op> ops) {
        hibernateNote(project.config()).ifPresent(project::log);
        ops.forEach(op -> project.log("Detected " + op.describe()));
        return ops;
    }

    /**
     * The entities are read as the application's Hibernate exports them: said only when that is not
     * autogen's own Hibernate 7, with where the version was found.
     */
    static Optional<String> hibernateNote(AutogenConfig config) {
        ApplicationHibernate.Found found = hibernate(config);
        return found.flavor() == HibernateFlavor.HIBERNATE_7 ? Optional.empty()
                : Optional.of("Entities read as Hibernate " + found.flavor().label() + " exports them ("
                        + found.reason() + ")");
    }

    private static ApplicationHibernate.Found hibernate(AutogenConfig config) {
        return ApplicationHibernate.of(config.hibernateVersion(), config.entitiesClasspath(), config.baseDir());
    }

    static EntitySource entitySource(AutogenConfig config) {
        if (config.entitiesClasspath().isEmpty() || config.entitiesPackages().isEmpty()) {
            throw new AutogenException("reading the entities needs 'entities.classpath' and 'entities.packages' in "
                    + "autogen.properties (for a blank revision to fill by hand, use 'revision --empty')");
        }
        return new EntitySource(config.entitiesClasspath(), config.entitiesPackages(), config.namingPhysical(),
                config.namingImplicit(), hibernate(config).flavor());
    }

    private static void requireAtHead(Project project, Connection c, List<String> heads) throws SQLException {
        // The last revision of a squashed range stands for the squashed revision (docs/squash.md).
        List<String> current = project.replacements().canonical(new dev.autogen.runtime.VersionTable(
                project.config().versionTable(), project.dialect()).heads(c));
        if (!current.stream().sorted().toList().equals(heads.stream().sorted().toList())) {
            throw new AutogenException("target database is not up to date: it is at " + describe(current)
                    + " but the migrations' head is " + describe(heads) + " (run 'autogen upgrade head' first)");
        }
    }

    private static List<String> parents(Project project, RevisionRequest request) {
        if (request.head().isPresent()) {
            return project.graph().resolve(request.head().get(), List.of()).stream().toList();
        }
        List<String> heads = project.graph().heads();
        if (heads.size() > 1) {
            throw new AutogenException("multiple heads " + String.join(", ", heads)
                    + ": pass --head REV to choose the parent, or 'autogen merge' them first");
        }
        return heads;
    }

    static String validId(String id) {
        if (!RevisionIds.isValid(id)) {
            throw new AutogenException("revision id '" + id + "' is not 12 lowercase hex digits");
        }
        return id;
    }

    static String created(Project project) {
        return Instant.now(project.clock()).truncatedTo(ChronoUnit.SECONDS).toString();
    }

    static String describe(List<String> heads) {
        return heads.isEmpty() ? "base" : String.join(", ", heads);
    }
}
