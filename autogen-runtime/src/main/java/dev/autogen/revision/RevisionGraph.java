package dev.autogen.revision;

import dev.autogen.AutogenException;
import dev.autogen.revision.InvalidGraphException.Problem;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The revisions of a migrations folder as a graph of parents and children. Pure: it knows no files,
 * so tests build graphs inline. Built once and validated (duplicate ids, missing parents, cycles).
 */
public final class RevisionGraph {
    /**
     * Among revisions ready at the same time, the newest first; the id breaks ties the same way, so
     * that the reverse order (used to upgrade) lists them oldest and lowest id first.
     */
    private static final Comparator<RevisionInfo> NEWEST = Comparator.comparing(RevisionInfo::created)
            .thenComparing(RevisionInfo::id).reversed();

    /** Words a target can be that a label would shadow, or be shadowed by. */
    private static final Set<String> RESERVED_LABELS = Set.of("head", "heads", "base");

    private final Map<String, RevisionInfo> byId;
    private final Map<String, List<String>> children;
    private final Map<String, String> labels;
    private final List<RevisionInfo> newestFirst;

    private RevisionGraph(Map<String, RevisionInfo> byId, Map<String, List<String>> children,
            Map<String, String> labels, List<RevisionInfo> newestFirst) {
        this.byId = byId;
        this.children = children;
        this.labels = labels;
        this.newestFirst = newestFirst;
    }

    public static RevisionGraph of(List<RevisionInfo> revisions) {
        Map<String, RevisionInfo> byId = indexById(revisions);
        Map<String, List<String>> children = new HashMap<>();
        for (RevisionInfo r : byId.values()) {
            children.putIfAbsent(r.id(), new ArrayList<>());
            for (String parent : r.parents()) {
                if (!byId.containsKey(parent)) {
                    throw new InvalidGraphException(Problem.DANGLING_PARENT, "revision " + r.id() + " names parent " + parent
                            + ", which does not exist; fix its parents or restore the missing revision");
                }
                children.computeIfAbsent(parent, p -> new ArrayList<>()).add(r.id());
            }
        }
        children.values().forEach(list -> list.sort(Comparator.naturalOrder()));
        List<RevisionInfo> order = topologicalOrder(byId, children);
        return new RevisionGraph(byId, children, indexLabels(byId), List.copyOf(order));
    }

    public List<String> heads() {
        return newestFirst.stream().map(RevisionInfo::id).filter(id -> children.get(id).isEmpty()).toList();
    }

    public List<String> bases() {
        return newestFirst.stream().filter(r -> r.parents().isEmpty()).map(RevisionInfo::id).toList();
    }

    /** Revisions with more than one child, where history forks. */
    public List<String> branchPoints() {
        return newestFirst.stream().map(RevisionInfo::id).filter(id -> children.get(id).size() > 1).toList();
    }

    public RevisionInfo get(String id) {
        RevisionInfo revision = byId.get(id);
        if (revision == null) {
            throw new AutogenException("unknown revision " + id + "; run `autogen history` to list the revisions");
        }
        return revision;
    }

    public boolean contains(String id) {
        return byId.containsKey(id);
    }

    /** Children before parents; among unrelated revisions, the newest first. */
    public List<RevisionInfo> newestFirst() {
        return newestFirst;
    }

    /** The revision a target names, given where the database is; empty means base. */
    public Optional<String> resolve(String target, List<String> current) {
        return new TargetResolver(this).resolve(target, current);
    }

    /**
     * Revisions to apply, in order, to go from {@code current} up to {@code target}: a revision id
     * or any target {@link #resolve} accepts, plus {@code heads} for every head at once.
     */
    public List<RevisionInfo> upgradePath(List<String> current, String target) {
        Set<String> applied = appliedBy(current);
        Set<String> wanted = new HashSet<>();
        if ("heads".equals(target)) {
            heads().forEach(h -> wanted.addAll(ancestorsOrSelf(h)));
        } else {
            Optional<String> resolved = byId.containsKey(target) ? Optional.of(target) : resolve(target, current);
            if (resolved.isEmpty() || applied.contains(resolved.get()) && !current.contains(resolved.get())) {
                if (applied.isEmpty()) {
                    return List.of();
                }
                throw new AutogenException("cannot upgrade to " + resolved.orElse("base")
                        + ": the database is already past it (at " + String.join(", ", current)
                        + "); use downgrade to go back");
            }
            wanted.addAll(ancestorsOrSelf(resolved.get()));
        }
        wanted.removeAll(applied);
        List<RevisionInfo> path = inOrder(wanted);
        Collections.reverse(path);
        return path;
    }

    /**
     * Revisions to revert, in order, to go from {@code current} down to {@code target} (empty:
     * base). Only revisions above the target are reverted; other branches stay as they are.
     */
    public List<RevisionInfo> downgradePath(List<String> current, Optional<String> target) {
        Set<String> applied = appliedBy(current);
        if (target.isEmpty()) {
            return inOrder(applied);
        }
        String id = byId.containsKey(target.get()) ? target.get() : resolve(target.get(), current).orElse(null);
        if (id == null) {
            return inOrder(applied);
        }
        if (!applied.contains(id)) {
            throw new AutogenException("cannot downgrade to " + id + ": the database is not at or above it (at "
                    + (current.isEmpty() ? "base" : String.join(", ", current)) + "); use upgrade instead");
        }
        Set<String> revert = descendants(id);
        revert.retainAll(applied);
        return inOrder(revert);
    }

    /** Every revision the given one builds on, and itself. */
    public Set<String> ancestorsOrSelf(String id) {
        return reachable(get(id).id(), r -> byId.get(r).parents());
    }

    /** Every revision built on the given one, not itself. */
    public Set<String> descendants(String id) {
        Set<String> all = reachable(get(id).id(), children::get);
        all.remove(id);
        return all;
    }

    /** The revisions that name {@code id} as a parent, in id order. */
    public List<String> childrenOf(String id) {
        return children.get(get(id).id());
    }

    /**
     * Refuses a branch label for a new revision {@code newId} that the graph would refuse once the
     * revision is written (a reserved word, an id, a label already taken), or that a target could
     * not name ({@code @} and {@code :} separate targets, white space splits arguments): said
     * before anything is written, rather than by every later command.
     */
    public void requireNewLabel(String label, String newId) {
        String problem = label.isBlank() ? "is empty"
                : RESERVED_LABELS.contains(label) ? "is a reserved word (head, heads and base name revisions)"
                : byId.containsKey(label) || label.equals(newId) ? "is a revision id"
                : labels.containsKey(label) ? "is already the label of revision " + labels.get(label)
                : label.matches(".*[\\s@:,].*") ? "holds white space, '@', ':' or ',', which targets use"
                : null;
        if (problem != null) {
            throw new AutogenException("branch label '" + label + "' " + problem + "; choose another label");
        }
    }

    Optional<String> labeled(String label) {
        return Optional.ofNullable(labels.get(label));
    }

    List<String> idsStartingWith(String prefix) {
        return byId.keySet().stream().filter(id -> id.startsWith(prefix)).sorted().toList();
    }

    private Set<String> appliedBy(List<String> current) {
        Set<String> applied = new HashSet<>();
        for (String head : current) {
            if (!byId.containsKey(head)) {
                throw new AutogenException("the database is at revision " + head
                        + ", which no migration defines; restore its file, or overwrite the version table with"
                        + " `autogen stamp --purge TARGET`");
            }
            applied.addAll(ancestorsOrSelf(head));
        }
        return applied;
    }

    private List<RevisionInfo> inOrder(Set<String> ids) {
        return new ArrayList<>(newestFirst.stream().filter(r -> ids.contains(r.id())).toList());
    }

    private static Set<String> reachable(String start, Function<String, List<String>> next) {
        Set<String> seen = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(start));
        while (!todo.isEmpty()) {
            String id = todo.pop();
            if (seen.add(id)) {
                todo.addAll(next.apply(id));
            }
        }
        return seen;
    }

    private static Map<String, RevisionInfo> indexById(List<RevisionInfo> revisions) {
        Map<String, RevisionInfo> byId = new LinkedHashMap<>();
        for (RevisionInfo r : revisions) {
            if (byId.putIfAbsent(r.id(), r) != null) {
                throw new InvalidGraphException(Problem.DUPLICATE_ID, "revision id " + r.id() + " is used by two revisions ("
                        + describe(byId.get(r.id())) + " and " + describe(r) + "); give one of them a new id");
            }
        }
        return byId;
    }

    private static Map<String, String> indexLabels(Map<String, RevisionInfo> byId) {
        Map<String, String> labels = new TreeMap<>();
        for (RevisionInfo r : byId.values()) {
            for (String label : r.branchLabels()) {
                String other = labels.putIfAbsent(label, r.id());
                if (other != null) {
                    throw new InvalidGraphException(Problem.BRANCH_LABEL, "branch label " + label + " is on both " + other + " and " + r.id()
                            + "; a label must name one revision");
                }
                if (byId.containsKey(label) || RESERVED_LABELS.contains(label)) {
                    throw new InvalidGraphException(Problem.BRANCH_LABEL, "branch label " + label + " on " + r.id()
                            + " is also a revision id or a reserved word; choose another label");
                }
            }
        }
        return labels;
    }

    /** Kahn's algorithm from the heads down, so that every child comes before its parents. */
    private static List<RevisionInfo> topologicalOrder(Map<String, RevisionInfo> byId,
            Map<String, List<String>> children) {
        Map<String, Integer> waitingChildren = new HashMap<>();
        TreeSet<RevisionInfo> ready = new TreeSet<>(NEWEST);
        for (RevisionInfo r : byId.values()) {
            waitingChildren.put(r.id(), children.get(r.id()).size());
            if (children.get(r.id()).isEmpty()) {
                ready.add(r);
            }
        }
        List<RevisionInfo> order = new ArrayList<>();
        while (!ready.isEmpty()) {
            RevisionInfo next = ready.pollFirst();
            order.add(next);
            for (String parent : next.parents()) {
                if (waitingChildren.merge(parent, -1, Integer::sum) == 0) {
                    ready.add(byId.get(parent));
                }
            }
        }
        if (order.size() < byId.size()) {
            throw new InvalidGraphException(Problem.CYCLE, "revisions form a cycle: " + cycle(children, order, byId.keySet())
                    + " (each names the next as its parent); fix their parents");
        }
        return order;
    }

    /** A cycle among the revisions the topological order could not place. */
    private static String cycle(Map<String, List<String>> children, List<RevisionInfo> placed, Set<String> all) {
        Set<String> left = new TreeSet<>(all);
        placed.forEach(r -> left.remove(r.id()));
        List<String> walk = new ArrayList<>();
        String id = left.iterator().next();
        // Every unplaced revision waits for an unplaced child, so following children must come back.
        while (!walk.contains(id)) {
            walk.add(id);
            id = children.get(id).stream().filter(left::contains).findFirst().orElseThrow();
        }
        List<String> loop = new ArrayList<>(walk.subList(walk.indexOf(id), walk.size()));
        loop.add(id);
        Collections.reverse(loop);
        return String.join(" -> ", loop);
    }

    private static String describe(RevisionInfo r) {
        return r.message().isEmpty() ? "created " + r.created() : "'" + r.message() + "'";
    }
}
