package dev.autogen.cli;

import dev.autogen.command.HistoryCommand;
import dev.autogen.command.HistoryEntry;
import dev.autogen.command.Project;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "history", mixinStandardHelpOptions = true,
        description = "List revisions, newest first, marking (head) and (current).")
final class HistoryCli implements Callable<Integer> {
    @ParentCommand
    private AutogenCommand root;

    @Option(names = {"-v", "--verbose"}, description = "Show parents, file, date and message of each revision.")
    private boolean verbose;

    @Option(names = {"-r", "--rev-range"}, paramLabel = "RANGE",
            description = "Only revisions in FROM:TO (both included; FROM: and :TO are open; current is allowed).")
    private String range;

    /** {@code autogen history} with no options, as picocli would fill it in ({@link PlainInvocation}). */
    static HistoryCli plain(AutogenCommand root) {
        HistoryCli command = new HistoryCli();
        command.root = root;
        return command;
    }

    @Override
    public Integer call() {
        Project project = root.project();
        Optional<String> revisions = Optional.ofNullable(range);
        for (HistoryEntry entry : HistoryCommand.run(project, HistoryCommand.current(project, revisions), revisions)) {
            root.console().println(verbose ? verbose(entry) : entry.line());
        }
        return 0;
    }

    private static String verbose(HistoryEntry entry) {
        var r = entry.revision();
        return "Rev: " + r.id() + entry.marks() + "\n"
                + "Parent: " + (r.parents().isEmpty() ? "<base>" : String.join(", ", r.parents())) + "\n"
                + (r.branchLabels().isEmpty() ? "" : "Branch names: " + String.join(", ", r.branchLabels()) + "\n")
                + (r.replaces().isEmpty() ? "" : "Replaces: " + String.join(", ", r.replaces()) + "\n")
                + "Path: " + entry.source() + "\n"
                + "Created: " + r.created() + "\n\n"
                + "    " + r.message() + "\n";
    }
}
