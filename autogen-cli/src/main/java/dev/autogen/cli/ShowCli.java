package dev.autogen.cli;

import dev.autogen.command.ShowCommand;
import dev.autogen.revision.RevisionInfo;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Show a revision and the SQL it runs on the configured database (worked out offline).")
final class ShowCli implements Callable<Integer> {
    @ParentCommand
    private AutogenCommand root;

    @Parameters(paramLabel = "REV", description = "A revision id or prefix, head, LABEL@head, REV-N.")
    private String target;

    @Override
    public Integer call() {
        ShowCommand.Shown shown = ShowCommand.run(root.project(), target);
        RevisionInfo r = shown.revision().info();
        Console console = root.console();
        console.println("Rev: " + r.id() + (shown.head() ? " (head)" : ""));
        console.println("Parent: " + (r.parents().isEmpty() ? "<base>" : String.join(", ", r.parents())));
        console.println("Children: " + (shown.children().isEmpty() ? "(none)" : String.join(", ", shown.children())));
        if (!r.branchLabels().isEmpty()) {
            console.println("Branch names: " + String.join(", ", r.branchLabels()));
        }
        console.println("Path: " + shown.source());
        console.println("Created: " + r.created());
        console.println("Message: " + r.message());
        console.println("");
        console.println("-- upgrade on " + shown.dialect());
        console.out().print(shown.upgradeSql());
        console.println("");
        console.println("-- downgrade on " + shown.dialect());
        console.out().print(shown.downgradeSql());
        return 0;
    }
}
