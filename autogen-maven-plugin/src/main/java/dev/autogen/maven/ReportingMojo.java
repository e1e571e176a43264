package dev.autogen.maven;

import dev.autogen.verify.Report;
import dev.autogen.verify.ReportFormat;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * A gate's report, printed as the command line prints it, and the build failed when it has an
 * error. A failing report goes to the error log, so {@code mvn -q} still shows why the build failed.
 */
abstract class ReportingMojo extends AutogenMojo {
    /** text (default), json or markdown. */
    @Parameter(property = "autogen.format", defaultValue = "text")
    private String format;

    /** Also write the report to this file (a pull-request comment, a CI artifact). */
    @Parameter(property = "autogen.reportFile")
    private File reportFile;

    /** Report without failing the build. */
    @Parameter(property = "autogen.failOnError", defaultValue = "true")
    private boolean failOnError;

    /** The chosen format, read before the gate runs so a typo fails first. */
    ReportFormat format() {
        return ReportFormat.parse(format);
    }

    void publish(Report report, ReportFormat chosen) throws MojoExecutionException, MojoFailureException {
        String rendered = chosen.render(report);
        if (reportFile != null) {
            try {
                Files.createDirectories(reportFile.toPath().toAbsolutePath().getParent());
                Files.writeString(reportFile.toPath(), rendered, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new MojoExecutionException("cannot write " + reportFile + ": " + e.getMessage(), e);
            }
        }
        boolean failed = report.exitCode() != 0;
        if (failed) {
            rendered.lines().forEach(getLog()::error);
        } else {
            print(rendered);
        }
        if (failed && failOnError) {
            throw new MojoFailureException(report.command() + ": " + report.errors() + " error"
                    + (report.errors() == 1 ? "" : "s") + ", " + report.warnings() + " warning"
                    + (report.warnings() == 1 ? "" : "s") + " (listed above)");
        }
    }
}
