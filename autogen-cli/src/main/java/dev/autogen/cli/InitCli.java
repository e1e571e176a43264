package dev.autogen.cli;

import dev.autogen.command.InitCommand;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "init", mixinStandardHelpOptions = true,
        description = "Create autogen.properties and a migrations folder (never overwrites).")
final class InitCli implements Callable<Integer> {
    @ParentCommand
    private AutogenCommand root;

    @Parameters(arity = "0..1", paramLabel = "DIR", description = "Folder to initialise (default: the current one).")
    private Path dir;

    @Override
    public Integer call() {
        Path target = root.workingDir().resolve(dir == null ? Path.of("") : dir).normalize();
        for (Path created : InitCommand.run(target)) {
            root.console().println("Creating " + created + " ...  done");
        }
        root.console().println("Edit " + target.resolve("autogen.properties") + " before running 'autogen revision'.");
        return 0;
    }
}
