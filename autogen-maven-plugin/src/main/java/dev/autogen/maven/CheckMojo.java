package dev.autogen.maven;

import dev.autogen.command.CheckCommand;
import dev.autogen.verify.ReportFormat;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code autogen:check}, the gate: fails the build when the entities need a revision, the database
 * is behind head or drifted, or an applied migration was edited. Bound to {@code verify} by default.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, requiresDependencyResolution = ResolutionScope.COMPILE,
        threadSafe = true)
public final class CheckMojo extends ReportingMojo {
    /** Compare with the schema the migrations make at head, replayed without a database. */
    @Parameter(property = "autogen.offline", defaultValue = "false")
    private boolean offline;

    @Override
    void run() throws MojoExecutionException, MojoFailureException {
        ReportFormat chosen = format();
        publish(CheckCommand.run(project(), offline), chosen);
    }
}
