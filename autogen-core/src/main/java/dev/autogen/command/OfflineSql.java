package dev.autogen.command;

import dev.autogen.AutogenException;
import dev.autogen.runtime.MigrationPlanner;
import dev.autogen.runtime.MigrationStep;
import dev.autogen.runtime.OfflineMigrator;
import dev.autogen.schema.Schema;
import java.util.List;

/**
 * Offline mode's ranges: {@code FROM:TO}, where FROM is where the database is assumed to be,
 * since offline mode never asks it. The schema at FROM is replayed from base, where the history
 * starts from what its revisions drop or change without creating it.
 */
final class OfflineSql {
    private OfflineSql() {
    }

    static String upgrade(Project project, String range) {
        String[] ends = split(range, "base");
        return script(project, ends[0], (planner, heads) -> planner.upgrade(heads, ends[1]));
    }

    static String downgrade(Project project, String range) {
        if (!range.contains(":")) {
            throw new AutogenException("downgrade --sql needs a range FROM:TO such as head:base, because offline mode"
                    + " does not ask the database where it is");
        }
        String[] ends = split(range, null);
        return script(project, ends[0], (planner, heads) -> planner.downgrade(heads, ends[1]));
    }

    private static String script(Project project, String from, StepChoice choice) {
        project.workOffline();
        MigrationPlanner planner = project.planner();
        if (planner.revisions().isEmpty()) {
            throw new AutogenException("there are no migrations in " + project.config().scriptLocation()
                    + ", so there is no SQL to write");
        }
        List<String> startHeads = planner.headsAt(from, List.of());
        OfflineMigrator offline = project.offlineMigrator();
        Schema base = project.history().startFromHistory(planner.graph().heads());
        Schema start = offline.replay(base, planner.upgrade(List.of(), from));
        return offline.script(startHeads, start, choice.steps(planner, startHeads));
    }

    /** {@code [FROM:]TO} into its two ends; a missing FROM is {@code defaultFrom}. */
    private static String[] split(String range, String defaultFrom) {
        int colon = range.indexOf(':');
        String from = colon < 0 ? defaultFrom : range.substring(0, colon).strip();
        String to = range.substring(colon + 1).strip();
        if (from == null || from.isEmpty() || to.isEmpty() || to.contains(":")) {
            throw new AutogenException("range '" + range + "' is not FROM:TO; write for example base:head, "
                    + "ae10:head or head:base");
        }
        return new String[] {from, to};
    }

    @FunctionalInterface
    private interface StepChoice {
        List<MigrationStep> steps(MigrationPlanner planner, List<String> startHeads);
    }
}
