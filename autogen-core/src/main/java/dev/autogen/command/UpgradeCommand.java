package dev.autogen.command;

import dev.autogen.runtime.Direction;
import dev.autogen.runtime.MigrationStep;
import dev.autogen.runtime.Migrator;
import dev.autogen.script.LoadedRevision;
import dev.autogen.script.RevisionGraph;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@code autogen upgrade [TARGET]}: apply revisions up to the target, one transaction each. */
public final class UpgradeCommand {
    private UpgradeCommand() {
    }

    public static MigrationResult run(Project project, String target) {
        Migrator migrator = project.migrator();
        List<String> current = migrator.currentHeads();
        RevisionGraph graph = project.graph();
        if (project.revisions().isEmpty()) {
            project.log("No migrations in " + project.config().scriptLocation() + ": nothing to upgrade.");
            return new MigrationResult(List.of(), current);
        }
        Optional<String> resolved = graph.resolve(target, current);
        List<MigrationStep> steps = resolved.isEmpty() ? List.of()
                : steps(project.revisionsById(), graph.upgradePath(current, resolved.get()).stream()
                        .map(r -> r.id()).toList(), Direction.UPGRADE);
        migrator.run(steps);
        return new MigrationResult(steps, migrator.currentHeads());
    }

    static List<MigrationStep> steps(Map<String, LoadedRevision> byId, List<String> ids, Direction direction) {
        return ids.stream().map(id -> new MigrationStep(byId.get(id), direction)).toList();
    }
}
