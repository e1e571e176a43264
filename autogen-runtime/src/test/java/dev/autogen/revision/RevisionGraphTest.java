package dev.autogen.revision;


import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.autogen.AutogenException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RevisionGraphTest {
    /** a ← b ← c ← d */
    private static final RevisionGraph CHAIN = RevisionGraph.of(List.of(rev("a"), rev("b", "a"), rev("c", "b"),
            rev("d", "c")));
    /** a ← b, a ← c, and d merging b and c */
    private static final RevisionGraph DIAMOND = RevisionGraph.of(List.of(rev("a"), rev("b", "a"), rev("c", "a"),
            rev("d", "b", "c")));
    /** a ← b, a ← c: two heads */
    private static final RevisionGraph FORK = RevisionGraph.of(List.of(rev("a"), rev("b", "a"), rev("c", "a")));

    @Test
    void headsBasesAndOrder() {
        assertThat(CHAIN.heads()).containsExactly("d");
        assertThat(CHAIN.bases()).containsExactly("a");
        assertThat(ids(CHAIN.newestFirst())).containsExactly("d", "c", "b", "a");
        assertThat(FORK.heads()).containsExactly("c", "b");
        assertThat(FORK.branchPoints()).containsExactly("a");
        assertThat(ids(DIAMOND.newestFirst())).containsExactly("d", "c", "b", "a");
    }

    @Test
    void newerOfUnrelatedRevisionsComesFirst() {
        RevisionGraph graph = RevisionGraph.of(List.of(
                new RevisionInfo("a", List.of(), "", "2026-01-01T00:00:00Z", List.of()),
                new RevisionInfo("b", List.of("a"), "", "2026-01-02T00:00:00Z", List.of()),
                new RevisionInfo("c", List.of("a"), "", "2026-01-03T00:00:00Z", List.of())));

        assertThat(ids(graph.newestFirst())).containsExactly("c", "b", "a");
        assertThat(graph.heads()).containsExactly("c", "b");
    }

    @Test
    void getNamesAnUnknownRevision() {
        assertThat(CHAIN.get("b").parents()).containsExactly("a");
        assertFails(() -> CHAIN.get("x"), "unknown revision x; run `autogen history` to list the revisions");
    }

    @Test
    void validationNamesTheRevisionsAtFault() {
        assertFails(() -> RevisionGraph.of(List.of(rev("a"), rev("a", "a"))),
                "revision id a is used by two revisions (created  and created ); give one of them a new id");
        assertFails(() -> RevisionGraph.of(List.of(rev("a"), rev("b", "x"))),
                "revision b names parent x, which does not exist; fix its parents or restore the missing revision");
        assertFails(() -> RevisionGraph.of(List.of(rev("a", "c"), rev("b", "a"), rev("c", "b"), rev("d", "c"))),
                "revisions form a cycle: a -> c -> b -> a (each names the next as its parent); fix their parents");
        assertFails(() -> RevisionGraph.of(List.of(rev("a", "a"))),
                "revisions form a cycle: a -> a (each names the next as its parent); fix their parents");
    }

    @Test
    void resolvesHeadBaseIdsAndPrefixes() {
        RevisionGraph graph = RevisionGraph.of(List.of(rev("1975ea83b712"), rev("1975eb000000", "1975ea83b712"),
                rev("e9cbb68b0547", "1975eb000000")));

        assertThat(graph.resolve("head", List.of())).contains("e9cbb68b0547");
        assertThat(graph.resolve("heads", List.of())).contains("e9cbb68b0547");
        assertThat(graph.resolve("base", List.of("e9cbb68b0547"))).isEmpty();
        assertThat(graph.resolve("1975eb000000", List.of())).contains("1975eb000000");
        assertThat(graph.resolve("e9", List.of())).contains("e9cbb68b0547");
        assertThat(graph.resolve("1975ea", List.of())).contains("1975ea83b712");
        assertFails(() -> graph.resolve("1975e", List.of()),
                "'1975e' is ambiguous: it starts 1975ea83b712, 1975eb000000; give more of the id");
        assertFails(() -> graph.resolve("ff", List.of()), "no revision matches 'ff'; run `autogen history` to list"
                + " the revisions");
    }

    @Test
    void severalHeadsMakeHeadAmbiguous() {
        assertFails(() -> FORK.resolve("head", List.of()), "'head' is ambiguous: there are several heads (c, b);"
                + " use 'heads' for all of them, name one (see `autogen heads`), or join them with"
                + " `autogen merge -m MSG heads`");
        assertFails(() -> RevisionGraph.of(List.of()).resolve("head", List.of()),
                "there are no revisions yet, so 'head' names nothing; create one with `autogen revision`");
    }

    @Test
    void resolvesRelativeTargets() {
        List<String> atB = List.of("b");

        assertThat(CHAIN.resolve("+1", atB)).contains("c");
        assertThat(CHAIN.resolve("+2", atB)).contains("d");
        assertThat(CHAIN.resolve("-1", atB)).contains("a");
        assertThat(CHAIN.resolve("-2", atB)).isEmpty();
        assertThat(CHAIN.resolve("+1", List.of())).contains("a");
        assertThat(CHAIN.resolve("c-1", atB)).contains("b");
        assertThat(CHAIN.resolve("head-3", List.of())).contains("a");
        assertThat(CHAIN.resolve("base+2", List.of())).contains("b");
        assertFails(() -> CHAIN.resolve("+3", atB), "'+3' goes past the head: d has no newer revision; use a smaller"
                + " number or head");
        assertFails(() -> CHAIN.resolve("-3", atB), "'-3' goes below base; use a smaller number or base");
        assertFails(() -> CHAIN.resolve("+99999999999999999999", atB), "'+99999999999999999999' goes past the"
                + " head: d has no newer revision; use a smaller number or head");
        assertFails(() -> CHAIN.resolve("d-4294967297", atB), "'d-4294967297' goes below base; use a smaller number"
                + " or base");
        assertThat(CHAIN.resolve("a+000000000000000000002", List.of())).contains("c");
        assertFails(() -> FORK.resolve("+1", List.of("a")), "'+1' is ambiguous: history forks at a into b, c;"
                + " name the revision instead");
        assertFails(() -> DIAMOND.resolve("d-1", List.of()), "'d-1' is ambiguous: d merges b, c; name the revision"
                + " instead");
        assertFails(() -> FORK.resolve("-1", List.of("b", "c")), "'-1' counts from the current revision, but the"
                + " database is at several heads (b, c); name a revision instead");
    }

    @Test
    void resolvesBranchLabels() {
        RevisionGraph graph = RevisionGraph.of(List.of(rev("a"), new RevisionInfo("b", List.of("a"), "", "",
                List.of("billing")), rev("c", "b"), rev("x", "a")));

        assertThat(graph.resolve("billing", List.of())).contains("b");
        assertThat(graph.resolve("billing@head", List.of())).contains("c");
        assertThat(graph.resolve("billing+1", List.of())).contains("c");
        assertFails(() -> RevisionGraph.of(List.of(new RevisionInfo("a", List.of(), "", "", List.of("l")),
                new RevisionInfo("b", List.of("a"), "", "", List.of("l")))),
                "branch label l is on both a and b; a label must name one revision");
    }

    @Test
    void upgradePathRunsFromCurrentToTarget() {
        assertThat(ids(CHAIN.upgradePath(List.of(), "head"))).containsExactly("a", "b", "c", "d");
        assertThat(ids(CHAIN.upgradePath(List.of("b"), "d"))).containsExactly("c", "d");
        assertThat(ids(CHAIN.upgradePath(List.of("b"), "+1"))).containsExactly("c");
        assertThat(ids(CHAIN.upgradePath(List.of("d"), "head"))).isEmpty();
        assertThat(ids(CHAIN.upgradePath(List.of(), "base"))).isEmpty();
        assertThat(ids(FORK.upgradePath(List.of("b"), "c"))).containsExactly("c");
        assertThat(ids(FORK.upgradePath(List.of(), "heads"))).containsExactly("a", "b", "c");
        assertThat(ids(DIAMOND.upgradePath(List.of("b"), "d"))).containsExactly("c", "d");
        assertFails(() -> CHAIN.upgradePath(List.of("c"), "a"), "cannot upgrade to a: the database is already past"
                + " it (at c); use downgrade to go back");
        assertFails(() -> CHAIN.upgradePath(List.of("zz"), "d"), "the database is at revision zz, which no"
                + " migration defines; restore its file, or overwrite the version table with"
                + " `autogen stamp --purge TARGET`");
    }

    @Test
    void downgradePathRevertsNewestFirst() {
        assertThat(ids(CHAIN.downgradePath(List.of("d"), Optional.of("b")))).containsExactly("d", "c");
        assertThat(ids(CHAIN.downgradePath(List.of("d"), Optional.empty()))).containsExactly("d", "c", "b", "a");
        assertThat(ids(CHAIN.downgradePath(List.of("d"), Optional.of("-1")))).containsExactly("d");
        assertThat(ids(CHAIN.downgradePath(List.of("d"), Optional.of("d")))).isEmpty();
        assertThat(ids(DIAMOND.downgradePath(List.of("d"), Optional.of("b")))).containsExactly("d");
        assertThat(ids(DIAMOND.downgradePath(List.of("d"), Optional.of("a")))).containsExactly("d", "c", "b");
        assertThat(ids(FORK.downgradePath(List.of("b", "c"), Optional.of("a")))).containsExactly("c", "b");
        assertFails(() -> CHAIN.downgradePath(List.of("b"), Optional.of("c")), "cannot downgrade to c: the database"
                + " is not at or above it (at b); use upgrade instead");
    }

    @Test
    void revisionIdsAreTwelveLowercaseHexDigits() {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            String id = RevisionIds.random();
            assertThat(id).matches("[0-9a-f]{12}");
            ids.add(id);
        }
        assertThat(ids).hasSize(100);
        assertThat(RevisionIds.isValid("e9cbb68b0547")).isTrue();
        assertThat(RevisionIds.isValid("E9CBB68B0547")).isFalse();
        assertThat(RevisionIds.isValid("e9cbb68b054")).isFalse();
        assertThat(RevisionIds.isValid("e9cbb68b0547a")).isFalse();
        assertThat(RevisionIds.isValid("g9cbb68b0547")).isFalse();
        assertThat(RevisionIds.isValid(null)).isFalse();
    }

    private static RevisionInfo rev(String id, String... parents) {
        return new RevisionInfo(id, List.of(parents), "", "", List.of());
    }

    private static List<String> ids(List<RevisionInfo> revisions) {
        return revisions.stream().map(RevisionInfo::id).toList();
    }

    @Test
    void refusesANewLabelThatATargetWouldReadOtherwise() {
        RevisionGraph labeled = RevisionGraph.of(List.of(rev("a"), new RevisionInfo("b", List.of("a"), "b",
                "2026-01-02T00:00:00Z", List.of("taken"))));
        for (String label : List.of("head", "heads", "base", "a", "taken", "new", "", "x@y", "x:y", "x y")) {
            assertThatThrownBy(() -> labeled.requireNewLabel(label, "new")).isInstanceOf(AutogenException.class)
                    .hasMessageStartingWith("branch label '" + label + "' ").hasMessageEndingWith("; choose another label");
        }
        labeled.requireNewLabel("feature-1", "new");
    }

    private static void assertFails(Runnable call, String message) {
        assertThatThrownBy(call::run).isInstanceOf(AutogenException.class).hasMessage(message);
    }
}
