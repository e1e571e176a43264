package dev.autogen.command;

import dev.autogen.runtime.Direction;
import dev.autogen.runtime.MigrationStep;
import dev.autogen.runtime.Migrator;
import java.util.List;

/** {@code autogen upgrade [TARGET]}: apply revisions up to the target, one transaction each. */
public final class UpgradeCommand {
    private UpgradeCommand() {
    }

    public static MigrationResult run(Project project, String target) {
        Migrator migrator = project.migrator();
        List<String> current = migrator.currentHeads();
        if (project.revisions().isEmpty()) {
            project.log("No migrations in " + project.config().scriptLocation() + ": nothing to upgrade.");
            return new MigrationResult(List.of(), current);
        }
        // A revision a run stopped in part way (MariaDB, MySQL) is resumed, or reverted first.
        List<MigrationStep> steps = project.planner().upgrade(migrator.headsToPlanFrom(Direction.UPGRADE), target);
        List<MigrationStep> ran = migrator.run(steps);
        return new MigrationResult(ran, migrator.currentHeads());
    }

    /** {@code upgrade --sql [FROM:]TO}: the SQL script, written without a connection; FROM defaults to base. */
    public static String sql(Project project, String range) {
        return OfflineSql.upgrade(project, range);
    }
}
