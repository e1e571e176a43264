package dev.autogen.script;

import dev.autogen.revision.RevisionInfo;
import java.nio.file.Path;

/** A migration file's {@code @Revision} annotation, read from its source without compiling it. */
public record RevisionHeader(RevisionInfo info, Path source) {
}
