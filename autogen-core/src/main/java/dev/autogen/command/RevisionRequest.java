package dev.autogen.command;

import java.util.Optional;

/** What {@code autogen revision} was asked for. */
public record RevisionRequest(String message, boolean empty, Optional<String> revisionId, Optional<String> head,
        Optional<String> branchLabel) {

    public static RevisionRequest autogenerate(String message) {
        return new RevisionRequest(message, false, Optional.empty(), Optional.empty(), Optional.empty());
    }
}
