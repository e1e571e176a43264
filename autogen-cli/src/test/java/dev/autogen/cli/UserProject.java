package dev.autogen.cli;

import dev.autogen.testing.TestDatabase;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A user's project in a temporary folder: entity sources the test edits step by step, an
 * {@code autogen.properties} pointing at the test database, a migrations folder, and the
 * {@code autogen} command run in-process from that folder.
 */
final class UserProject {
    private final Path dir;
    private final TestDatabase db;

    UserProject(TestDatabase db) {
        this.db = db;
        this.dir = db.workDir().resolve("myapp");
        writeConfig("""
                url=%s
                script.location=src/main/java/com/example/migrations
                entities.classpath=target/classes
                entities.packages=com.example.model
                """.formatted(db.url()));
    }

    Path dir() {
        return dir;
    }

    TestDatabase db() {
        return db;
    }

    void writeConfig(String properties) {
        try {
            Files.createDirectories(dir.resolve("src/main/java/com/example/migrations"));
            Files.writeString(dir.resolve("autogen.properties"), properties);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces the entity model with these classes (simple name → source), compiled. */
    void entities(Map<String, String> classes) {
        Path sources = dir.resolve("src/main/java");
        try (Stream<Path> old = Files.exists(sources.resolve("com/example/model"))
                ? Files.list(sources.resolve("com/example/model")) : Stream.empty()) {
            for (Path p : old.toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> files = new java.util.TreeMap<>();
        classes.forEach((name, source) -> files.put("com/example/model/" + name + ".java", source));
        EntityCompiler.compile(sources, dir.resolve("target/classes"), files);
    }

    CliRun autogen(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Map.of(), dir);
        return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /**
     * Writes a hand-written migration (bodies are Java statements on {@code op}) into the migrations
     * folder, named so that files sort by id.
     */
    Path migration(String id, List<String> parents, String upgrade, String downgrade) {
        String className = "M_" + id;
        String parentList = String.join(", ", parents.stream().map(p -> "\"" + p + "\"").toList());
        String source = """
                package com.example.migrations;

                import static dev.autogen.migration.Columns.*;

                import dev.autogen.migration.*;
                import dev.autogen.schema.ReferentialAction;
                import java.util.*;

                @Revision(id = "%s", parents = {%s}, message = "revision %s", created = "2026-01-01T00:00:00Z")
                public final class %s implements Migration {
                    @Override
                    public void upgrade(Operations op) {
                %s
                    }

                    @Override
                    public void downgrade(Operations op) {
                %s
                    }
                }
                """.formatted(id, parentList, id, className, indent(upgrade), indent(downgrade));
        Path file = dir.resolve("src/main/java/com/example/migrations/" + className + ".java");
        try {
            Files.writeString(file, source);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    private static String indent(String body) {
        return String.join("\n", body.strip().lines().map(line -> "        " + line).toList());
    }

    List<Path> migrationFiles() {
        try (Stream<Path> files = Files.list(dir.resolve("src/main/java/com/example/migrations"))) {
            return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
