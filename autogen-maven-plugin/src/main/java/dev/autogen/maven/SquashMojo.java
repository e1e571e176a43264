package dev.autogen.maven;

import dev.autogen.command.SquashCommand;
import dev.autogen.command.SquashRequest;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code mvn autogen:squash -Dautogen.from=a1 -Dautogen.to=b2 -Dautogen.message="..."}: replaces
 * the linear range by one revision, proven on a scratch database first (docs/squash.md).
 */
@Mojo(name = "squash", requiresDependencyResolution = ResolutionScope.COMPILE, threadSafe = true)
public final class SquashMojo extends AutogenMojo {
    /** The first (oldest) revision of the range. */
    @Parameter(property = "autogen.from", required = true)
    private String from;

    /** The last (newest) revision of the range. */
    @Parameter(property = "autogen.to", required = true)
    private String to;

    /** The squashed revision's message. */
    @Parameter(property = "autogen.message", required = true)
    private String message;

    /** Use this revision id (12 lowercase hex digits). */
    @Parameter(property = "autogen.revId")
    private String revId;

    @Override
    void run() throws MojoExecutionException {
        SquashCommand.run(projectWritingMigrations(), new SquashRequest(from, to, message, Optional.ofNullable(revId)));
    }
}
