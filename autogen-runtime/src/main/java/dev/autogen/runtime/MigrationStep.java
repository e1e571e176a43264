package dev.autogen.runtime;

import dev.autogen.revision.LoadedRevision;
import dev.autogen.revision.RevisionInfo;

/** One revision applied in one direction. */
public record MigrationStep(LoadedRevision revision, Direction direction) {

    public RevisionInfo info() {
        return revision.info();
    }

    /** Alembic's progress line: {@code Running upgrade e9cbb68b0547 -> 3f2a9c1b7d4e, added age column}. */
    public String describe() {
        RevisionInfo info = info();
        String parents = String.join(", ", info.parents());
        return direction == Direction.UPGRADE
                ? "Running upgrade " + parents + " -> " + info.id() + ", " + info.message()
                : "Running downgrade " + info.id() + " -> " + parents + ", " + info.message();
    }
}
