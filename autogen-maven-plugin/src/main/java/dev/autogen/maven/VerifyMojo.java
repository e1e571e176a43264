package dev.autogen.maven;

import dev.autogen.command.VerifyCommand;
import dev.autogen.verify.Finding;
import dev.autogen.verify.Report;
import dev.autogen.verify.ReportFormat;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code autogen:verify}: replays every migration up and down on a scratch database and lints it;
 * fails the build on errors. Bound to {@code verify} by default.
 */
@Mojo(name = "verify", defaultPhase = LifecyclePhase.VERIFY, requiresDependencyResolution = ResolutionScope.COMPILE,
        threadSafe = true)
public final class VerifyMojo extends ReportingMojo {
    /** Create the scratch schema in this database instead of the configured one. */
    @Parameter(property = "autogen.scratchUrl")
    private String scratchUrl;

    /** Count warnings as errors. */
    @Parameter(property = "autogen.strict", defaultValue = "false")
    private boolean strict;

    @Override
    void run() throws MojoExecutionException, MojoFailureException {
        ReportFormat chosen = format();
        Report report = VerifyCommand.run(project(), Optional.ofNullable(scratchUrl));
        if (strict) {
            report = new Report(report.command(), report.facts(),
                    report.findings().stream().map(Finding::asError).toList());
        }
        publish(report, chosen);
    }
}
