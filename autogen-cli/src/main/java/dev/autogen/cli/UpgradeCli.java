package dev.autogen.cli;

import dev.autogen.AutogenException;
import dev.autogen.command.UpgradeCommand;
import dev.autogen.fleet.FleetCommands;
import dev.autogen.verify.ReportFormat;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "upgrade", mixinStandardHelpOptions = true, description = "Apply migrations up to TARGET.")
final class UpgradeCli implements Callable<Integer> {
    @ParentCommand
    private AutogenCommand root;

    @Parameters(arity = "0..1", paramLabel = "TARGET", defaultValue = "head",
            description = "head (default), heads, a revision id or prefix, LABEL@head, +N, REV+N;"
                    + " with --sql: [FROM:]TO.")
    private String target;

    @Option(names = "--sql", description = "Print the SQL instead of running it (offline: no connection).")
    private boolean sql;

    @Mixin
    private FleetOptions fleet = new FleetOptions();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "With --targets: the report as text (default), json or markdown.")
    private String format;

    /** {@code autogen upgrade [head]} with no options, as picocli would fill it in ({@link PlainInvocation}). */
    static UpgradeCli plain(AutogenCommand root) {
        UpgradeCli command = new UpgradeCli();
        command.root = root;
        command.target = "head";
        command.format = "text";
        return command;
    }

    @Override
    public Integer call() {
        if (fleet.targets().isPresent()) {
            if (sql) {
                throw new AutogenException("--sql and --targets cannot be combined: the SQL is the same for every"
                        + " target at the same revision");
            }
            return fleet.run(root, "upgrade", ReportFormat.parse(format), FleetCommands.upgrade(target));
        }
        if (sql) {
            root.console().script(UpgradeCommand.sql(root.project(), target));
        } else {
            UpgradeCommand.run(root.project(), target);
        }
        return 0;
    }
}
