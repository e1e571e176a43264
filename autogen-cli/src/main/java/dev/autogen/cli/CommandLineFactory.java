package dev.autogen.cli;

import dev.autogen.AutogenException;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine;

/** Builds the picocli command tree with autogen's error handling: one line on stderr, exit 2. */
final class CommandLineFactory {
    static final int EXIT_ERROR = 2;

    private CommandLineFactory() {
    }

    static CommandLine create(Console console, Map<String, String> env, Path workingDir) {
        AutogenCommand root = new AutogenCommand(console, env, workingDir);
        CommandLine cli = new CommandLine(root);
        cli.setOut(new java.io.PrintWriter(console.out(), true));
        cli.setErr(new java.io.PrintWriter(console.err(), true));
        cli.setParameterExceptionHandler((e, args) -> {
            console.error(e.getMessage() + " (see 'autogen " + commandPath(e.getCommandLine()) + "--help')");
            return EXIT_ERROR;
        });
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof AutogenException) {
                console.error(oneLine(e.getMessage()));
            } else {
                console.error("internal error: " + e + " (rerun with --debug and report it)");
            }
            if (root.debug()) {
                e.printStackTrace(console.err());
            }
            return EXIT_ERROR;
        });
        return cli;
    }

    private static String commandPath(CommandLine commandLine) {
        String qualified = commandLine.getCommandSpec().qualifiedName(" ");
        return qualified.equals("autogen") ? "" : qualified.substring("autogen ".length()) + " ";
    }

    static String oneLine(String message) {
        return message == null ? "" : message.replaceAll("\\s*\\R\\s*", " ").strip();
    }
}
