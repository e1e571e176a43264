package dev.autogen.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.revision.RevisionGraph;
import dev.autogen.revision.RevisionInfo;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The revision graph as a Mermaid flowchart: a fork, a labeled branch, a merge, heads and the current revision. */
class RevisionGraphDiagramTest {
    private static RevisionInfo revision(String id, List<String> parents, String message, List<String> labels) {
        return new RevisionInfo(id, parents, message, "2026-12-02 10:00:00", labels);
    }

    @Test
    void forkLabelMergeHeadAndCurrent() {
        RevisionGraph graph = RevisionGraph.of(List.of(
                revision("aaaa00000001", List.of(), "create users", List.of()),
                revision("bbbb00000001", List.of("aaaa00000001"), "billing", List.of("billing")),
                revision("cccc00000001", List.of("aaaa00000001"), "search index", List.of()),
                revision("dddd00000001", List.of("bbbb00000001", "cccc00000001"), "join", List.of())));

        String diagram = RevisionGraphDiagram.render(graph, List.of("dddd00000001"));

        assertThat(diagram).startsWith("flowchart TD\n    r_aaaa00000001[\"aaaa00000001<br/>create users\"]\n");
        assertThat(diagram.lines()).contains(
                "    r_bbbb00000001[\"bbbb00000001 (billing)<br/>billing\"]",
                "    r_cccc00000001[\"cccc00000001<br/>search index\"]",
                "    r_dddd00000001{{\"dddd00000001<br/>join\"}}",
                "    r_aaaa00000001 --> r_bbbb00000001",
                "    r_aaaa00000001 --> r_cccc00000001",
                "    r_bbbb00000001 --> r_dddd00000001",
                "    r_cccc00000001 --> r_dddd00000001",
                "    class r_dddd00000001 head",
                "    class r_dddd00000001 current");
        assertThat(diagram.lines().filter(line -> line.startsWith("    class "))).hasSize(2);
        assertThat(diagram.indexOf("r_dddd00000001{{")).as("a merge comes after both parents")
                .isGreaterThan(diagram.indexOf("r_bbbb00000001[")).isGreaterThan(diagram.indexOf("r_cccc00000001["));
    }

    @Test
    void messagesThatLookLikeSyntaxAreShownAsWritten() {
        RevisionGraph graph = RevisionGraph.of(List.of(revision("end", List.of(),
                "fix \"quotes\" <b>bold</b> #1 & `code`\nsecond line", List.of())));

        String diagram = RevisionGraphDiagram.render(graph, List.of());

        assertThat(diagram).isEqualTo("flowchart TD\n"
                + "    r_end[\"end<br/>fix #quot;quotes#quot; #lt;b#gt;bold#lt;/b#gt; #35;1 #amp; #96;code#96; second"
                + " line\"]\n"
                + "    classDef head stroke-width:3px,stroke:#1f6feb\n"
                + "    classDef current fill:#d4edda,stroke:#2da44e\n"
                + "    class r_end head\n");
    }

    @Test
    void longMessagesAreCutAndMarked() {
        String message = "a".repeat(100);
        String diagram = RevisionGraphDiagram.render(RevisionGraph.of(List.of(revision("f1", List.of(), message,
                List.of()))), List.of());

        assertThat(diagram).contains("f1<br/>" + "a".repeat(59) + "\u2026\"]");
    }

    @Test
    void noRevisionsYet() {
        assertThat(RevisionGraphDiagram.render(RevisionGraph.of(List.of()), List.of()))
                .isEqualTo("flowchart TD\n    base([\"base: no revisions yet\"])\n");
    }
}
