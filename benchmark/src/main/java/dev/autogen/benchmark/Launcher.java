package dev.autogen.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs the built {@code ./autogen} launcher as a real child process and times the whole of it.
 * Peak memory is the child's maximum resident set, as {@code /usr/bin/time} reports it (GNU time
 * waits for the child and reads its rusage); without that tool memory is not reported.
 */
final class Launcher {
    private static final Path GNU_TIME = Path.of("/usr/bin/time");

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

    /** Wall time (seconds) and peak resident memory (MiB, or -1 when unknown) of one process. */
    record Run(double seconds, double peakMiB, int exitCode) {
    }

    Run run(Path workingDir, List<String> arguments) throws IOException, InterruptedException {
        Files.createDirectories(logs);
        Path rusage = logs.resolve("rusage.txt");
        Files.deleteIfExists(rusage);
        List<String> command = new ArrayList<>();
        boolean measureMemory = Files.isExecutable(GNU_TIME);
        if (measureMemory) {
            command.addAll(List.of(GNU_TIME.toString(), "-f", "%M", "-o", rusage.toString()));
        }
        command.add(script.toString());
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingDir.toFile())
                .redirectErrorStream(true).redirectOutput(logs.resolve("last-run.log").toFile());
        Map<String, String> env = builder.environment();
        env.remove("AUTOGEN_URL");
        env.put("AUTOGEN_CACHE_DIR", cache.toString());
        long start = System.nanoTime();
        int exit = builder.start().waitFor();
        double seconds = (System.nanoTime() - start) / 1e9;
        double peak = measureMemory && Files.exists(rusage) ? lastNumber(rusage) / 1024.0 : -1;
        return new Run(seconds, peak, exit);
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

    private static double lastNumber(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = lines.size() - 1; i >= 0; i--) {
            String line = lines.get(i).strip();
            if (line.matches("\\d+")) {
                return Double.parseDouble(line);
            }
        }
        return -1;
    }
}
