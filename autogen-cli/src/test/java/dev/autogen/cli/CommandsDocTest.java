package dev.autogen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/** docs/commands.md names every command and every option the command line accepts. */
class CommandsDocTest {

    @Test
    void everyCommandAndOptionIsDocumented() throws Exception {
        String doc = Files.readString(Path.of("..", "docs", "commands.md"));
        PrintStream quiet = new PrintStream(PrintStream.nullOutputStream());
        CommandLine root = CommandLineFactory.create(new Console(quiet, quiet), Map.of(), Path.of("."));

        assertOptionsDocumented(doc, root);
        root.getSubcommands().forEach((name, command) -> {
            assertThat(doc).as("command " + name).contains("`" + name);
            assertOptionsDocumented(doc, command);
        });
    }

    private static void assertOptionsDocumented(String doc, CommandLine command) {
        for (OptionSpec option : command.getCommandSpec().options()) {
            if (option.usageHelp() || option.versionHelp()) {
                continue;
            }
            assertThat(doc).as(command.getCommandName() + " " + option.longestName()).contains(option.longestName());
        }
    }
}
