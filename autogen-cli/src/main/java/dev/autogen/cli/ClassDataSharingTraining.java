package dev.autogen.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Run once at package time under {@code -XX:ArchiveClassesAtExit}: a throw-away SQLite project on
 * the sample entities goes through the commands users run most, so the archive holds the classes
 * of picocli, Hibernate's boot, javac, JavaPoet and both drivers, and the launcher's JVM maps them
 * instead of loading and verifying them again on every start. Arguments: work folder, entity classes.
 */
public final class ClassDataSharingTraining {
    private ClassDataSharingTraining() {
    }

    public static void main(String[] args) throws IOException {
        Path work = Path.of(args[0]).toAbsolutePath();
        Path entities = Path.of(args[1]).toAbsolutePath();
        Files.createDirectories(work.resolve("migrations"));
        try (var old = Files.list(work.resolve("migrations"))) {
            for (Path file : old.toList()) {
                Files.delete(file);
            }
        }
        Files.deleteIfExists(work.resolve("training.db"));
        Files.writeString(work.resolve("autogen.properties"), """
                url=jdbc:sqlite:training.db
                script.location=migrations
                script.package=training.migrations
                entities.classpath=%s
                entities.packages=com.example.model
                """.formatted(entities.toString().replace('\\', '/')), StandardCharsets.UTF_8);
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
        for (List<String> command : List.of(List.of("--version"), List.of("--help"),
                List.of("revision", "-m", "training"), List.of("upgrade", "head"), List.of("heads"),
                List.of("current"), List.of("history"), List.of("revision", "-m", "nothing"),
                // Fails at once (nothing listens on port 1) after loading the PostgreSQL driver.
                List.of("--url", "jdbc:postgresql://127.0.0.1:1/none", "current"))) {
            Main.run(command.toArray(String[]::new), quiet, quiet, Map.of(), work);
        }
    }
}
