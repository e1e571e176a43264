package dev.autogen.revision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.autogen.AutogenException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What squash may replace (one line of history) and how a squashed revision stands for its range. */
class LinearRangeTest {
    /** a → b → c → d → e, c → x (a branch), and m merges e and x. */
    private static final RevisionGraph GRAPH = RevisionGraph.of(List.of(rev("a"), rev("b", "a"), rev("c", "b"),
            rev("d", "c"), rev("e", "d"), rev("x", "c"), rev("m", "e", "x")));

    @Test
    void aLineOfHistoryOldestFirst() {
        assertThat(ids(LinearRange.of(GRAPH, "a", "c"))).containsExactly("a", "b", "c");
        assertThat(ids(LinearRange.of(GRAPH, "d", "e"))).containsExactly("d", "e");
        assertThat(ids(LinearRange.of(GRAPH, "b", "c"))).as("a branch point may end the range: its children follow"
                + " the squashed revision").containsExactly("b", "c");
    }

    @Test
    void refusesWhatIsNotOneLine() {
        assertThatThrownBy(() -> LinearRange.of(GRAPH, "c", "a")).isInstanceOf(AutogenException.class)
                .hasMessageContaining("c is not an ancestor of a (reversed range?)");
        assertThatThrownBy(() -> LinearRange.of(GRAPH, "b", "e")).hasMessageContaining("revision c inside the range"
                + " is a branch point (children d, x)");
        assertThatThrownBy(() -> LinearRange.of(GRAPH, "d", "m")).hasMessageContaining("revision m inside the range"
                + " is a merge point");
        assertThatThrownBy(() -> LinearRange.of(GRAPH, "c", "d")).as("x would lose its parent")
                .hasMessageContaining("revision c inside the range is a branch point");
        assertThatThrownBy(() -> LinearRange.of(GRAPH, "d", "d")).hasMessageContaining("range of at least two");
        assertThatThrownBy(() -> LinearRange.of(GRAPH, "d", "zzzzzzzzzzzz")).hasMessageContaining("unknown revision");
    }

    @Test
    void theEndOfARangeStandsForTheSquashAndTheInsideKeepsWhatFollows() {
        RevisionInfo squashed = new RevisionInfo("s", List.of("a"), "", "", List.of(), List.of("b", "c", "d"));
        Replacements replacements = Replacements.of(List.of(rev("a"), squashed, rev("e", "s")));
        assertThat(replacements.canonical(List.of("d"))).containsExactly("s");
        assertThat(replacements.canonical(List.of("c", "e"))).containsExactly("c", "e");
        assertThat(replacements.after("b")).containsExactly("c", "d");
        assertThat(replacements.after("d")).isEmpty();
        assertThat(replacements.endsRange("d")).isTrue();
        assertThat(replacements.endsRange("c")).isFalse();
        assertThat(replacements.isReplaced("a")).isFalse();
        assertThat(replacements.squashing("c")).contains(squashed);
    }

    private static RevisionInfo rev(String id, String... parents) {
        return new RevisionInfo(id, List.of(parents), "", "", List.of());
    }

    private static List<String> ids(List<RevisionInfo> revisions) {
        return revisions.stream().map(RevisionInfo::id).toList();
    }
}
