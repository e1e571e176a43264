package dev.autogen.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the built {@code ./autogen} launcher as a real child process and times the whole of it
 * ({@link ProcessTimer}: wall and CPU time, peak memory).
 */
final class Launcher {
    private final Path script;
    private final Path logs;
    private final Path cache;

    /** {@code cache}: the launcher's own AUTOGEN_CACHE_DIR, so in-process passes and other launchers leave it alone. */
    Launcher(Path script, Path logs, Path cache) {
        this.script = script;
        this.logs = logs;
        this.cache = cache;
    }

    /** Forgets the entity schemas this launcher cached: its next run boots Hibernate, as after an edit. */
    void emptyEntityCache() throws IOException {
        Workload.deleteTree(cache.resolve("entities"));
    }

    /** Forgets everything this launcher cached (compiled migrations, entity schemas): a fresh CI machine. */
    void emptyCache() throws IOException {
        Workload.deleteTree(cache);
    }

    ProcessTimer.Run run(Path workingDir, List<String> arguments) throws IOException, InterruptedException {
        Files.createDirectories(logs);
        List<String> command = new ArrayList<>();
        command.add(script.toString());
        command.addAll(arguments);
        return ProcessTimer.run(command, workingDir, logs.resolve("last-run.log"),
                logs.resolve("rusage.txt"), env -> {
                    env.remove("AUTOGEN_URL");
                    env.put("AUTOGEN_CACHE_DIR", cache.toString());
                });
    }

    /** The launcher's output of its last run, for error messages. */
    String lastOutput() throws IOException {
        return Files.readString(logs.resolve("last-run.log"), StandardCharsets.UTF_8).strip();
    }

    /** Whether this build of autogen has a command (the help lists every subcommand). */
    boolean hasCommand(Path workingDir, String name) throws IOException, InterruptedException {
        run(workingDir, List.of("--help"));
        return lastOutput().lines().anyMatch(line -> line.strip().startsWith(name + " ") || line.strip().equals(name));
    }
}
