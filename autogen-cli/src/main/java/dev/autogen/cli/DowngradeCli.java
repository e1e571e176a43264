package dev.autogen.cli;

import dev.autogen.command.DowngradeCommand;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "downgrade", mixinStandardHelpOptions = true, description = "Revert migrations down to TARGET.")
final class DowngradeCli implements Callable<Integer> {
    @ParentCommand
    private AutogenCommand root;

    @Parameters(paramLabel = "TARGET", description = "base, a revision id or prefix, -N, REV-N.")
    private String target;

    @Override
    public Integer call() {
        DowngradeCommand.run(root.project(), target);
        return 0;
    }
}
