package dev.autogen.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs Alembic's command line ({@code alembic -c alembic.ini -x url=... <command>}) as a child
 * process, timed whole (wall and CPU time), the way {@link Launcher} runs autogen: the reference the history
 * workload's ratios are taken against.
 */
final class Alembic {
    private final Path executable;
    private final Path log;

    Alembic(Path executable, Path logs) {
        this.executable = executable;
        this.log = logs.resolve("alembic-last-run.log");
    }

    /** One timed run ({@link ProcessTimer}); fails with Alembic's output when it exits with another code than expected. */
    ProcessTimer.Run run(Path project, String sqlalchemyUrl, String schema, List<String> arguments, int expectedExit)
            throws IOException, InterruptedException {
        Files.createDirectories(log.getParent());
        List<String> command = new ArrayList<>(List.of(executable.toString(), "-c",
                project.resolve("alembic.ini").toString(), "-x", "url=" + sqlalchemyUrl));
        if (schema != null) {
            command.addAll(List.of("-x", "schema=" + schema));
        }
        command.addAll(arguments);
        ProcessTimer.Run run = ProcessTimer.run(command, project, log, log.resolveSibling("alembic-rusage.txt"),
                env -> { });
        if (run.exitCode() != expectedExit) {
            throw new IllegalStateException("alembic " + String.join(" ", arguments) + " exited with " + run.exitCode() + ":\n"
                    + Files.readString(log, StandardCharsets.UTF_8).strip());
        }
        return run;
    }
}
