package dev.autogen.revision;

import dev.autogen.migration.Revision;

import java.util.List;
import java.util.Objects;

/**
 * A revision's place in the graph, read from its {@code @Revision} annotation; {@code replaces}
 * lists, oldest first, the revisions a squashed revision stands for (empty for any other).
 */
public record RevisionInfo(String id, List<String> parents, String message, String created,
        List<String> branchLabels, List<String> replaces) {
    public RevisionInfo {
        Objects.requireNonNull(id, "id == null");
        parents = List.copyOf(parents);
        Objects.requireNonNull(message, "message == null");
        Objects.requireNonNull(created, "created == null");
        branchLabels = List.copyOf(branchLabels);
        replaces = List.copyOf(replaces);
    }

    public RevisionInfo(String id, List<String> parents, String message, String created, List<String> branchLabels) {
        this(id, parents, message, created, branchLabels, List.of());
    }

    public boolean isMerge() {
        return parents.size() > 1;
    }
}
