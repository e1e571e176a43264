package dev.autogen.boot.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The {@code autogen} command line as a user runs it: the launcher at the top of the repository,
 * built by {@code mvn package} (the reactor builds autogen-cli before these modules), run in a
 * folder of its own with its own environment, so its Hibernate never meets the application's.
 */
public final class AutogenCommandLine {
    private AutogenCommandLine() {
    }

    /** What a run printed and how it ended. */
    public record Result(int exitCode, String stdout, String stderr) {
        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- stdout\n" + stdout + "--- stderr\n" + stderr;
        }
    }

    public static Result run(Path workingDir, Map<String, String> environment, String... args)
            throws IOException, InterruptedException {
        Path launcher = repositoryRoot().resolve("autogen");
        List<String> command = new ArrayList<>(List.of("bash", launcher.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingDir.toFile());
        builder.environment().remove("AUTOGEN_URL");
        builder.environment().remove("SPRING_PROFILES_ACTIVE");
        builder.environment().putAll(environment);
        Path out = Files.createTempFile(workingDir, "autogen", ".out");
        Path err = Files.createTempFile(workingDir, "autogen", ".err");
        builder.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process process = builder.start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("autogen " + String.join(" ", args) + " did not finish in 5 minutes");
        }
        Result result = new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
        Files.delete(out);
        Files.delete(err);
        return result;
    }

    /** The folder holding the {@code autogen} launcher, above the module the test runs in. */
    public static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        for (Path d = dir; d != null; d = d.getParent()) {
            if (Files.isRegularFile(d.resolve("autogen")) && Files.isDirectory(d.resolve("autogen-cli"))) {
                return d;
            }
        }
        throw new IllegalStateException("no autogen launcher above " + dir);
    }
}
