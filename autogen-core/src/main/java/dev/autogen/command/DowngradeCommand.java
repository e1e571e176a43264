package dev.autogen.command;

import dev.autogen.runtime.Direction;
import dev.autogen.runtime.MigrationStep;
import dev.autogen.runtime.Migrator;
import dev.autogen.runtime.RunOutcome;
import dev.autogen.runtime.RunStart;
import java.util.List;

/** {@code autogen downgrade TARGET}: revert revisions down to the target, one transaction each. */
public final class DowngradeCommand {
    private DowngradeCommand() {
    }

    public static MigrationResult run(Project project, String target) {
        // Only reads until there is something to revert: a SQLite file that is not there is not created.
        project.requireDatabase();
        Migrator migrator = project.migrator();
        // A revision a run stopped in part way (MariaDB, MySQL) counts as there, so that reverting
        // starts with what ran of it.
        RunStart start = migrator.start(Direction.DOWNGRADE);
        List<MigrationStep> steps = project.planner().downgrade(start.planFrom(), target);
        RunOutcome outcome = migrator.runFrom(start.current(), steps);
        return new MigrationResult(start.current(), outcome.ran(), outcome.heads());
    }

    /** {@code downgrade --sql FROM:TO}: the SQL script, written without a connection. */
    public static String sql(Project project, String range) {
        return OfflineSql.downgrade(project, range);
    }
}
