package dev.autogen.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.revision.RevisionInfo;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@link Ancestry#isApplied} stops its walk at revisions less deep than the one asked about: it
 * answers as a walk over the whole history does, on random graphs with branches and merges, and a
 * chain of 20,000 revisions asked about each step in turn (a run's pattern) takes linear time.
 */
class AncestryTest {

    @Test
    void answersAsAFullWalkOnGraphsWithBranchesAndMerges() {
        Random random = new Random(18);
        for (int graph = 0; graph < 50; graph++) {
            List<RevisionInfo> revisions = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                List<String> parents = new ArrayList<>();
                if (i > 0) {
                    parents.add("r" + random.nextInt(i));
                    if (i > 2 && random.nextInt(4) == 0) {
                        String other = "r" + random.nextInt(i);
                        if (!parents.contains(other)) {
                            parents.add(other);
                        }
                    }
                }
                revisions.add(new RevisionInfo("r" + i, parents, "", "", List.of()));
            }
            Ancestry ancestry = new Ancestry(revisions);
            for (int query = 0; query < 200; query++) {
                List<String> heads = new ArrayList<>();
                for (int h = 0; h <= random.nextInt(3); h++) {
                    heads.add("r" + random.nextInt(60));
                }
                String revision = "r" + random.nextInt(60);
                assertThat(ancestry.isApplied(revision, heads)).as("%s below %s", revision, heads)
                        .isEqualTo(fullWalk(revisions, heads).contains(revision));
            }
        }
    }

    @Test
    void aLongChainAskedStepByStepIsLinear() {
        int length = 20_000;
        List<RevisionInfo> chain = new ArrayList<>();
        for (int i = 0; i < length; i++) {
            chain.add(new RevisionInfo("c" + i, i == 0 ? List.of() : List.of("c" + (i - 1)), "", "", List.of()));
        }
        Ancestry ancestry = new Ancestry(chain);
        for (int i = 1; i < length; i++) {
            List<String> heads = List.of("c" + (i - 1));
            assertThat(ancestry.isApplied("c" + i, heads)).isFalse();
            assertThat(ancestry.isApplied("c" + (i - 1), heads)).isTrue();
        }
        // A full walk per question looks at 2 x 20,000^2 / 2 = 400 million revisions; this, a few per question.
        assertThat(ancestry.revisionsLookedAt()).isLessThanOrEqualTo(4L * length);
    }

    private static Set<String> fullWalk(List<RevisionInfo> revisions, List<String> heads) {
        Map<String, List<String>> parents = new HashMap<>();
        revisions.forEach(r -> parents.put(r.id(), r.parents()));
        Set<String> seen = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>(heads);
        while (!todo.isEmpty()) {
            String id = todo.pop();
            if (seen.add(id)) {
                todo.addAll(parents.getOrDefault(id, List.of()));
            }
        }
        return seen;
    }
}
