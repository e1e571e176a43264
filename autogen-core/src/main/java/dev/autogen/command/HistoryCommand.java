package dev.autogen.command;

import dev.autogen.AutogenException;
import dev.autogen.revision.RevisionGraph;
import dev.autogen.revision.RevisionInfo;
import dev.autogen.revision.RevisionRange;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code autogen history [-r RANGE]}: the revisions, newest first, marking heads and the database's
 * current ones; a range ({@code FROM:TO}) keeps those between two targets.
 */
public final class HistoryCommand {
    private HistoryCommand() {
    }

    /** {@code current} is the database's heads, or empty when the database could not be asked. */
    public static List<HistoryEntry> run(Project project, List<String> current) {
        return run(project, current, Optional.empty());
    }

    public static List<HistoryEntry> run(Project project, List<String> current, Optional<String> range) {
        Map<String, Path> sources = project.sourcesById();
        RevisionGraph graph = project.graph();
        List<String> heads = graph.heads();
        // A database at the last revision of a squashed range is at the squashed revision.
        List<String> known = project.replacements().canonical(current);
        List<RevisionInfo> shown = range.map(r -> RevisionRange.select(graph, r, known)).orElse(graph.newestFirst());
        return shown.stream()
                .map(r -> new HistoryEntry(r, sources.get(r.id()), heads.contains(r.id()), known.contains(r.id())))
                .toList();
    }

    /**
     * The database's heads for the range and the {@code (current)} marks: required when the range
     * names {@code current}, otherwise a database that cannot be reached marks nothing.
     */
    public static List<String> current(Project project, Optional<String> range) {
        if (range.isPresent() && RevisionRange.needsCurrent(range.get())) {
            return project.currentHeads();
        }
        return currentIfReachable(project);
    }

    /** The database's heads for marking {@code (current)}; a database that cannot be reached marks nothing. */
    public static List<String> currentIfReachable(Project project) {
        if (project.config().url().isBlank()) {
            return List.of();
        }
        // The graph first and outside the catch: a migration it cannot read is an error of its own, not an
        // unreachable database. The graph reads the annotations as text, compiling only when it must.
        project.graph();
        try {
            return project.currentHeads();
        } catch (AutogenException e) {
            project.log("(database not reachable, so no revision is marked current: " + e.getMessage() + ")");
            return List.of();
        }
    }
}
