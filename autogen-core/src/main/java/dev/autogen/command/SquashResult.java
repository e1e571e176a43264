package dev.autogen.command;

import java.nio.file.Path;
import java.util.List;

/**
 * A squash that was proven and written.
 *
 * @param file the squashed revision's source
 * @param id its revision id
 * @param replaced the ids it replaces, oldest first
 * @param replacedFolder where their files went
 * @param children the revisions whose parent became {@code id}
 */
public record SquashResult(Path file, String id, List<String> replaced, Path replacedFolder, List<String> children) {
    public SquashResult {
        replaced = List.copyOf(replaced);
        children = List.copyOf(children);
    }
}
