package dev.autogen.cli;

import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.IAnnotatedElement;

/**
 * The command tree with only the invoked subcommand built. picocli builds every subcommand listed
 * on {@link AutogenCommand} by reflection before it parses anything, a large part of a short
 * command's time; here the root is assembled from {@link AutogenCommand}'s own annotation and
 * {@link RootOptions}, the invoked subcommand is built from its class as picocli would, and every
 * other subcommand is registered by name only, so names resolve as in the whole tree. The list on
 * {@link AutogenCommand}'s {@code @Command} stays the one place commands are registered.
 */
final class InvokedSubcommand {
    private InvokedSubcommand() {
    }

    /**
     * The tree for {@code args}, or empty when they do not plainly name a subcommand (help,
     * version, an unknown word, an option this scan does not know): then the whole tree is built.
     * The scan follows picocli's rule for the root: its options (and the value of those that take
     * one) come first, and the first other word names the subcommand.
     */
    static Optional<CommandLine> tree(AutogenCommand root, String[] args) throws Exception {
        Optional<String> invoked = invokedName(args);
        if (invoked.isEmpty()) {
            return Optional.empty();
        }
        Command command = AutogenCommand.class.getAnnotation(Command.class);
        CommandSpec spec = CommandSpec.wrapWithoutInspection(root);
        spec.name(command.name());
        spec.mixinStandardHelpOptions(command.mixinStandardHelpOptions());
        spec.versionProvider(CommandLine.defaultFactory().create(command.versionProvider()));
        spec.usageMessage().description(command.description());
        spec.addMixin("options", CommandSpec.forAnnotatedObject(root.options()));
        CommandLine cli = new CommandLine(spec);
        for (Class<?> type : command.subcommands()) {
            String name = name(type);
            if (name.equals(invoked.get())) {
                CommandLine subcommand = new CommandLine(CommandLine.defaultFactory().create(type));
                for (IAnnotatedElement parent : subcommand.getCommandSpec().parentCommandElements()) {
                    parent.setter().set(root);
                }
                cli.addSubcommand(name, subcommand);
            } else {
                cli.addSubcommand(name, new CommandLine(CommandSpec.create().name(name)));
            }
        }
        return Optional.of(cli);
    }

    private static Optional<String> invokedName(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--debug") || arg.startsWith("--config=") || arg.startsWith("--url=")
                    || (arg.startsWith("-c") && arg.length() > 2 && !arg.startsWith("--"))) {
                continue;
            }
            if (arg.equals("-c") || arg.equals("--config") || arg.equals("--url")) {
                i++;
                continue;
            }
            for (Class<?> type : AutogenCommand.class.getAnnotation(Command.class).subcommands()) {
                if (name(type).equals(arg)) {
                    return Optional.of(arg);
                }
            }
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static String name(Class<?> subcommand) {
        return subcommand.getAnnotation(Command.class).name();
    }
}
