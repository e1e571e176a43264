package dev.autogen.command;

import dev.autogen.revision.RevisionInfo;
import java.nio.file.Path;

/** One revision as {@code history} shows it. */
public record HistoryEntry(RevisionInfo revision, Path source, boolean head, boolean current) {

    /** Alembic's one-line form: {@code e9cbb68b0547 -> 3f2a9c1b7d4e (head) (current), added age column}. */
    public String line() {
        return (revision.parents().isEmpty() ? "<base>" : String.join(", ", revision.parents())) + " -> "
                + revision.id() + marks() + ", " + revision.message();
    }

    public String marks() {
        return (head ? " (head)" : "") + (current ? " (current)" : "");
    }
}
