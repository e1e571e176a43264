package dev.autogen.command;

import java.util.Optional;

/** What {@code autogen baseline} was asked for: the first revision's message, and optionally its id. */
public record BaselineRequest(String message, Optional<String> revisionId) {

    public static BaselineRequest of(String message) {
        return new BaselineRequest(message, Optional.empty());
    }
}
