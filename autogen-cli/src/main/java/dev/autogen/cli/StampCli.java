package dev.autogen.cli;

import dev.autogen.command.StampCommand;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "stamp", mixinStandardHelpOptions = true,
        description = "Set the version table to TARGET without running migrations.")
final class StampCli implements Callable<Integer> {
    @ParentCommand
    private AutogenCommand root;

    @Parameters(paramLabel = "TARGET", description = "head, heads, base, a revision id or prefix, LABEL@head.")
    private String target;

    @Option(names = "--purge", description = "Empty the version table first, whatever it holds.")
    private boolean purge;

    @Override
    public Integer call() {
        StampCommand.run(root.project(), target, purge);
        return 0;
    }
}
