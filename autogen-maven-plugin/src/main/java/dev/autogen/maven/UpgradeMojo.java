package dev.autogen.maven;

import dev.autogen.command.UpgradeCommand;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** {@code mvn autogen:upgrade}: applies the migrations up to a target, head by default. */
@Mojo(name = "upgrade", requiresDependencyResolution = ResolutionScope.COMPILE, threadSafe = true)
public final class UpgradeMojo extends AutogenMojo {
    /** head (default), heads, a revision id or prefix, LABEL@head, +N, REV+N. */
    @Parameter(property = "autogen.target", defaultValue = "head")
    private String target;

    @Override
    void run() throws MojoExecutionException {
        UpgradeCommand.run(project(), target);
    }
}
