package dev.autogen.cli;

import dev.autogen.command.HistoryCommand;
import dev.autogen.command.Project;
import dev.autogen.diagram.RevisionGraphDiagram;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "graph", mixinStandardHelpOptions = true,
        description = "Print the revision graph as a Mermaid flowchart: branches, merges, labels, heads outlined,"
                + " the database's current revisions filled.")
final class GraphCli implements Callable<Integer> {
    @ParentCommand
    private AutogenCommand root;

    @Option(names = "--offline", description = "Do not ask the database which revisions it is at.")
    private boolean offline;

    @Override
    public Integer call() {
        Project project = root.project();
        List<String> current = offline ? List.of() : HistoryCommand.currentIfReachable(project);
        root.console().out().print(RevisionGraphDiagram.render(project.graph(), current));
        return 0;
    }
}
