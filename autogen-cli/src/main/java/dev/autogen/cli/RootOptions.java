package dev.autogen.cli;

import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * The options every command takes before its name. A mixin of {@link AutogenCommand}, so that
 * {@link InvokedSubcommand} can give them to a root it builds without reading the subcommand list.
 */
final class RootOptions {
    @Option(names = {"-c", "--config"}, paramLabel = "FILE", description = "Configuration file (default: ./autogen.properties).")
    private Path config;

    @Option(names = "--url", paramLabel = "URL", description = "JDBC URL; overrides the file and AUTOGEN_URL.")
    private String url;

    @Option(names = "--debug", description = "Print stack traces with errors.")
    private boolean debug;

    Optional<Path> config() {
        return Optional.ofNullable(config);
    }

    Optional<String> url() {
        return Optional.ofNullable(url);
    }

    boolean debug() {
        return debug;
    }
}
