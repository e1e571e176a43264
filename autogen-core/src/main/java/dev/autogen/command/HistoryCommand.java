package dev.autogen.command;

import dev.autogen.AutogenException;
import dev.autogen.script.LoadedRevision;
import java.util.List;
import java.util.Map;

/** {@code autogen history}: every revision, newest first, marking heads and the database's current ones. */
public final class HistoryCommand {
    private HistoryCommand() {
    }

    /** {@code current} is the database's heads, or empty when the database could not be asked. */
    public static List<HistoryEntry> run(Project project, List<String> current) {
        Map<String, LoadedRevision> byId = project.revisionsById();
        List<String> heads = project.graph().heads();
        return project.graph().newestFirst().stream()
                .map(r -> new HistoryEntry(r, byId.get(r.id()).source(), heads.contains(r.id()), current.contains(r.id())))
                .toList();
    }

    /** The database's heads for marking {@code (current)}; a database that cannot be reached marks nothing. */
    public static List<String> currentIfReachable(Project project) {
        if (project.config().url().isBlank()) {
            return List.of();
        }
        try {
            return project.migrator().currentHeads();
        } catch (AutogenException e) {
            project.log("(database not reachable, so no revision is marked current: " + e.getMessage() + ")");
            return List.of();
        }
    }
}
