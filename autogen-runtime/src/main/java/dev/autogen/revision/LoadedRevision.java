package dev.autogen.revision;

import dev.autogen.migration.Migration;
import dev.autogen.migration.Revision;
import java.nio.file.Path;

/** A compiled, instantiated migration with its place in the graph and its source file. */
public record LoadedRevision(RevisionInfo info, Migration migration, Path source) {
    /** {@code @Revision(transactional = ...)} of the migration's class; true when it has no annotation. */
    public boolean transactional() {
        Revision revision = migration.getClass().getAnnotation(Revision.class);
        return revision == null || revision.transactional();
    }
}
