package dev.autogen.revision;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The revisions squashed revisions replace ({@code @Revision(replaces = ...)}), by id. A database
 * whose version table names the last revision of a squashed range is at the squashed revision; one
 * that names a revision inside the range still needs the replaced revisions after it.
 */
public final class Replacements {
    private final Map<String, RevisionInfo> squashedBy = new HashMap<>();

    private Replacements(List<RevisionInfo> revisions) {
        for (RevisionInfo revision : revisions) {
            revision.replaces().forEach(id -> squashedBy.put(id, revision));
        }
    }

    public static Replacements of(List<RevisionInfo> revisions) {
        return new Replacements(revisions);
    }

    public boolean isEmpty() {
        return squashedBy.isEmpty();
    }

    public boolean isReplaced(String id) {
        return squashedBy.containsKey(id);
    }

    /** The squashed revision that replaces {@code id}. */
    public Optional<RevisionInfo> squashing(String id) {
        return Optional.ofNullable(squashedBy.get(id));
    }

    /** The replaced revisions that come after {@code id} in its squashed range, oldest first. */
    public List<String> after(String id) {
        List<String> range = squashedBy.get(id).replaces();
        return range.subList(range.indexOf(id) + 1, range.size());
    }

    /** Whether {@code id} is the last revision of its squashed range, so a database there is at the squashed one. */
    public boolean endsRange(String id) {
        return isReplaced(id) && after(id).isEmpty();
    }

    /**
     * The heads as the graph knows them: the last revision of a squashed range stands for the
     * squashed revision; a revision inside a range stays as it is (the graph does not know it).
     */
    public List<String> canonical(List<String> heads) {
        return heads.stream().map(h -> endsRange(h) ? squashedBy.get(h).id() : h).distinct().sorted().toList();
    }
}
