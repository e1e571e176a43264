package dev.autogen.runtime;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One revision as an application sees it at run time: its place in the graph, whether the database
 * has it applied, whether it is one of the heads the database is at, and whether its recorded
 * checksum still describes the class (an applied revision edited since it ran), and whether a run
 * stopped part way through it ({@code partial}; only where DDL commits statement by statement,
 * MariaDB and MySQL).
 */
public record RevisionStatus(String id, List<String> parents, String message, String created, boolean applied,
        boolean current, boolean edited, Optional<PartialState> partial) {
    public RevisionStatus {
        Objects.requireNonNull(id, "id == null");
        parents = List.copyOf(parents);
        Objects.requireNonNull(message, "message == null");
        Objects.requireNonNull(created, "created == null");
        Objects.requireNonNull(partial, "partial == null");
    }

    /** A revision no run stopped in part way. */
    public RevisionStatus(String id, List<String> parents, String message, String created, boolean applied,
            boolean current, boolean edited) {
        this(id, parents, message, created, applied, current, edited, Optional.empty());
    }
}
