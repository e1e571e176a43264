package dev.autogen.revision;

import dev.autogen.AutogenException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The revisions from one to another along a single line of history, oldest first: what
 * {@code autogen squash} may replace by one revision. Refused with one sentence when the two are
 * the same, the first is not an ancestor of the second, or a merge, a branch point or an earlier
 * squash lies inside.
 */
public final class LinearRange {
    private LinearRange() {
    }

    public static List<RevisionInfo> of(RevisionGraph graph, String from, String to) {
        if (from.equals(to)) {
            throw new AutogenException("cannot squash " + from + " alone: name the first and the last revision of a"
                    + " range of at least two");
        }
        List<RevisionInfo> range = new ArrayList<>();
        RevisionInfo at = graph.get(to);
        while (true) {
            if (at.isMerge()) {
                throw new AutogenException("cannot squash " + from + ".." + to + ": revision " + at.id()
                        + " inside the range is a merge point; squash the ranges before or after it");
            }
            range.add(at);
            if (at.id().equals(from)) {
                break;
            }
            if (at.parents().isEmpty()) {
                throw new AutogenException("cannot squash " + from + ".." + to + ": " + from + " is not an ancestor"
                        + " of " + to + " (reversed range?); name the older revision first");
            }
            at = graph.get(at.parents().get(0));
        }
        Collections.reverse(range);
        for (int i = 0; i < range.size(); i++) {
            RevisionInfo revision = range.get(i);
            if (!revision.replaces().isEmpty()) {
                throw new AutogenException("cannot squash " + from + ".." + to + ": revision " + revision.id()
                        + " is itself a squash; start the range after it");
            }
            List<String> children = graph.childrenOf(revision.id());
            if (i < range.size() - 1 && children.size() > 1) {
                throw new AutogenException("cannot squash " + from + ".." + to + ": revision " + revision.id()
                        + " inside the range is a branch point (children " + String.join(", ", children)
                        + "); squash a range without branches");
            }
        }
        return List.copyOf(range);
    }
}
