package dev.autogen.cli;

import dev.autogen.command.CurrentCommand.CurrentState;
import dev.autogen.command.CurrentCommand;
import dev.autogen.command.Project;
import dev.autogen.fleet.FleetCommands;
import dev.autogen.verify.ReportFormat;
import dev.autogen.revision.Replacements;
import dev.autogen.revision.RevisionGraph;
import dev.autogen.verify.Finding;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "current", mixinStandardHelpOptions = true, description = "Show the revision(s) the database is at.")
final class CurrentCli implements Callable<Integer> {
    @ParentCommand
    private AutogenCommand root;

    @Option(names = {"-v", "--verbose"},
            description = "Show each revision's message and file, and whether the schema matches the revisions.")
    private boolean verbose;

    @Mixin
    private FleetOptions fleet = new FleetOptions();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "With --targets: the report as text (default), json or markdown.")
    private String format;

    /** {@code autogen current} with no options, as picocli would fill it in ({@link PlainInvocation}). */
    static CurrentCli plain(AutogenCommand root) {
        CurrentCli command = new CurrentCli();
        command.root = root;
        command.format = "text";
        return command;
    }

    @Override
    public Integer call() {
        if (fleet.targets().isPresent()) {
            return fleet.run(root, "current", ReportFormat.parse(format), FleetCommands.current());
        }
        Project project = root.project();
        CurrentState state = CurrentCommand.run(project, verbose);
        RevisionGraph graph = project.graph();
        List<String> heads = graph.heads();
        Replacements replacements = project.replacements();
        for (String id : state.heads()) {
            String line = id + (heads.contains(id) ? " (head)" : "");
            if (replacements.isReplaced(id)) {
                String squashed = replacements.squashing(id).orElseThrow().id();
                line += replacements.endsRange(id)
                        ? (heads.contains(squashed) ? " (head)" : "") + " (squashed into " + squashed
                                + ", which it stands for)"
                        : " (inside the range squashed into " + squashed + "; `autogen upgrade` runs the rest of it)";
            } else if (verbose) {
                line += !graph.contains(id) ? " (not in " + project.config().scriptLocation() + ")"
                        : ", " + graph.get(id).message() + " [" + project.sourcesById().get(id) + "]";
            }
            root.console().println(line);
        }
        state.partial().ifPresent(p -> root.console().println(p.describe()));
        if (verbose && (!state.heads().isEmpty() || state.partial().isPresent())) {
            printSchemaMatch(state);
        }
        return 0;
    }

    private void printSchemaMatch(CurrentState state) {
        if (state.partial().isPresent()) {
            root.console().println("schema: not compared (a run stopped part way through " + state.partial().get()
                    .revision() + "; `autogen check` says how to go on)");
        } else if (state.drift().isEmpty()) {
            root.console().println("schema: not compared (the database is at a revision no migration defines)");
        } else if (state.drift().get().isEmpty()) {
            root.console().println("schema: matches " + String.join(", ", state.heads()));
        } else {
            root.console().println("schema: does not match " + String.join(", ", state.heads())
                    + " (run `autogen check` for advice)");
            for (Finding f : state.drift().get()) {
                root.console().println("  " + f.revision().map(r -> "revision " + r + ": ").orElse("") + f.message());
            }
        }
    }
}
