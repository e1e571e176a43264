package dev.autogen.command;

import java.util.Optional;

/**
 * What {@code autogen revision} was asked for.
 *
 * @param offline autogenerate against the schema the migrations make at head, replayed without a
 *     database, instead of against the database (no connection is opened)
 */
public record RevisionRequest(String message, boolean empty, Optional<String> revisionId, Optional<String> head,
        Optional<String> branchLabel, boolean offline) {

    public RevisionRequest(String message, boolean empty, Optional<String> revisionId, Optional<String> head,
            Optional<String> branchLabel) {
        this(message, empty, revisionId, head, branchLabel, false);
    }

    public static RevisionRequest autogenerate(String message) {
        return new RevisionRequest(message, false, Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** The same request, against the replayed history instead of the database. */
    public RevisionRequest withoutDatabase() {
        return new RevisionRequest(message, empty, revisionId, head, branchLabel, true);
    }
}
