package dev.autogen.cli;

import dev.autogen.command.Project;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "current", mixinStandardHelpOptions = true, description = "Show the revision(s) the database is at.")
final class CurrentCli implements Callable<Integer> {
    @ParentCommand
    private AutogenCommand root;

    @Option(names = {"-v", "--verbose"}, description = "Show each revision's message and file.")
    private boolean verbose;

    @Override
    public Integer call() {
        Project project = root.project();
        List<String> current = project.migrator().currentHeads();
        List<String> heads = project.graph().heads();
        for (String id : current) {
            String line = id + (heads.contains(id) ? " (head)" : "");
            if (verbose) {
                var revision = project.revisionsById().get(id);
                line += revision == null ? " (not in " + project.config().scriptLocation() + ")"
                        : ", " + revision.info().message() + " [" + revision.source() + "]";
            }
            root.console().println(line);
        }
        return 0;
    }
}
