package dev.autogen.cli;

import dev.autogen.command.Project;
import dev.autogen.command.SquashCommand;
import dev.autogen.command.SquashRequest;
import dev.autogen.command.SquashResult;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "squash", mixinStandardHelpOptions = true,
        description = "Replace a linear range of revisions FROM..TO by one revision with their combined effect,"
                + " proven on a scratch database first.")
final class SquashCli implements Callable<Integer> {
    @ParentCommand
    private AutogenCommand root;

    @Parameters(index = "0", paramLabel = "FROM", description = "The first revision of the range (oldest).")
    private String from;

    @Parameters(index = "1", paramLabel = "TO", description = "The last revision of the range (newest).")
    private String to;

    @Option(names = {"-m", "--message"}, required = true, paramLabel = "MSG",
            description = "What the squashed revision does.")
    private String message;

    @Option(names = "--rev-id", paramLabel = "ID", description = "Use this revision id (12 lowercase hex digits).")
    private String revisionId;

    @Override
    public Integer call() {
        Project project = root.project();
        SquashResult result = SquashCommand.run(project, new SquashRequest(from, to, message,
                Optional.ofNullable(revisionId)));
        project.log("Squashed " + result.replaced().size() + " revisions " + result.replaced().get(0) + ".."
                + result.replaced().get(result.replaced().size() - 1) + " into " + result.id());
        project.log("Generating " + result.file() + " ...  done");
        project.log("Moved the replaced files to " + result.replacedFolder());
        result.children().forEach(child -> project.log("Revision " + child + " now follows " + result.id()));
        return 0;
    }
}
