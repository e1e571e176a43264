package dev.autogen.revision;

import dev.autogen.AutogenException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A range of revisions as {@code history -r} takes it: {@code FROM:TO}, both ends included, either
 * end left empty for "from the first" or "to the last". Each end is a target, or {@code current}
 * for the revisions the database is at.
 */
public final class RevisionRange {
    public static final String CURRENT = "current";

    private RevisionRange() {
    }

    /** True when the range names {@code current}, so the caller must read the database's heads. */
    public static boolean needsCurrent(String range) {
        return List.of(split(range)).contains(CURRENT);
    }

    /** The revisions in the range, newest first. */
    public static List<RevisionInfo> select(RevisionGraph graph, String range, List<String> current) {
        String[] ends = split(range);
        Optional<Set<String>> fromAndAbove = end(graph, ends[0], current).map(ids -> around(graph, ids, true));
        Optional<Set<String>> toAndBelow = end(graph, ends[1], current).map(ids -> around(graph, ids, false));
        return graph.newestFirst().stream()
                .filter(r -> fromAndAbove.map(s -> s.contains(r.id())).orElse(true))
                .filter(r -> toAndBelow.map(s -> s.contains(r.id())).orElse(true))
                .toList();
    }

    private static String[] split(String range) {
        int colon = range.indexOf(':');
        if (colon < 0 || range.indexOf(':', colon + 1) >= 0) {
            throw new AutogenException("range '" + range + "' needs exactly one colon: FROM:TO, FROM: or :TO"
                    + " (for example base:head or ae10:current)");
        }
        return new String[] {range.substring(0, colon).strip(), range.substring(colon + 1).strip()};
    }

    /** The revisions an end names; empty when the end is open. {@code base} names none. */
    private static Optional<List<String>> end(RevisionGraph graph, String end, List<String> current) {
        if (end.isEmpty() || end.equals("heads")) {
            return Optional.empty();
        }
        if (end.equals(CURRENT)) {
            return Optional.of(current);
        }
        return Optional.of(graph.resolve(end, current).stream().toList());
    }

    /** The given revisions with everything above them (descendants) or below them (ancestors). */
    private static Set<String> around(RevisionGraph graph, List<String> ids, boolean above) {
        if (ids.isEmpty() && above) {
            // From base: everything is above it.
            return Set.copyOf(graph.newestFirst().stream().map(RevisionInfo::id).toList());
        }
        Set<String> result = new HashSet<>();
        for (String id : ids) {
            if (above) {
                result.add(id);
                result.addAll(graph.descendants(id));
            } else {
                result.addAll(graph.ancestorsOrSelf(id));
            }
        }
        return result;
    }
}
