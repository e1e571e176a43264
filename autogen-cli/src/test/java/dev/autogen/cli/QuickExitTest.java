package dev.autogen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher ends the JVM without {@code System.exit} ({@code -Dautogen.quickExit=true}): the exit
 * code and every line written before it still reach the caller, as they do with it.
 */
class QuickExitTest {
    @TempDir
    Path dir;

    @Test
    void successPrintsItsOutputAndExitsZero() throws Exception {
        for (boolean quick : new boolean[] {true, false}) {
            Result result = main(quick, "--version");
            assertThat(result.exit()).as("quick exit " + quick).isZero();
            assertThat(result.out()).as("quick exit " + quick).startsWith("autogen ");
        }
    }

    @Test
    void anErrorKeepsItsOneLineAndExitCodeTwo() throws Exception {
        for (boolean quick : new boolean[] {true, false}) {
            Result result = main(quick, "upgrade", "--no-such-option");
            assertThat(result.exit()).as("quick exit " + quick).isEqualTo(2);
            assertThat(result.err()).as("quick exit " + quick).contains("--no-such-option");
        }
    }

    private Result main(boolean quick, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-D" + Main.QUICK_EXIT + "=" + quick, "-cp", System.getProperty("java.class.path"),
                Main.class.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).directory(dir.toFile()).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), out, err);
    }

    private record Result(int exit, String out, String err) {
    }
}
