package dev.autogen.runtime;

import dev.autogen.AutogenException;
import dev.autogen.migration.Migration;
import dev.autogen.revision.LoadedRevision;
import dev.autogen.revision.Replacements;
import dev.autogen.revision.RevisionGraph;
import dev.autogen.revision.RevisionInfo;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Loaded revisions and their graph, turned into the steps that move a database from its current
 * heads to a target. Used alike by the commands, the programmatic entry point and offline mode.
 *
 * <p>Revisions a squashed revision replaces ({@code @Revision(replaces = ...)}) are not part of the
 * graph. A database whose version table names one is planned from the squashed revision, after a
 * first step ({@link SquashRemainder}) that runs the replaced revisions after its own and moves its
 * version to the squashed one.
 */
public final class MigrationPlanner {
    private final List<LoadedRevision> revisions;
    private final RevisionGraph graph;
    private final Map<String, LoadedRevision> byId;
    private final Replacements replacements;
    private final Map<String, LoadedRevision> replacedById = new HashMap<>();
    private final Supplier<List<LoadedRevision>> replacedFiles;
    private boolean replacedFilesRead;

    /** Validates the graph (duplicate ids, missing parents, cycles). */
    public MigrationPlanner(List<LoadedRevision> revisions) {
        this(revisions, List::of);
    }

    /**
     * @param replacedFiles the replaced revisions kept apart from the graph (the migrations folder's
     *     {@code replaced/}), read only when a database is at one of them
     */
    public MigrationPlanner(List<LoadedRevision> revisions, Supplier<List<LoadedRevision>> replacedFiles) {
        this.replacements = Replacements.of(revisions.stream().map(LoadedRevision::info).toList());
        this.revisions = revisions.stream().filter(r -> !replacements.isReplaced(r.info().id())).toList();
        revisions.stream().filter(r -> replacements.isReplaced(r.info().id()))
                .forEach(r -> replacedById.put(r.info().id(), r));
        this.replacedFiles = replacedFiles;
        this.graph = RevisionGraph.of(infos());
        this.byId = this.revisions.stream().collect(Collectors.toMap(r -> r.info().id(), Function.identity()));
    }

    public List<LoadedRevision> revisions() {
        return revisions;
    }

    public List<RevisionInfo> infos() {
        return revisions.stream().map(LoadedRevision::info).toList();
    }

    public RevisionGraph graph() {
        return graph;
    }

    public Replacements replacements() {
        return replacements;
    }

    public LoadedRevision revision(String id) {
        return byId.get(graph.get(id).id());
    }

    /** The upgrades from {@code current} to {@code target} ({@code heads} for every head), in order. */
    public List<MigrationStep> upgrade(List<String> current, String target) {
        List<String> from = fromHeads(current);
        List<MigrationStep> steps = new ArrayList<>();
        if (target.equals("heads")) {
            steps.addAll(remainders(current, Optional.empty()));
            steps.addAll(steps(graph.upgradePath(from, "heads"), Direction.UPGRADE));
            return List.copyOf(steps);
        }
        Optional<String> resolved = graph.resolve(target, from);
        if (resolved.isEmpty()) {
            return List.of();
        }
        steps.addAll(remainders(current, resolved));
        steps.addAll(steps(graph.upgradePath(from, resolved.get()), Direction.UPGRADE));
        return List.copyOf(steps);
    }

    /** The downgrades from {@code current} to {@code target}, newest first. */
    public List<MigrationStep> downgrade(List<String> current, String target) {
        for (String head : current) {
            if (replacements.isReplaced(head) && !replacements.endsRange(head)) {
                String squashed = replacements.squashing(head).orElseThrow().id();
                throw new AutogenException("the database is at " + head + ", inside the range squashed revision "
                        + squashed + " replaces; run `autogen upgrade " + squashed + "` first (it runs the rest of"
                        + " the range), then downgrade");
            }
        }
        List<String> from = fromHeads(current);
        List<MigrationStep> steps = new ArrayList<>(remainders(current, Optional.empty()));
        steps.addAll(steps(graph.downgradePath(from, graph.resolve(target, from)), Direction.DOWNGRADE));
        return List.copyOf(steps);
    }

    /** The heads a database is at once it reaches {@code target}: every head for {@code heads}, none for base. */
    public List<String> headsAt(String target, List<String> current) {
        if (target.equals("heads")) {
            return graph.heads().stream().sorted().toList();
        }
        return graph.resolve(target, fromHeads(current)).stream().toList();
    }

    /** The heads with each replaced revision standing for the squashed revision that replaces it. */
    private List<String> fromHeads(List<String> current) {
        if (replacements.isEmpty()) {
            return current;
        }
        return current.stream().map(h -> replacements.squashing(h).map(RevisionInfo::id).orElse(h)).distinct()
                .toList();
    }

    /** The first steps of a database at replaced revisions, when the target lies at or beyond their squash. */
    private List<MigrationStep> remainders(List<String> current, Optional<String> target) {
        List<MigrationStep> steps = new ArrayList<>();
        for (String head : current) {
            Optional<RevisionInfo> squashed = replacements.squashing(head);
            if (squashed.isPresent()
                    && target.map(t -> graph.ancestorsOrSelf(t).contains(squashed.get().id())).orElse(true)) {
                steps.add(remainder(head, squashed.get()));
            }
        }
        return steps;
    }

    private MigrationStep remainder(String head, RevisionInfo squashed) {
        List<String> after = replacements.after(head);
        List<Migration> remaining = new ArrayList<>();
        for (String id : after) {
            remaining.add(replaced(id, head, squashed).migration());
        }
        String message = squashed.message() + (after.isEmpty() ? "" : " (the " + after.size()
                + " replaced revision" + (after.size() == 1 ? "" : "s") + " after " + head + ")");
        RevisionInfo info = new RevisionInfo(squashed.id(), List.of(head), message, squashed.created(),
                squashed.branchLabels());
        LoadedRevision file = byId.get(squashed.id());
        return new MigrationStep(new LoadedRevision(info, new SquashRemainder(file.migration(), remaining),
                file.source()), Direction.UPGRADE);
    }

    private LoadedRevision replaced(String id, String head, RevisionInfo squashed) {
        if (!replacedById.containsKey(id) && !replacedFilesRead) {
            replacedFilesRead = true;
            replacedFiles.get().forEach(r -> replacedById.putIfAbsent(r.info().id(), r));
        }
        LoadedRevision found = replacedById.get(id);
        if (found == null) {
            throw new AutogenException("the database is at " + head + ", inside the range squashed revision "
                    + squashed.id() + " replaces, and the replaced revision " + id + " that must run next is missing"
                    + " (squash keeps them in the migrations folder's replaced/): restore it, or upgrade this"
                    + " database with the files from before the squash");
        }
        return found;
    }

    private List<MigrationStep> steps(List<RevisionInfo> path, Direction direction) {
        return path.stream().map(r -> new MigrationStep(byId.get(r.id()), direction)).toList();
    }
}
