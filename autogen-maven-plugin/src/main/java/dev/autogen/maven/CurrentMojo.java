package dev.autogen.maven;

import dev.autogen.command.CurrentCommand;
import dev.autogen.command.CurrentCommand.CurrentState;
import dev.autogen.command.Project;
import dev.autogen.revision.RevisionGraph;
import dev.autogen.verify.Finding;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** {@code mvn autogen:current}: the revision(s) the database is at, as {@code autogen current} prints them. */
@Mojo(name = "current", requiresDependencyResolution = ResolutionScope.COMPILE, threadSafe = true)
public final class CurrentMojo extends AutogenMojo {
    /** Show each revision's message and file, and whether the schema matches the revisions. */
    @Parameter(property = "autogen.verbose", defaultValue = "false")
    private boolean verbose;

    @Override
    void run() throws MojoExecutionException {
        Project project = project();
        CurrentState state = CurrentCommand.run(project, verbose);
        RevisionGraph graph = project.graph();
        List<String> heads = graph.heads();
        for (String id : state.heads()) {
            String line = id + (heads.contains(id) ? " (head)" : "");
            if (verbose) {
                line += !graph.contains(id) ? " (not in " + project.config().scriptLocation() + ")"
                        : ", " + graph.get(id).message() + " [" + project.sourcesById().get(id) + "]";
            }
            getLog().info(line);
        }
        state.partial().ifPresent(p -> getLog().warn(p.describe()));
        if (verbose && state.drift().isPresent()) {
            List<Finding> drift = state.drift().get();
            if (drift.isEmpty()) {
                getLog().info("schema: matches " + String.join(", ", state.heads()));
            } else {
                getLog().warn("schema: does not match " + String.join(", ", state.heads())
                        + " (run `mvn autogen:check` for advice)");
                drift.forEach(f -> getLog().warn("  " + f.revision().map(r -> "revision " + r + ": ").orElse("")
                        + f.message()));
            }
        }
    }
}
