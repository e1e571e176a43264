package dev.autogen.cli;

import dev.autogen.command.Project;
import dev.autogen.fleet.Fleet;
import dev.autogen.fleet.FleetReport;
import dev.autogen.fleet.TargetList;
import dev.autogen.fleet.TargetOutcome;
import dev.autogen.verify.ReportFormat;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import picocli.CommandLine.Option;

/** {@code --targets FILE --jobs N --fail-fast}: the same command on many databases, one report at the end. */
final class FleetOptions {
    @Option(names = "--targets", paramLabel = "FILE", description = "Run on every target in FILE (a JDBC URL or"
            + " a schema name per line, or 'targets.query = SELECT ...'), with one report at the end.")
    private Path targets;

    @Option(names = "--jobs", paramLabel = "N", defaultValue = "4",
            description = "With --targets: how many targets run at once (default 4).")
    private int jobs = 4;

    @Option(names = "--fail-fast", description = "With --targets: start no further target once one failed.")
    private boolean failFast;

    Optional<Path> targets() {
        return Optional.ofNullable(targets);
    }

    /** Runs the action on every target, progress to stderr, the report to stdout; the exit code says if all succeeded. */
    int run(AutogenCommand root, String command, ReportFormat format, Function<Project, TargetOutcome.Partial> action) {
        Project base = root.project();
        Path file = root.workingDir().resolve(targets);
        List<TargetOutcome> outcomes = new Fleet(base, jobs, failFast, line -> root.console().err()
                .println("autogen: " + line)).run(TargetList.read(file, targets.toString(), base), action);
        root.console().out().print(FleetReport.render(format, command, outcomes));
        return FleetReport.exitCode(outcomes);
    }
}
