package dev.autogen.verify;

import java.util.Set;

/**
 * Where in its revision a change runs: which tables the revision itself created before it. Such a
 * table is empty and unused, so a lock or a NOT NULL on it costs nothing.
 */
public record LintContext(Set<String> createdInRevision) {
    public LintContext {
        createdInRevision = Set.copyOf(createdInRevision);
    }

    /** True for a table that existed before the revision, which may hold rows and serve the application. */
    public boolean existedBefore(String table) {
        return !createdInRevision.contains(table);
    }
}
