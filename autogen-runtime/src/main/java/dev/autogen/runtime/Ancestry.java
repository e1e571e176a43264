package dev.autogen.runtime;

import dev.autogen.revision.RevisionInfo;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Which revisions a set of heads includes: the heads and all their ancestors. */
final class Ancestry {
    private final Map<String, List<String>> parents = new HashMap<>();

    Ancestry(List<RevisionInfo> revisions) {
        revisions.forEach(r -> parents.put(r.id(), r.parents()));
    }

    boolean isApplied(String revision, List<String> heads) {
        return applied(heads).contains(revision);
    }

    /** True when {@code revision} is an ancestor of (or is) some head other than {@code except}. */
    boolean isBelowOtherHead(String revision, List<String> heads, String except) {
        return applied(heads.stream().filter(h -> !h.equals(except)).toList()).contains(revision);
    }

    /** The heads and every revision below them. */
    Set<String> appliedBy(List<String> heads) {
        return applied(heads);
    }

    private Set<String> applied(List<String> heads) {
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
