package dev.autogen.cli;

import dev.autogen.command.MergeCommand;
import dev.autogen.command.MergeRequest;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "merge", mixinStandardHelpOptions = true,
        description = "Write a revision that joins several revisions (usually heads) into one branch.")
final class MergeCli implements Callable<Integer> {
    @ParentCommand
    private AutogenCommand root;

    @Option(names = {"-m", "--message"}, required = true, paramLabel = "MSG", description = "What the merge joins.")
    private String message;

    @Parameters(arity = "1..*", paramLabel = "REV", description = "Revisions to join, or heads for every head.")
    private List<String> revisions;

    @Option(names = "--rev-id", paramLabel = "ID", description = "Use this revision id (12 lowercase hex digits).")
    private String revisionId;

    @Option(names = "--branch-label", paramLabel = "LABEL", description = "Branch label for the merge revision.")
    private String branchLabel;

    @Override
    public Integer call() {
        MergeCommand.run(root.project(), new MergeRequest(message, revisions, Optional.ofNullable(revisionId),
                Optional.ofNullable(branchLabel)));
        return 0;
    }
}
