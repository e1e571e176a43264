package dev.autogen.command;

import dev.autogen.AutogenException;
import dev.autogen.runtime.MigrationPlanner;
import dev.autogen.revision.RevisionGraph;
import dev.autogen.revision.LoadedRevision;
import dev.autogen.revision.RevisionChecksum;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code autogen stamp TARGET [--purge]}: set the version table without running any migration.
 * The target replaces the heads of its own branch; heads of unrelated branches stay. With
 * {@code --purge} the table is emptied first and whatever it held is ignored, which is the way
 * out when it names a revision no migration defines.
 */
public final class StampCommand {
    private StampCommand() {
    }

    public static List<String> run(Project project, String target, boolean purge) {
        MigrationPlanner planner = project.planner();
        List<String> heads = project.migrator().stamp(current -> purge
                ? planner.headsAt(target, List.of())
                : stampedHeads(planner, target, current), checksums(project));
        project.log("Stamped the database at " + RevisionCommand.describe(heads));
        return heads;
    }

    private static Map<String, String> checksums(Project project) {
        Map<String, String> checksums = new HashMap<>();
        for (LoadedRevision revision : project.revisions()) {
            checksums.put(revision.info().id(), RevisionChecksum.of(revision.migration()));
        }
        return checksums;
    }

    private static List<String> stampedHeads(MigrationPlanner planner, String target, List<String> current) {
        RevisionGraph graph = planner.graph();
        for (String head : current) {
            if (!graph.contains(head)) {
                throw new AutogenException("the database is at revision " + head + ", which no migration defines;"
                        + " use `autogen stamp --purge " + target + "` to overwrite the version table");
            }
        }
        if (target.equals("heads")) {
            return planner.headsAt(target, current);
        }
        Optional<String> resolved = graph.resolve(target, current);
        if (resolved.isEmpty()) {
            return List.of();
        }
        String stamped = resolved.get();
        List<String> heads = new ArrayList<>();
        for (String head : current) {
            boolean related = graph.ancestorsOrSelf(stamped).contains(head) || graph.descendants(stamped).contains(head);
            if (!related) {
                heads.add(head);
            }
        }
        heads.add(stamped);
        return heads;
    }
}
