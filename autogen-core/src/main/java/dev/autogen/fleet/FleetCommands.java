package dev.autogen.fleet;

import dev.autogen.SecretMask;
import dev.autogen.command.CheckCommand;
import dev.autogen.command.VerifyCommand;
import dev.autogen.command.MigrationResult;
import dev.autogen.command.Project;
import dev.autogen.command.UpgradeCommand;
import dev.autogen.runtime.Direction;
import dev.autogen.runtime.RunStart;
import dev.autogen.verify.Finding;
import dev.autogen.verify.Report;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** What {@code upgrade}, {@code current}, {@code check} and {@code verify} do on one target of a fleet. */
public final class FleetCommands {
    private FleetCommands() {
    }

    /** Upgrades to {@code target}; a failure keeps the revisions that did apply, as a single run does. */
    public static Function<Project, TargetOutcome.Partial> upgrade(String target) {
        return project -> {
            RunStart start = project.migrator().start(Direction.UPGRADE);
            try {
                MigrationResult result = UpgradeCommand.run(project, start, target);
                return new TargetOutcome.Partial(result.before(), result.heads(), Optional.empty());
            } catch (RuntimeException e) {
                return new TargetOutcome.Partial(start.current(), headsAfterFailure(project, start.current()),
                        Optional.of(SecretMask.text(firstLine(e), project.secrets())));
            }
        };
    }

    public static Function<Project, TargetOutcome.Partial> current() {
        return project -> {
            List<String> heads = project.currentHeads();
            return new TargetOutcome.Partial(heads, heads, Optional.empty());
        };
    }

    /** A target fails when its check has an error finding; the first one is named. */
    public static Function<Project, TargetOutcome.Partial> check() {
        return project -> {
            List<String> heads = project.databaseExists() ? project.currentHeads() : List.of();
            return new TargetOutcome.Partial(heads, heads, firstError(CheckCommand.run(project)));
        };
    }

    /**
     * Replays the migrations in a scratch schema or database on the target's own server (its
     * version, its settings), never in the target itself; the target's heads are shown as they are.
     * A target fails when the replay has an error finding; the first one is named.
     */
    public static Function<Project, TargetOutcome.Partial> verify() {
        return project -> {
            List<String> heads = project.databaseExists() ? project.currentHeads() : List.of();
            return new TargetOutcome.Partial(heads, heads, firstError(VerifyCommand.run(project, Optional.empty())));
        };
    }

    private static Optional<String> firstError(Report report) {
        return report.findings().stream().filter(Finding::isError).findFirst()
                .map(f -> report.errors() + " error" + (report.errors() == 1 ? "" : "s") + ", first: "
                        + f.message() + " [" + f.kind() + "]");
    }

    private static List<String> headsAfterFailure(Project project, List<String> before) {
        try {
            return project.migrator().currentHeads();
        } catch (RuntimeException e) {
            return before;
        }
    }

    private static String firstLine(RuntimeException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.lines().findFirst().orElse(message);
    }
}
