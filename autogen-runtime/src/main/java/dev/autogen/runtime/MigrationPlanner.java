package dev.autogen.runtime;

import dev.autogen.revision.LoadedRevision;
import dev.autogen.revision.RevisionGraph;
import dev.autogen.revision.RevisionInfo;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Loaded revisions and their graph, turned into the steps that move a database from its current
 * heads to a target. Used alike by the commands, the programmatic entry point and offline mode.
 */
public final class MigrationPlanner {
    private final List<LoadedRevision> revisions;
    private final RevisionGraph graph;
    private final Map<String, LoadedRevision> byId;

    /** Validates the graph (duplicate ids, missing parents, cycles). */
    public MigrationPlanner(List<LoadedRevision> revisions) {
        this.revisions = List.copyOf(revisions);
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

    public LoadedRevision revision(String id) {
        return byId.get(graph.get(id).id());
    }

    /** The upgrades from {@code current} to {@code target} ({@code heads} for every head), in order. */
    public List<MigrationStep> upgrade(List<String> current, String target) {
        if (target.equals("heads")) {
            return steps(graph.upgradePath(current, "heads"), Direction.UPGRADE);
        }
        Optional<String> resolved = graph.resolve(target, current);
        if (resolved.isEmpty()) {
            return List.of();
        }
        return steps(graph.upgradePath(current, resolved.get()), Direction.UPGRADE);
    }

    /** The downgrades from {@code current} to {@code target}, newest first. */
    public List<MigrationStep> downgrade(List<String> current, String target) {
        return steps(graph.downgradePath(current, graph.resolve(target, current)), Direction.DOWNGRADE);
    }

    /** The heads a database is at once it reaches {@code target}: every head for {@code heads}, none for base. */
    public List<String> headsAt(String target, List<String> current) {
        if (target.equals("heads")) {
            return graph.heads().stream().sorted().toList();
        }
        return graph.resolve(target, current).stream().toList();
    }

    private List<MigrationStep> steps(List<RevisionInfo> path, Direction direction) {
        return path.stream().map(r -> new MigrationStep(byId.get(r.id()), direction)).toList();
    }
}
