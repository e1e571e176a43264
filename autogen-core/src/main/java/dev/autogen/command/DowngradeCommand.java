package dev.autogen.command;

import dev.autogen.runtime.Direction;
import dev.autogen.runtime.MigrationStep;
import dev.autogen.runtime.Migrator;
import java.util.List;

/** {@code autogen downgrade TARGET}: revert revisions down to the target, one transaction each. */
public final class DowngradeCommand {
    private DowngradeCommand() {
    }

    public static MigrationResult run(Project project, String target) {
        // Only reads until there is something to revert: a SQLite file that is not there is not created.
        List<String> current = project.currentHeads();
        Migrator migrator = project.migrator();
        if (!project.dialect().transactionalDdl()) {
            // A revision a run stopped in part way counts as there, so that reverting starts with what ran of it.
            current = migrator.headsToPlanFrom(Direction.DOWNGRADE);
        }
        List<MigrationStep> steps = project.planner().downgrade(current, target);
        List<MigrationStep> ran = migrator.run(steps);
        return new MigrationResult(ran, migrator.currentHeads());
    }

    /** {@code downgrade --sql FROM:TO}: the SQL script, written without a connection. */
    public static String sql(Project project, String range) {
        return OfflineSql.downgrade(project, range);
    }
}
