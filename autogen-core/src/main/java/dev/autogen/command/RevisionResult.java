package dev.autogen.command;

import dev.autogen.ops.Op;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The file written (none when nothing changed) and the changes it holds. */
public record RevisionResult(Optional<Path> file, Optional<String> revisionId, List<Op> changes) {
    public RevisionResult {
        changes = List.copyOf(changes);
    }
}
