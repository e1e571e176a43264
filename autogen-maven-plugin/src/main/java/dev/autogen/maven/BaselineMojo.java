package dev.autogen.maven;

import dev.autogen.command.BaselineCommand;
import dev.autogen.command.BaselineRequest;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code mvn autogen:baseline -Dautogen.message="baseline"}: writes an existing database's schema
 * as a first revision and stamps the database at it (docs/adopting.md).
 */
@Mojo(name = "baseline", requiresDependencyResolution = ResolutionScope.COMPILE, threadSafe = true)
@Execute(phase = LifecyclePhase.COMPILE)
public final class BaselineMojo extends AutogenMojo {
    /** The revision's message. */
    @Parameter(property = "autogen.message", required = true)
    private String message;

    /** Use this revision id (12 lowercase hex digits). */
    @Parameter(property = "autogen.revId")
    private String revId;

    @Override
    void run() throws MojoExecutionException {
        BaselineCommand.run(projectWritingMigrations(), new BaselineRequest(message, Optional.ofNullable(revId)));
    }
}
