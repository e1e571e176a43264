package dev.autogen.cli;

import dev.autogen.command.DowngradeCommand;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "downgrade", mixinStandardHelpOptions = true, description = "Revert migrations down to TARGET.")
final class DowngradeCli implements Callable<Integer> {
    @ParentCommand
    private AutogenCommand root;

    @Parameters(paramLabel = "TARGET", description = "base, a revision id or prefix, -N, REV-N;"
            + " with --sql: FROM:TO.")
    private String target;

    @Option(names = "--sql", description = "Print the SQL instead of running it (offline: no connection).")
    private boolean sql;

    @Override
    public Integer call() {
        if (sql) {
            root.console().script(DowngradeCommand.sql(root.project(), target));
        } else {
            DowngradeCommand.run(root.project(), target);
        }
        return 0;
    }
}
