package dev.autogen.maven;

import dev.autogen.command.DowngradeCommand;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** {@code mvn autogen:downgrade -Dautogen.target=-1}: reverts migrations down to a target. */
@Mojo(name = "downgrade", requiresDependencyResolution = ResolutionScope.COMPILE, threadSafe = true)
public final class DowngradeMojo extends AutogenMojo {
    /** base, a revision id or prefix, -N, REV-N. */
    @Parameter(property = "autogen.target", required = true)
    private String target;

    @Override
    void run() throws MojoExecutionException {
        DowngradeCommand.run(project(), target);
    }
}
