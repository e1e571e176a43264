package dev.autogen.cli;

import dev.autogen.AutogenException;
import dev.autogen.SecretMask;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;

/**
 * Builds the picocli command tree with autogen's error handling: one line on stderr, exit 2. Of
 * the subcommands, only the one the arguments invoke is built in full ({@link InvokedSubcommand}).
 */
final class CommandLineFactory {
    static final int EXIT_ERROR = 2;

    private CommandLineFactory() {
    }

    /** The command line for {@code args}: the invoked subcommand built, the others by name only. */
    static CommandLine create(Console console, Map<String, String> env, Path workingDir, String[] args) {
        AutogenCommand root = new AutogenCommand(console, env, workingDir);
        Optional<CommandLine> invoked;
        try {
            invoked = InvokedSubcommand.tree(root, args);
        } catch (Exception e) {
            throw new IllegalStateException("cannot build the command " + String.join(" ", args), e);
        }
        return withErrorHandling(invoked.orElseGet(() -> new CommandLine(root)), root, console);
    }

    /** The whole command tree, every subcommand built. */
    static CommandLine create(Console console, Map<String, String> env, Path workingDir) {
        AutogenCommand root = new AutogenCommand(console, env, workingDir);
        return withErrorHandling(new CommandLine(root), root, console);
    }

    private static CommandLine withErrorHandling(CommandLine cli, AutogenCommand root, Console console) {
        cli.setOut(new java.io.PrintWriter(console.out(), true));
        cli.setErr(new java.io.PrintWriter(console.err(), true));
        cli.setParameterExceptionHandler((e, args) -> {
            console.error(SecretMask.text(e.getMessage(), root.secrets()) + " (see 'autogen "
                    + commandPath(e.getCommandLine()) + "--help')");
            return EXIT_ERROR;
        });
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> failed(e, root, console));
        return cli;
    }

    /** Runs a command built without picocli ({@link PlainInvocation}) with the same error handling. */
    static int execute(Callable<Integer> command, AutogenCommand root, Console console) {
        try {
            return command.call();
        } catch (Exception e) {
            return failed(e, root, console);
        }
    }

    /** A command that threw: one line on stderr (the stack trace too with --debug), exit 2. */
    private static int failed(Exception e, AutogenCommand root, Console console) {
        // Whoever wrote the message (a driver, Hibernate, us), a secret of this run is never shown.
        List<String> secrets = root.secrets();
        if (e instanceof AutogenException) {
            console.error(SecretMask.text(oneLine(e.getMessage()), secrets));
        } else {
            console.error(SecretMask.text("internal error: " + oneLine(e.toString())
                    + " (rerun with --debug and report it)", secrets));
        }
        if (root.debug()) {
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            console.err().print(SecretMask.text(trace.toString(), secrets));
        }
        return EXIT_ERROR;
    }

    private static String commandPath(CommandLine commandLine) {
        String qualified = commandLine.getCommandSpec().qualifiedName(" ");
        return qualified.equals("autogen") ? "" : qualified.substring("autogen ".length()) + " ";
    }

    static String oneLine(String message) {
        return message == null ? "" : message.replaceAll("\\s*\\R\\s*", " ").strip();
    }
}
