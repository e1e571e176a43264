package dev.autogen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Building only the invoked subcommand changes nothing a user sees: for help, version, bad and
 * failing command lines of every subcommand, the output and exit code equal those of the whole
 * command tree.
 */
class InvokedSubcommandTest {

    @Test
    void everySubcommandBehavesAsInTheWholeTree(@TempDir Path folder) throws IOException {
        List<List<String>> commandLines = new ArrayList<>();
        for (String name : subcommandNames()) {
            commandLines.add(List.of(name, "--help"));
            commandLines.add(List.of(name, "-V"));
            commandLines.add(List.of(name, "--no-such-option"));
            commandLines.add(List.of(name));
            commandLines.add(List.of(name, "a", "b", "c"));
            commandLines.add(List.of("--debug", name, "-h"));
            commandLines.add(List.of("--url", "jdbc:sqlite:" + folder.resolve("x.db"), name));
            commandLines.add(List.of("-c", folder.resolve("missing.properties").toString(), name));
            commandLines.add(List.of("--config=" + folder.resolve("missing.properties"), name, "--help"));
        }
        commandLines.addAll(List.of(List.of(), List.of("--help"), List.of("-V"), List.of("nosuch"),
                List.of("--url"), List.of("--url", "--debug", "heads"), List.of("-c"), List.of("--", "heads"),
                List.of("revision", "heads"), List.of("heads", "current")));

        for (List<String> args : commandLines) {
            // Each run starts from the same empty folder: init, for one, writes files.
            empty(folder);
            CliRun lazy = run(folder, args, a -> CommandLineFactory.create(console(), Map.of(), folder, a));
            empty(folder);
            CliRun whole = run(folder, args, a -> CommandLineFactory.create(console(), Map.of(), folder));

            assertThat(lazy).as(String.join(" ", args)).isEqualTo(whole);
        }
    }

    @Test
    void onlyTheInvokedSubcommandIsBuilt(@TempDir Path folder) {
        String[] args = {"--debug", "revision", "--help"};
        CommandLine cli = CommandLineFactory.create(console(), Map.of(), folder, args);

        assertThat(cli.getSubcommands().keySet()).containsExactlyElementsOf(subcommandNames());
        assertThat(cli.getSubcommands().get("revision").getCommandSpec().findOption("--message")).isNotNull();
        assertThat(cli.getSubcommands().get("upgrade").getCommandSpec().options()).isEmpty();
    }

    private static void empty(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).filter(f -> !f.equals(folder)).toList()) {
                Files.delete(file);
            }
        }
    }

    private static List<String> subcommandNames() {
        List<String> names = new ArrayList<>();
        for (Class<?> type : AutogenCommand.class.getAnnotation(Command.class).subcommands()) {
            names.add(type.getAnnotation(Command.class).name());
        }
        return names;
    }

    private ByteArrayOutputStream out;
    private ByteArrayOutputStream err;

    private Console console() {
        return new Console(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private CliRun run(Path folder, List<String> args, Function<String[], CommandLine> build) {
        out = new ByteArrayOutputStream();
        err = new ByteArrayOutputStream();
        String[] array = args.toArray(String[]::new);
        int exit = build.apply(array).execute(array);
        return new CliRun(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
