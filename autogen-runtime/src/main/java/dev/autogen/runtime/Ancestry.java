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
    /** The longest path from a base to each revision: an ancestor is always less deep than its descendants. */
    private final Map<String, Integer> depth = new HashMap<>();
    /** Revisions the walks of {@link #isApplied} have looked at, all told: what the cost of a run grows with. */
    private long looked;

    Ancestry(List<RevisionInfo> revisions) {
        revisions.forEach(r -> parents.put(r.id(), r.parents()));
        parents.keySet().forEach(this::depthOf);
    }

    /**
     * Whether {@code revision} is one of the heads or below one. The walk down from the heads stops
     * at revisions less deep than {@code revision}, which cannot have it below them: a run asks this
     * for each step, and a walk over the whole history each time made a long run quadratic.
     */
    boolean isApplied(String revision, List<String> heads) {
        Integer target = depth.get(revision);
        if (target == null) {
            return applied(heads).contains(revision);
        }
        Set<String> seen = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>(heads);
        while (!todo.isEmpty()) {
            String id = todo.pop();
            looked++;
            if (id.equals(revision)) {
                return true;
            }
            if (seen.add(id)) {
                for (String parent : parents.getOrDefault(id, List.of())) {
                    if (depth.getOrDefault(parent, Integer.MAX_VALUE) >= target) {
                        todo.push(parent);
                    }
                }
            }
        }
        return false;
    }

    long revisionsLookedAt() {
        return looked;
    }

    /** Computed without recursion, so a history of thousands of revisions does not overflow the stack. */
    private int depthOf(String start) {
        Deque<String> todo = new ArrayDeque<>();
        Set<String> waiting = new HashSet<>();
        todo.push(start);
        waiting.add(start);
        while (!todo.isEmpty()) {
            String id = todo.peek();
            if (depth.containsKey(id)) {
                waiting.remove(todo.pop());
                continue;
            }
            int deepest = 0;
            boolean ready = true;
            for (String parent : parents.getOrDefault(id, List.of())) {
                if (!parents.containsKey(parent)) {
                    continue;
                }
                Integer d = depth.get(parent);
                if (d == null) {
                    if (waiting.contains(parent)) {
                        // A cycle is the graph's error to report; here it only must not loop.
                        continue;
                    }
                    // One at a time, so the stack is a path down the graph and a parent on it is a cycle.
                    todo.push(parent);
                    waiting.add(parent);
                    ready = false;
                    break;
                } else {
                    deepest = Math.max(deepest, d + 1);
                }
            }
            if (ready) {
                depth.put(id, deepest);
                waiting.remove(todo.pop());
            }
        }
        return depth.get(start);
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
