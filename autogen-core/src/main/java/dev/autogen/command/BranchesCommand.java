package dev.autogen.command;

import dev.autogen.revision.RevisionGraph;
import dev.autogen.revision.RevisionInfo;
import java.util.List;

/** {@code autogen branches}: every revision where history forks, with the revisions that fork from it. */
public final class BranchesCommand {
    private BranchesCommand() {
    }

    /** A fork: the revision with more than one child, and those children. */
    public record BranchPoint(RevisionInfo revision, List<RevisionInfo> children) {
        public BranchPoint {
            children = List.copyOf(children);
        }
    }

    public static List<BranchPoint> run(Project project) {
        RevisionGraph graph = project.graph();
        return graph.branchPoints().stream()
                .map(id -> new BranchPoint(graph.get(id), graph.childrenOf(id).stream().map(graph::get).toList()))
                .toList();
    }
}
