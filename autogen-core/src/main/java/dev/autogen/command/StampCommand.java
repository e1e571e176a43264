package dev.autogen.command;

import dev.autogen.runtime.Migrator;
import java.util.List;
import java.util.Optional;

/** {@code autogen stamp TARGET}: set the version table without running any migration. */
public final class StampCommand {
    private StampCommand() {
    }

    public static List<String> run(Project project, String target) {
        Migrator migrator = project.migrator();
        List<String> heads;
        if (target.equals("heads")) {
            heads = project.graph().heads();
        } else {
            Optional<String> resolved = project.graph().resolve(target, migrator.currentHeads());
            heads = resolved.stream().toList();
        }
        migrator.stamp(heads);
        project.log("Stamped the database at " + RevisionCommand.describe(heads));
        return heads;
    }
}
