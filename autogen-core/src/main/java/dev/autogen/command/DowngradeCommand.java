package dev.autogen.command;

import dev.autogen.runtime.Direction;
import dev.autogen.runtime.MigrationStep;
import dev.autogen.runtime.Migrator;
import java.util.List;
import java.util.Optional;

/** {@code autogen downgrade TARGET}: revert revisions down to the target, one transaction each. */
public final class DowngradeCommand {
    private DowngradeCommand() {
    }

    public static MigrationResult run(Project project, String target) {
        Migrator migrator = project.migrator();
        List<String> current = migrator.currentHeads();
        Optional<String> resolved = project.graph().resolve(target, current);
        List<MigrationStep> steps = UpgradeCommand.steps(project.revisionsById(),
                project.graph().downgradePath(current, resolved).stream().map(r -> r.id()).toList(), Direction.DOWNGRADE);
        migrator.run(steps);
        return new MigrationResult(steps, migrator.currentHeads());
    }
}
