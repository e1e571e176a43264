package dev.autogen.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Real {@code mvn}, the one running this build, on a sample project: the autogen artifacts come
 * from a repository under target/ that the build installed them into, everything else from the
 * build's own local repository through a file:// mirror, so nothing is downloaded and nothing is
 * written to ~/.m2.
 */
record MavenRun(int exitCode, String output) {
    private static final long TIMEOUT_MINUTES = 10;

    static MavenRun in(Path project, String... arguments) throws IOException, InterruptedException {
        Path repository = Path.of(property("autogen.it.repository"));
        Path settings = settings(repository.getParent());
        Path mvn = Path.of(property("autogen.it.mavenHome"), "bin", "mvn");
        List<String> command = new ArrayList<>(List.of(mvn.toString(), "-B", "-s", settings.toString(),
                "-Dmaven.repo.local=" + repository, "-Dstyle.color=never"));
        command.addAll(List.of(arguments));
        // Kept in target/it-logs after the test's folder is gone, to read what a failing build said.
        Path logs = Files.createDirectories(Path.of("target", "it-logs"));
        Path log = Files.createTempFile(logs, "mvn-" + arguments[arguments.length - 1].replaceAll("\\W", "") + "-",
                ".log");
        Files.writeString(log, String.join(" ", command) + "\n");
        Process process = new ProcessBuilder(command).directory(project.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("mvn " + String.join(" ", arguments) + " did not finish");
        }
        String written = Files.readString(log, StandardCharsets.UTF_8);
        // The first line is the command, written above for whoever reads the log.
        return new MavenRun(process.exitValue(), written.substring(written.indexOf('\n') + 1));
    }

    /** The output without the colour resets Maven's console library writes even in batch mode. */
    String text() {
        return output.replaceAll("\u001B\\[[;\\d]*m", "");
    }

    MavenRun succeeds() {
        assertThat(exitCode).as(output).isZero();
        return this;
    }

    MavenRun fails() {
        assertThat(exitCode).as(output).isEqualTo(1);
        return this;
    }

    /** Every artifact not installed for the test is copied from the build's own local repository. */
    private static Path settings(Path folder) throws IOException {
        Path settings = folder.resolve("it-settings.xml");
        Files.writeString(settings, """
                <settings>
                  <mirrors>
                    <mirror>
                      <id>build-local-repository</id>
                      <mirrorOf>*</mirrorOf>
                      <url>%s</url>
                    </mirror>
                  </mirrors>
                </settings>
                """.formatted(Path.of(property("autogen.it.mirror")).toUri()), StandardCharsets.UTF_8);
        return settings;
    }

    static String property(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(name + " is not set: run the integration tests through Maven (failsafe)");
        }
        return value;
    }
}
