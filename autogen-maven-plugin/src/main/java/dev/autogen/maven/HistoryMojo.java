package dev.autogen.maven;

import dev.autogen.command.HistoryCommand;
import dev.autogen.command.HistoryEntry;
import dev.autogen.command.Project;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** {@code mvn autogen:history}: the revisions, newest first, as {@code autogen history} prints them. */
@Mojo(name = "history", requiresDependencyResolution = ResolutionScope.COMPILE, threadSafe = true)
public final class HistoryMojo extends AutogenMojo {
    /** Show parents, file, date and message of each revision. */
    @Parameter(property = "autogen.verbose", defaultValue = "false")
    private boolean verbose;

    /** Only revisions in FROM:TO (both included; FROM: and :TO are open; current is allowed). */
    @Parameter(property = "autogen.range")
    private String range;

    @Override
    void run() throws MojoExecutionException {
        Project project = project();
        Optional<String> revisions = Optional.ofNullable(range);
        for (HistoryEntry entry : HistoryCommand.run(project, HistoryCommand.current(project, revisions), revisions)) {
            print(verbose ? verbose(entry) : entry.line());
        }
    }

    private static String verbose(HistoryEntry entry) {
        var r = entry.revision();
        return "Rev: " + r.id() + entry.marks() + "\n"
                + "Parent: " + (r.parents().isEmpty() ? "<base>" : String.join(", ", r.parents())) + "\n"
                + (r.branchLabels().isEmpty() ? "" : "Branch names: " + String.join(", ", r.branchLabels()) + "\n")
                + "Path: " + entry.source() + "\n"
                + "Created: " + r.created() + "\n\n"
                + "    " + r.message() + "\n";
    }
}
