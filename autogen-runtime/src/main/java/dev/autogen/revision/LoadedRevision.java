package dev.autogen.revision;

import dev.autogen.migration.Migration;
import java.nio.file.Path;

/** A compiled, instantiated migration with its place in the graph and its source file. */
public record LoadedRevision(RevisionInfo info, Migration migration, Path source) {
}
