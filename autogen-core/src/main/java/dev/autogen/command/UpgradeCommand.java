package dev.autogen.command;

import dev.autogen.runtime.Direction;
import dev.autogen.runtime.MigrationStep;
import dev.autogen.runtime.Migrator;
import dev.autogen.runtime.RunOutcome;
import dev.autogen.runtime.RunStart;
import java.util.List;

/** {@code autogen upgrade [TARGET]}: apply revisions up to the target, one transaction each. */
public final class UpgradeCommand {
    private UpgradeCommand() {
    }

    public static MigrationResult run(Project project, String target) {
        return run(project, project.migrator().start(Direction.UPGRADE), target);
    }

    /** As {@link #run(Project, String)}, from where the caller read that the database stands. */
    public static MigrationResult run(Project project, RunStart start, String target) {
        Migrator migrator = project.migrator();
        if (project.revisions().isEmpty()) {
            project.log("No migrations in " + project.config().scriptLocation() + ": nothing to upgrade.");
            return new MigrationResult(start.current(), List.of(), start.current());
        }
        // A revision a run stopped in part way (MariaDB, MySQL) is resumed, or reverted first.
        List<MigrationStep> steps = project.planner().upgrade(start.planFrom(), target);
        RunOutcome outcome = migrator.runFrom(start.current(), steps);
        return new MigrationResult(start.current(), outcome.ran(), outcome.heads());
    }

    /** {@code upgrade --sql [FROM:]TO}: the SQL script, written without a connection; FROM defaults to base. */
    public static String sql(Project project, String range) {
        return OfflineSql.upgrade(project, range);
    }
}
