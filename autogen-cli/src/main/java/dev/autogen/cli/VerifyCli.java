package dev.autogen.cli;

import dev.autogen.AutogenException;
import dev.autogen.command.VerifyCommand;
import dev.autogen.fleet.FleetCommands;
import dev.autogen.verify.Finding;
import dev.autogen.verify.Report;
import dev.autogen.verify.ReportFormat;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Replay every revision on a scratch database (upgrade, downgrade, upgrade) and compare"
                + " the schema at head with the entities; exit 1 when a revision is faulty.")
final class VerifyCli implements Callable<Integer> {
    @ParentCommand
    private AutogenCommand root;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (default), json or markdown.")
    private String format;

    @Option(names = "--scratch-url", paramLabel = "URL",
            description = "Create the scratch schema in this database instead of the configured one"
                    + " (a jdbc:sqlite: URL means in-memory SQLite).")
    private String scratchUrl;

    @Option(names = "--strict", description = "Count warnings as errors (exit 1).")
    private boolean strict;

    @Mixin
    private FleetOptions fleet = new FleetOptions();

    @Override
    public Integer call() {
        ReportFormat chosen = ReportFormat.parse(format);
        if (fleet.targets().isPresent()) {
            if (scratchUrl != null || strict) {
                throw new AutogenException("--targets verifies on each target's own server; it cannot be combined"
                        + " with --scratch-url or --strict");
            }
            return fleet.run(root, "verify", chosen, FleetCommands.verify());
        }
        Report report = VerifyCommand.run(root.project(), Optional.ofNullable(scratchUrl));
        if (strict) {
            report = new Report(report.command(), report.facts(), report.findings().stream().map(Finding::asError).toList());
        }
        root.console().out().print(chosen.render(report));
        root.console().out().flush();
        return report.exitCode();
    }
}
