package dev.autogen.command;

import dev.autogen.AutogenException;
import dev.autogen.diff.SchemaDiff;
import dev.autogen.ops.BulkInsert;
import dev.autogen.ops.DataStep;
import dev.autogen.ops.ExecuteSql;
import dev.autogen.ops.MigrationPlan;
import dev.autogen.ops.Op;
import dev.autogen.render.MigrationRenderer;
import dev.autogen.render.RenderedMigration;
import dev.autogen.revision.LinearRange;
import dev.autogen.revision.LoadedRevision;
import dev.autogen.revision.RevisionGraph;
import dev.autogen.revision.RevisionIds;
import dev.autogen.revision.RevisionInfo;
import dev.autogen.runtime.HistoryModel;
import dev.autogen.runtime.MigrationFailedException;
import dev.autogen.runtime.MigrationPlanner;
import dev.autogen.runtime.SchemaReplay;
import dev.autogen.schema.Schema;
import dev.autogen.script.ScriptDirectory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * {@code autogen squash FROM TO -m MSG}: one revision for a linear range. Its upgrade is the
 * difference between the schema before the range and after it, both replayed through the range's
 * own calls and diffed as {@code revision} diffs; its downgrade is the reverse. It is proven on a
 * scratch database ({@link SquashProof}) before anything is written; then it is written, the
 * range's files move to {@code replaced/} and the children of the last revision name it as parent
 * ({@link SquashFiles}).
 */
public final class SquashCommand {
    private SquashCommand() {
    }

    public static SquashResult run(Project project, SquashRequest request) {
        if (!project.config().schemas().isEmpty()) {
            // The proof replays on verify's single scratch schema, which cannot hold the listed schemas.
            throw new AutogenException("squash proves its result on one scratch schema and cannot yet replay the"
                    + " schemas 'schemas' lists (" + String.join(", ", project.config().schemas()) + "); nothing was"
                    + " written");
        }
        MigrationPlanner planner = project.planner();
        RevisionGraph graph = planner.graph();
        String from = resolve(graph, request.from());
        String to = resolve(graph, request.to());
        List<RevisionInfo> range = LinearRange.of(graph, from, to);
        String shown = from + ".." + to;
        String id = request.revisionId().map(RevisionCommand::validId).orElseGet(RevisionIds::random);
        if (graph.contains(id) || planner.replacements().isReplaced(id)) {
            throw new AutogenException("revision id " + id + " is already used; choose another --rev-id");
        }
        List<String> ids = range.stream().map(RevisionInfo::id).toList();
        for (String revision : ids) {
            if (!planner.revision(revision).transactional()) {
                throw new AutogenException("cannot squash " + shown + ": revision " + revision + " is transactional ="
                        + " false (it builds or drops an index concurrently), which one squashed revision cannot keep;"
                        + " squash the ranges before and after it");
            }
        }
        RevisionInfo info = new RevisionInfo(id, range.get(0).parents(), request.message(),
                RevisionCommand.created(project), List.of(), ids);
        RenderedMigration rendered = MigrationRenderer.renderSquash(info, project.config().scriptPackage(),
                new MigrationPlan(combinedEffect(project, range, shown)), project.dialect());
        SquashFiles files = new SquashFiles(project.scripts(), planner, shown);
        files.requireFree(rendered, info);
        new SquashProof(project, planner, shown).prove(compiled(project, rendered), to);
        return files.write(rendered, info);
    }

    private static String resolve(RevisionGraph graph, String argument) {
        return graph.resolve(argument, List.of()).orElseThrow(() -> new AutogenException("cannot squash from or to"
                + " base; name the first and the last revision of the range"));
    }

    /**
     * The range's net change: the schema after its last revision against the one before its first,
     * both replayed from the history's start. Raw SQL and inserted rows cannot be replayed into
     * the model, so a range with them is refused.
     */
    private static List<Op> combinedEffect(Project project, List<RevisionInfo> range, String shown) {
        HistoryModel history = project.history();
        List<String> last = List.of(range.get(range.size() - 1).id());
        if (!history.createsAllItUses(last)) {
            throw new AutogenException("cannot squash " + shown + ": the history changes tables none of its revisions"
                    + " creates, so the range cannot be replayed from nothing; start the history with a baseline");
        }
        Set<String> ids = Set.copyOf(range.stream().map(RevisionInfo::id).toList());
        try {
            SchemaReplay end = history.replay(last, Schema.EMPTY);
            for (SchemaReplay.ReplayedStep step : end.steps()) {
                if (ids.contains(step.step().info().id())) {
                    refuseDataSteps(step, shown);
                }
            }
            List<String> parents = range.get(0).parents();
            Schema before = parents.isEmpty() ? Schema.EMPTY : history.replay(parents, Schema.EMPTY).schema();
            return SchemaDiff.compare(end.schema(), before, project.dialect());
        } catch (MigrationFailedException e) {
            throw new AutogenException("cannot squash " + shown + ": the migrations cannot be replayed ("
                    + e.getMessage() + "); run `autogen verify`", e);
        }
    }

    /** What only runs, and does not show in the schema, cannot be squashed into a diff: refused, not dropped. */
    private static void refuseDataSteps(SchemaReplay.ReplayedStep step, String shown) {
        for (Op op : step.ops()) {
            String what = op instanceof ExecuteSql ? "runs raw SQL (op.execute)"
                    : op instanceof DataStep ? "has a data step (op.run or op.execute with parameters)"
                    : op instanceof BulkInsert ? "inserts rows (op.bulkInsert)" : null;
            if (what != null) {
                throw new AutogenException("cannot squash " + shown + ": revision " + step.step().info().id() + " "
                        + what + ", which a squash cannot carry over; squash the ranges before and after it");
            }
        }
    }

    /** The rendered revision compiled on its own, as the proof runs the very file that would be written. */
    private static LoadedRevision compiled(Project project, RenderedMigration rendered) {
        Path folder = null;
        try {
            folder = Files.createTempDirectory("autogen-squash");
            Files.writeString(folder.resolve(rendered.className() + ".java"), rendered.source());
            return new ScriptDirectory(folder, project.config().scriptPackage()).load().get(0);
        } catch (IOException e) {
            throw new AutogenException("cannot compile the squashed revision in a temporary folder: " + e.getMessage(),
                    e);
        } finally {
            deleteQuietly(folder);
        }
    }

    private static void deleteQuietly(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            // A temporary folder left behind is harmless.
        }
    }
}
