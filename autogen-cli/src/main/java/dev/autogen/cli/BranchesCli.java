package dev.autogen.cli;

import dev.autogen.command.BranchesCommand;
import dev.autogen.revision.RevisionInfo;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

@Command(name = "branches", mixinStandardHelpOptions = true,
        description = "Show the revisions where history forks, and the revisions forking from each.")
final class BranchesCli implements Callable<Integer> {
    @ParentCommand
    private AutogenCommand root;

    /** {@code autogen branches} as picocli would fill it in ({@link PlainInvocation}). */
    static BranchesCli plain(AutogenCommand root) {
        BranchesCli command = new BranchesCli();
        command.root = root;
        return command;
    }

    @Override
    public Integer call() {
        for (BranchesCommand.BranchPoint point : BranchesCommand.run(root.project())) {
            RevisionInfo fork = point.revision();
            root.console().println(fork.id() + " (branchpoint), " + fork.message());
            for (RevisionInfo child : point.children()) {
                root.console().println("    -> " + child.id() + labels(child) + ", " + child.message());
            }
        }
        return 0;
    }

    private static String labels(RevisionInfo revision) {
        return revision.branchLabels().isEmpty() ? "" : " (" + String.join(", ", revision.branchLabels()) + ")";
    }
}
