package dev.autogen.revision;

import dev.autogen.migration.Revision;

import java.util.List;
import java.util.Objects;

/** A revision's place in the graph, read from its {@code @Revision} annotation. */
public record RevisionInfo(String id, List<String> parents, String message, String created,
        List<String> branchLabels) {
    public RevisionInfo {
        Objects.requireNonNull(id, "id == null");
        parents = List.copyOf(parents);
        Objects.requireNonNull(message, "message == null");
        Objects.requireNonNull(created, "created == null");
        branchLabels = List.copyOf(branchLabels);
    }

    public boolean isMerge() {
        return parents.size() > 1;
    }
}
