package dev.autogen.script;

import java.util.List;
import java.util.Optional;

/** TODO: implemented by the script work. */
public final class RevisionGraph {
    private RevisionGraph() {
    }

    public static RevisionGraph of(List<RevisionInfo> revisions) {
        throw new UnsupportedOperationException("TODO");
    }

    public List<String> heads() {
        throw new UnsupportedOperationException("TODO");
    }

    public RevisionInfo get(String id) {
        throw new UnsupportedOperationException("TODO");
    }

    /** Newest first. */
    public List<RevisionInfo> newestFirst() {
        throw new UnsupportedOperationException("TODO");
    }

    /** The revision a target names, given where the database is; empty means base. */
    public Optional<String> resolve(String target, List<String> current) {
        throw new UnsupportedOperationException("TODO");
    }

    /** Revisions to apply, in order, to go from {@code current} up to {@code target}. */
    public List<RevisionInfo> upgradePath(List<String> current, String target) {
        throw new UnsupportedOperationException("TODO");
    }

    /** Revisions to revert, in order, to go from {@code current} down to {@code target} (empty: base). */
    public List<RevisionInfo> downgradePath(List<String> current, Optional<String> target) {
        throw new UnsupportedOperationException("TODO");
    }
}
