package dev.autogen.cli;

import dev.autogen.command.BaselineCommand;
import dev.autogen.command.BaselineRequest;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "baseline", mixinStandardHelpOptions = true,
        description = "Adopt an existing database: write a first revision that creates its schema, and stamp the"
                + " database at it.")
final class BaselineCli implements Callable<Integer> {
    @ParentCommand
    private AutogenCommand root;

    @Option(names = {"-m", "--message"}, required = true, paramLabel = "MSG", description = "The revision's message.")
    private String message;

    @Option(names = "--rev-id", paramLabel = "ID", description = "Use this revision id (12 lowercase hex digits).")
    private String revisionId;

    @Override
    public Integer call() {
        BaselineCommand.run(root.project(), new BaselineRequest(message, Optional.ofNullable(revisionId)));
        return 0;
    }
}
