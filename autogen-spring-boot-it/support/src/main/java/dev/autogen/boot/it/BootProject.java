package dev.autogen.boot.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A copy of the sample application's project as a developer has it after a build: the module's
 * {@code pom.xml} (which names its Spring Boot, so autogen follows that Boot's Hibernate) and
 * {@code target/classes}, and the shared sources ({@code ../sample-app}: the migrations and
 * {@code src/main/resources/application.properties}, the last pointing at the test's database), laid
 * out as one project. No {@code autogen.properties}: the command line must
 * take everything from the application's own settings.
 */
public final class BootProject {
    /** The sample application's sources, shared by the Boot modules (each POM's source folders point there). */
    private static final String SAMPLE_APP = "sample-app";

    private BootProject() {
    }

    /** Copies the module the test runs in (its working folder) to {@code into}. */
    public static Path copy(Path into, String datasourceUrl) throws IOException {
        Path module = Path.of("").toAbsolutePath();
        // Both Boots build the one sample application, whose sources live beside the modules.
        Path sources = module.resolveSibling(SAMPLE_APP);
        Files.createDirectories(into);
        Files.copy(module.resolve("pom.xml"), into.resolve("pom.xml"));
        copyTree(sources.resolve("src/main/java"), into.resolve("src/main/java"));
        copyTree(module.resolve("target/classes"), into.resolve("target/classes"));
        Path properties = sources.resolve("src/main/resources/application.properties");
        String text = Files.readString(properties, StandardCharsets.UTF_8).lines()
                .map(line -> line.startsWith("spring.datasource.url=") ? "spring.datasource.url=" + datasourceUrl : line)
                .collect(Collectors.joining("\n", "", "\n"));
        Path target = into.resolve("src/main/resources/application.properties");
        Files.createDirectories(target.getParent());
        Files.writeString(target, text, StandardCharsets.UTF_8);
        return into;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            walk.forEach(source -> {
                Path dest = to.resolve(from.relativize(source).toString());
                try {
                    if (Files.isDirectory(source)) {
                        Files.createDirectories(dest);
                    } else {
                        Files.copy(source, dest);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
