package dev.autogen.cli;

import dev.autogen.command.UpgradeCommand;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "upgrade", mixinStandardHelpOptions = true, description = "Apply migrations up to TARGET.")
final class UpgradeCli implements Callable<Integer> {
    @ParentCommand
    private AutogenCommand root;

    @Parameters(arity = "0..1", paramLabel = "TARGET", defaultValue = "head",
            description = "head (default), a revision id or prefix, +N, REV+N.")
    private String target;

    @Override
    public Integer call() {
        UpgradeCommand.run(root.project(), target);
        return 0;
    }
}
