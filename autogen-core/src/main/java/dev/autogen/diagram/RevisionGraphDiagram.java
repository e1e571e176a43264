package dev.autogen.diagram;

import dev.autogen.revision.RevisionGraph;
import dev.autogen.revision.RevisionInfo;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/**
 * The revision graph as a Mermaid flowchart: oldest at the top, an arrow from each parent to its
 * child, merges drawn as hexagons, branch labels beside the id, heads outlined and the revisions
 * the database is at filled.
 */
public final class RevisionGraphDiagram {
    private RevisionGraphDiagram() {
    }

    /** @param current the revisions the database is at; empty when it was not asked */
    public static String render(RevisionGraph graph, Collection<String> current) {
        MermaidText.NodeIds ids = new MermaidText.NodeIds();
        List<RevisionInfo> oldestFirst = new ArrayList<>(graph.newestFirst());
        Collections.reverse(oldestFirst);
        StringBuilder out = new StringBuilder("flowchart TD\n");
        if (oldestFirst.isEmpty()) {
            return out.append("    base([\"base: no revisions yet\"])\n").toString();
        }
        for (RevisionInfo revision : oldestFirst) {
            String label = MermaidText.label(revision.id()
                    + (revision.branchLabels().isEmpty() ? "" : " (" + String.join(", ", revision.branchLabels()) + ")"))
                    + "<br/>" + MermaidText.label(MermaidText.shortened(revision.message()));
            out.append("    ").append(ids.of(revision.id()))
                    .append(revision.isMerge() ? "{{\"" : "[\"").append(label)
                    .append(revision.isMerge() ? "\"}}" : "\"]").append('\n');
        }
        for (RevisionInfo revision : oldestFirst) {
            for (String parent : revision.parents()) {
                out.append("    ").append(ids.of(parent)).append(" --> ").append(ids.of(revision.id())).append('\n');
            }
        }
        out.append("    classDef head stroke-width:3px,stroke:#1f6feb\n");
        out.append("    classDef current fill:#d4edda,stroke:#2da44e\n");
        for (String head : graph.heads()) {
            out.append("    class ").append(ids.of(head)).append(" head\n");
        }
        for (String id : current) {
            if (graph.contains(id)) {
                out.append("    class ").append(ids.of(id)).append(" current\n");
            }
        }
        return out.toString();
    }
}
