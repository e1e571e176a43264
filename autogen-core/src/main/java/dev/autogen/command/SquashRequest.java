package dev.autogen.command;

import java.util.Optional;

/** What {@code autogen squash FROM TO -m MSG} was asked for. */
public record SquashRequest(String from, String to, String message, Optional<String> revisionId) {
}
