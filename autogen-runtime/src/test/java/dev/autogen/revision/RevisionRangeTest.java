package dev.autogen.revision;


import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.autogen.AutogenException;
import java.util.List;
import org.junit.jupiter.api.Test;

class RevisionRangeTest {
    /** a ← b ← c, and a ← x: two branches from a. */
    private static final RevisionGraph GRAPH = RevisionGraph.of(List.of(rev("a"), rev("b", "a"), rev("c", "b"),
            rev("x", "a")));

    @Test
    void bothEndsAreIncludedAndEitherMayBeOpen() {
        assertThat(ids(RevisionRange.select(GRAPH, "b:c", List.of()))).containsExactly("c", "b");
        assertThat(ids(RevisionRange.select(GRAPH, "b:", List.of()))).containsExactly("c", "b");
        assertThat(ids(RevisionRange.select(GRAPH, ":b", List.of()))).containsExactly("b", "a");
        assertThat(ids(RevisionRange.select(GRAPH, ":", List.of()))).containsExactly("x", "c", "b", "a");
        assertThat(ids(RevisionRange.select(GRAPH, "base:heads", List.of()))).containsExactly("x", "c", "b", "a");
        assertThat(ids(RevisionRange.select(GRAPH, "a:x", List.of()))).containsExactly("x", "a");
        assertThat(ids(RevisionRange.select(GRAPH, ":base", List.of()))).isEmpty();
    }

    @Test
    void currentNamesTheDatabaseHeads() {
        assertThat(RevisionRange.needsCurrent("current:")).isTrue();
        assertThat(RevisionRange.needsCurrent("a:c")).isFalse();
        assertThat(ids(RevisionRange.select(GRAPH, "current:", List.of("b", "x")))).containsExactly("x", "c", "b");
        assertThat(ids(RevisionRange.select(GRAPH, "base:current", List.of("b")))).containsExactly("b", "a");
        assertThat(ids(RevisionRange.select(GRAPH, "current:", List.of()))).containsExactly("x", "c", "b", "a");
    }

    @Test
    void aRangeNeedsOneColon() {
        assertThatThrownBy(() -> RevisionRange.select(GRAPH, "a", List.of())).isInstanceOf(AutogenException.class)
                .hasMessage("range 'a' needs exactly one colon: FROM:TO, FROM: or :TO (for example base:head or"
                        + " ae10:current)");
        assertThatThrownBy(() -> RevisionRange.select(GRAPH, "a:b:c", List.of())).isInstanceOf(AutogenException.class);
    }

    private static RevisionInfo rev(String id, String... parents) {
        return new RevisionInfo(id, List.of(parents), "", "", List.of());
    }

    private static List<String> ids(List<RevisionInfo> revisions) {
        return revisions.stream().map(RevisionInfo::id).toList();
    }
}
