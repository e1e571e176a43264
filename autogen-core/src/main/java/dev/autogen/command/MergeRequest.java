package dev.autogen.command;

import java.util.List;
import java.util.Optional;

/** What {@code autogen merge} was asked for: the revisions to join ({@code heads} for every head). */
public record MergeRequest(String message, List<String> revisions, Optional<String> revisionId,
        Optional<String> branchLabel) {
    public MergeRequest {
        revisions = List.copyOf(revisions);
    }
}
