package dev.autogen.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Runs one child process under GNU time ({@code /usr/bin/time}), which waits for it and reads its
 * rusage: wall time, and the CPU time (user + system) of the child and every process it waited
 * for (the launcher's bash and its JVM, Alembic's Python), plus the peak resident set. CPU time is
 * what a machine shared with other jobs still measures fairly; wall time grows with their load.
 * Without that tool only wall time is known (CPU and memory are NaN and -1).
 */
final class ProcessTimer {
    private static final Path GNU_TIME = Path.of("/usr/bin/time");

    private ProcessTimer() {
    }

    /** One finished process: wall and CPU seconds, peak resident MiB (-1 unknown), exit code. */
    record Run(double seconds, double cpuSeconds, double peakMiB, int exitCode) {
    }

    /** Runs {@code command} in {@code directory}, output (both streams) to {@code output}, rusage via {@code rusage}. */
    static Run run(List<String> command, Path directory, Path output, Path rusage, Consumer<Map<String, String>> env)
            throws IOException, InterruptedException {
        Files.deleteIfExists(rusage);
        List<String> full = new ArrayList<>();
        boolean measured = Files.isExecutable(GNU_TIME);
        if (measured) {
            full.addAll(List.of(GNU_TIME.toString(), "-f", "rusage %M %U %S", "-o", rusage.toString()));
        }
        full.addAll(command);
        ProcessBuilder builder = new ProcessBuilder(full).directory(directory.toFile())
                .redirectErrorStream(true).redirectOutput(output.toFile());
        env.accept(builder.environment());
        long start = System.nanoTime();
        int exit = builder.start().waitFor();
        double seconds = (System.nanoTime() - start) / 1e9;
        double[] usage = measured && Files.exists(rusage) ? usage(rusage) : null;
        return usage == null ? new Run(seconds, Double.NaN, -1, exit)
                : new Run(seconds, usage[1] + usage[2], usage[0] / 1024.0, exit);
    }

    /**
     * Peak KiB, user and system seconds from the line GNU time writes last ({@code rusage 1234 0.52 0.07});
     * a line before it says how the child ended when it did not exit 0.
     */
    private static double[] usage(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = lines.size() - 1; i >= 0; i--) {
            String[] fields = lines.get(i).strip().split(" ");
            if (fields.length == 4 && fields[0].equals("rusage")) {
                return new double[] {Double.parseDouble(fields[1]), Double.parseDouble(fields[2]),
                        Double.parseDouble(fields[3])};
            }
        }
        return null;
    }
}
