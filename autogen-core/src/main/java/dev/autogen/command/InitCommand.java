package dev.autogen.command;

import dev.autogen.AutogenException;
import dev.autogen.io.AtomicFile;
import java.nio.charset.StandardCharsets;
import dev.autogen.config.ConfigLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** {@code autogen init [DIR]}: a commented {@code autogen.properties} and an empty migrations folder. */
public final class InitCommand {
    private static final String TEMPLATE = """
            # autogen configuration (the analogue of alembic.ini).
            # Values may use ${ENV_VAR} and ${ENV_VAR:-default}. Unknown keys are an error.

            # JDBC URL; the dialect follows from it. A relative SQLite path is relative to this file.
            # AUTOGEN_URL in the environment, or --url on the command line, overrides it.
            url=jdbc:sqlite:app.db
            #user=
            #password=${DB_PASSWORD:-}
            # PostgreSQL schema to compare and migrate (default: the connection's).
            #schema=public

            # Folder of migration classes, relative to this file, and their Java package.
            script.location=migrations
            #script.package=com.example.migrations

            # Compiled entity classes (folders and jars, separated by ':' or ',') and the packages to scan.
            entities.classpath=target/classes
            entities.packages=com.example.model

            # Hibernate naming strategies: default, spring (Spring Boot's), or a class name.
            #naming.physical=default
            #naming.implicit=default

            #version.table=autogen_version
            # Comma-separated glob patterns of the tables the diff considers.
            #include.tables=
            #exclude.tables=
            """;

    private InitCommand() {
    }

    /** Returns the files and folders created. */
    public static List<Path> run(Path dir) {
        Path config = dir.resolve(ConfigLoader.FILE_NAME);
        Path migrations = dir.resolve("migrations");
        if (Files.exists(config)) {
            throw new AutogenException(config + " already exists; init never overwrites (edit it, or init another folder)");
        }
        if (Files.exists(migrations) && !isEmptyDirectory(migrations)) {
            throw new AutogenException(migrations + " already exists and is not empty; init never overwrites");
        }
        try {
            Files.createDirectories(migrations);
            AtomicFile.write(config, TEMPLATE.getBytes(StandardCharsets.UTF_8), AtomicFile.Existing.REFUSE);
        } catch (IOException e) {
            throw new AutogenException("cannot write " + config + ": " + e.getMessage(), e);
        }
        return List.of(config, migrations);
    }

    private static boolean isEmptyDirectory(Path dir) {
        try (var entries = Files.list(dir)) {
            return Files.isDirectory(dir) && entries.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }
}
