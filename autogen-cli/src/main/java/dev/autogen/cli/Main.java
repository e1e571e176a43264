package dev.autogen.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

/** The {@code autogen} executable: exit 0 on success, 1 when a check finds differences, 2 on any error. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        int exitCode = run(args, System.out, System.err, System.getenv(), Path.of("").toAbsolutePath());
        StartHint.write(System.getProperty(StartHint.PROPERTY));
        if (Boolean.getBoolean(QUICK_EXIT)) {
            System.out.flush();
            System.err.flush();
            // Since Java 21, System.exit first looks a System.Logger up to log the exit, and that
            // scans every jar on the class path for a logger service: a tenth of a second of every
            // short command. The launcher asks to skip it: by now autogen has closed its connections
            // and files, registers no shutdown hook, and the launcher's SQLite library is not a
            // temporary file that a hook would delete.
            Runtime.getRuntime().halt(exitCode);
        }
        System.exit(exitCode);
    }

    /** The system property the launcher sets to end the JVM without System.exit's logging. */
    static final String QUICK_EXIT = "autogen.quickExit";

    /** Runs one command in-process; tests call this with their own streams, environment and folder. */
    public static int run(String[] args, PrintStream out, PrintStream err, Map<String, String> env, Path workingDir) {
        Console console = new Console(out, err);
        AutogenCommand root = new AutogenCommand(console, env, workingDir);
        Optional<Callable<Integer>> plain = PlainInvocation.command(root, args);
        if (plain.isPresent()) {
            return CommandLineFactory.execute(plain.get(), root, console);
        }
        return CommandLineFactory.create(console, env, workingDir, args).execute(args);
    }
}
