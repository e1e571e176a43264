package dev.autogen.command;

import dev.autogen.AutogenException;
import dev.autogen.runtime.Direction;
import dev.autogen.runtime.MigrationPlanner;
import dev.autogen.runtime.MigrationStep;
import dev.autogen.runtime.OfflineMigrator;
import dev.autogen.schema.Schema;
import dev.autogen.revision.LoadedRevision;
import dev.autogen.revision.RevisionGraph;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code autogen show REV}: one revision's details and the SQL its upgrade and downgrade run on the
 * configured dialect, worked out offline (the schema before it is replayed from base; no connection).
 */
public final class ShowCommand {
    private ShowCommand() {
    }

    /** A revision as {@code show} prints it; the SQL is a comment saying why when it cannot be written. */
    public record Shown(LoadedRevision revision, List<String> children, boolean head, String dialect,
            String upgradeSql, String downgradeSql) {
        public Path source() {
            return revision.source();
        }
    }

    public static Shown run(Project project, String target) {
        MigrationPlanner planner = project.planner();
        RevisionGraph graph = planner.graph();
        String id = graph.resolve(target, List.of()).orElseThrow(() -> new AutogenException(
                "base is not a revision; name one to show (see `autogen history`)"));
        LoadedRevision revision = planner.revision(id);
        List<MigrationStep> toIt = planner.upgrade(List.of(), id);
        List<MigrationStep> below = new ArrayList<>(toIt.subList(0, toIt.size() - 1));
        OfflineMigrator offline = project.offlineMigrator();
        Schema base = project.history().startFromHistory(graph.heads());
        String upgrade = sql(offline, base, new MigrationStep(revision, Direction.UPGRADE), below);
        String downgrade = sql(offline, base, new MigrationStep(revision, Direction.DOWNGRADE), toIt);
        return new Shown(revision, graph.childrenOf(id), graph.heads().contains(id), project.dialect().name(),
                upgrade, downgrade);
    }

    private static String sql(OfflineMigrator offline, Schema base, MigrationStep step, List<MigrationStep> replayed) {
        try {
            Schema before = offline.replay(base, replayed);
            String statements = offline.statements(step, before);
            return statements.isEmpty() ? "-- (no statements)\n" : statements;
        } catch (AutogenException e) {
            return "-- cannot write this SQL: " + e.getMessage().replaceAll("\\s*\\R\\s*", " ") + "\n";
        }
    }
}
