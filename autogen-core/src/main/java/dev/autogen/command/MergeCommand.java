package dev.autogen.command;

import dev.autogen.AutogenException;
import dev.autogen.ops.MigrationPlan;
import dev.autogen.render.MigrationRenderer;
import dev.autogen.revision.RevisionGraph;
import dev.autogen.revision.RevisionIds;
import dev.autogen.revision.RevisionInfo;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code autogen merge -m MSG REV REV...}: a revision whose parents are the given revisions and
 * whose upgrade and downgrade change nothing, so that history has one head again. Needs no
 * database.
 */
public final class MergeCommand {
    private MergeCommand() {
    }

    public static RevisionResult run(Project project, MergeRequest request) {
        RevisionGraph graph = project.graph();
        String id = request.revisionId().map(RevisionCommand::validId).orElseGet(RevisionIds::random);
        if (graph.contains(id)) {
            throw new AutogenException("revision id " + id + " is already used; choose another --rev-id");
        }
        request.branchLabel().ifPresent(label -> graph.requireNewLabel(label, id));
        List<String> parents = parents(graph, request.revisions());
        RevisionInfo info = new RevisionInfo(id, parents, request.message(), RevisionCommand.created(project),
                request.branchLabel().stream().toList());
        Path file = project.scripts().write(MigrationRenderer.render(info, project.config().scriptPackage(),
                new MigrationPlan(List.of())));
        project.log("Generating " + file + " ...  done");
        return new RevisionResult(Optional.of(file), Optional.of(id), List.of());
    }

    private static List<String> parents(RevisionGraph graph, List<String> arguments) {
        Set<String> parents = new LinkedHashSet<>();
        for (String argument : arguments) {
            if (argument.equals("heads")) {
                parents.addAll(graph.heads());
            } else {
                parents.add(graph.resolve(argument, List.of()).orElseThrow(() -> new AutogenException(
                        "cannot merge base; name the revisions to join, or heads")));
            }
        }
        if (parents.size() < 2) {
            throw new AutogenException("merge needs at least two different revisions to join, got "
                    + (parents.isEmpty() ? "none" : String.join(", ", parents)) + "; see `autogen heads`");
        }
        List<String> ordered = new ArrayList<>(parents);
        for (String parent : ordered) {
            for (String other : ordered) {
                if (!other.equals(parent) && graph.ancestorsOrSelf(other).contains(parent)) {
                    throw new AutogenException("cannot merge " + parent + " with " + other + ": " + parent
                            + " is already an ancestor of it; merge the heads of separate branches");
                }
            }
        }
        return ordered.stream().sorted().toList();
    }
}
