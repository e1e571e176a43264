package dev.autogen.maven;

import dev.autogen.command.StampCommand;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** {@code mvn autogen:stamp -Dautogen.target=head}: sets the version table without running a migration. */
@Mojo(name = "stamp", requiresDependencyResolution = ResolutionScope.COMPILE, threadSafe = true)
public final class StampMojo extends AutogenMojo {
    /** head, heads, base, a revision id or prefix, LABEL@head. */
    @Parameter(property = "autogen.target", required = true)
    private String target;

    /** Empty the version table first, whatever it holds. */
    @Parameter(property = "autogen.purge", defaultValue = "false")
    private boolean purge;

    @Override
    void run() throws MojoExecutionException {
        StampCommand.run(project(), target, purge);
    }
}
