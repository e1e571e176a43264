package dev.autogen.cli;

import dev.autogen.AutogenException;
import dev.autogen.command.CheckCommand;
import dev.autogen.fleet.FleetCommands;
import dev.autogen.verify.Report;
import dev.autogen.verify.ReportFormat;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Exit 1 when the entities and the database at head differ, the database is behind head, its"
                + " schema does not show its version, or an applied migration file was edited.")
final class CheckCli implements Callable<Integer> {
    @ParentCommand
    private AutogenCommand root;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (default), json, or markdown for a pull-request comment.")
    private String format;

    @Option(names = "--offline", description = "Compare the entities with the schema the migrations make at head,"
            + " replayed without a database (no connection; the URL only names the dialect).")
    private boolean offline;

    @Mixin
    private FleetOptions fleet = new FleetOptions();

    /** {@code autogen check} with no options, as picocli would fill it in ({@link PlainInvocation}). */
    static CheckCli plain(AutogenCommand root) {
        CheckCli command = new CheckCli();
        command.root = root;
        command.format = "text";
        return command;
    }

    @Override
    public Integer call() {
        ReportFormat chosen = ReportFormat.parse(format);
        if (fleet.targets().isPresent()) {
            if (offline) {
                throw new AutogenException("--offline and --targets cannot be combined: offline reads no database");
            }
            return fleet.run(root, "check", chosen, FleetCommands.check());
        }
        Report report = CheckCommand.run(root.project(), offline);
        root.console().out().print(chosen.render(report));
        return report.exitCode();
    }
}
