package dev.autogen.cli;

import dev.autogen.command.Project;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

@Command(name = "heads", mixinStandardHelpOptions = true, description = "Show the head revision(s) of the migrations.")
final class HeadsCli implements Callable<Integer> {
    @ParentCommand
    private AutogenCommand root;

    /** {@code autogen heads} as picocli would fill it in ({@link PlainInvocation}). */
    static HeadsCli plain(AutogenCommand root) {
        HeadsCli command = new HeadsCli();
        command.root = root;
        return command;
    }

    @Override
    public Integer call() {
        Project project = root.project();
        for (String head : project.graph().heads()) {
            root.console().println(head + " (head), " + project.graph().get(head).message());
        }
        return 0;
    }
}
