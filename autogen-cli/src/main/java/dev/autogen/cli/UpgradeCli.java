package dev.autogen.cli;

import dev.autogen.command.UpgradeCommand;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
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

    @Override
    public Integer call() {
        if (sql) {
            root.console().out().print(UpgradeCommand.sql(root.project(), target));
        } else {
            UpgradeCommand.run(root.project(), target);
        }
        return 0;
    }
}
