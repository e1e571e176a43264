package dev.autogen.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;

/** The {@code autogen} executable: exit 0 on success, 1 when a check finds differences, 2 on any error. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err, System.getenv(), Path.of("").toAbsolutePath()));
    }

    /** Runs one command in-process; tests call this with their own streams, environment and folder. */
    public static int run(String[] args, PrintStream out, PrintStream err, Map<String, String> env, Path workingDir) {
        return CommandLineFactory.create(new Console(out, err), env, workingDir, args).execute(args);
    }
}
