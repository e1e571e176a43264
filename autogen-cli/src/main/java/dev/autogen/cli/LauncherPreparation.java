package dev.autogen.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import org.sqlite.util.OSInfo;

/**
 * Run once at package time, under {@code -XX:ArchiveClassesAtExit}, to prepare what the
 * {@code ./autogen} launcher uses to start faster (docs/performance.md):
 * <ol>
 * <li>the SQLite driver's native library for this platform, copied to {@code native/} once, so a
 * command loads it in place instead of the driver extracting and comparing a megabyte every run;
 * <li>the class-data sharing archive: a throw-away SQLite project on the sample entities goes
 * through the commands users run most, so the archive holds the classes of picocli, Hibernate's
 * boot, javac, JavaPoet and both drivers, and the JVM maps them instead of loading them again.
 * </ol>
 * Arguments: the build folder (target), the sample entity classes, and {@code graph} or
 * {@code light} to train the graph commands or the runs without an edit alone, on the project an
 * earlier run left ({@link #trainGraphCommands}, {@link #trainWarmRuns}).
 */
public final class LauncherPreparation {
    private LauncherPreparation() {
    }

    public static void main(String[] args) throws IOException {
        Path target = Path.of(args[0]).toAbsolutePath();
        Path entities = Path.of(args[1]).toAbsolutePath();
        Path library = copySqliteLibrary(target.resolve("native"));
        // As the launcher will pass them, so the archived driver classes take the same path.
        System.setProperty("org.sqlite.lib.path", library.getParent().toString());
        System.setProperty("org.sqlite.lib.name", library.getFileName().toString());
        Path work = target.resolve("cds-training");
        if (args.length > 2 && args[2].equals("graph")) {
            trainGraphCommands(work);
        } else if (args.length > 2 && args[2].equals("light")) {
            trainWarmRuns(work);
        } else {
            train(work, entities);
        }
    }

    /** The driver's library for this OS and architecture, where sqlite-jdbc's own loader keeps it. */
    private static Path copySqliteLibrary(Path folder) throws IOException {
        String name = System.mapLibraryName("sqlitejdbc").replace(".jnilib", ".dylib");
        String resource = "/org/sqlite/native/" + OSInfo.getNativeLibFolderPathForCurrentOS() + "/" + name;
        Files.createDirectories(folder);
        Path copy = folder.resolve(name);
        try (InputStream in = OSInfo.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("sqlite-jdbc has no native library " + resource + " for this platform");
            }
            Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
        }
        return copy;
    }

    private static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (var files = Files.walk(folder)) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    private static void train(Path work, Path entities) throws IOException {
        Files.createDirectories(work.resolve("migrations"));
        try (var old = Files.list(work.resolve("migrations"))) {
            for (Path file : old.toList()) {
                Files.delete(file);
            }
        }
        Files.deleteIfExists(work.resolve("training.db"));
        deleteTree(work.resolve("cache"));
        Files.writeString(work.resolve("autogen.properties"), """
                url=jdbc:sqlite:training.db
                script.location=migrations
                script.package=training.migrations
                entities.classpath=%s
                entities.packages=com.example.model
                """.formatted(entities.toString().replace('\\', '/')), StandardCharsets.UTF_8);
        run(work, Map.of(), List.of(List.of("--version"), List.of("--help"),
                List.of("revision", "-m", "training"), List.of("upgrade", "head"), List.of("heads"),
                List.of("current"), List.of("history"), List.of("revision", "-m", "nothing"),
                // Fails at once (nothing listens on port 1) after loading the PostgreSQL driver.
                List.of("--url", "jdbc:postgresql://127.0.0.1:1/none", "current")));
        onPostgres(work, List.of(List.of("upgrade", "head"), List.of("check"), List.of("current"),
                List.of("revision", "-m", "nothing")));
    }

    /**
     * The commands that boot Hibernate or run javac only after an edit, run without an edit on the
     * project {@link #train} left (its caches filled), for the light ahead-of-time cache.
     */
    private static void trainWarmRuns(Path work) throws IOException {
        requireTrainingProject(work);
        run(work, Map.of(), List.of(List.of("check"), List.of("downgrade", "-1"), List.of("upgrade"),
                List.of("downgrade", "base"), List.of("upgrade", "head"), List.of("revision", "-m", "nothing"),
                List.of("check"), List.of("--url", "jdbc:postgresql://127.0.0.1:1/none", "upgrade")));
        onPostgres(work, List.of(List.of("upgrade", "head"), List.of("check"), List.of("downgrade", "base"),
                List.of("upgrade", "head"), List.of("revision", "-m", "nothing"), List.of("check")));
    }

    /**
     * The commands once more on a real PostgreSQL server when one is named (as the tests' own
     * {@code AUTOGEN_TEST_POSTGRES_URL}, which CI sets), in a schema of their own dropped after:
     * the driver's protocol and the dialect's classes then come from the cache too. Without a
     * server the caches hold only the driver's start, and PostgreSQL commands load the rest.
     */
    private static void onPostgres(Path work, List<List<String>> commands) {
        String url = System.getenv("AUTOGEN_TEST_POSTGRES_URL");
        if (url == null || !url.startsWith("jdbc:postgresql:")) {
            return;
        }
        // One name for the three trainings: the entities' schema the first one caches is found by the
        // others, so the light cache is trained without Hibernate on PostgreSQL too.
        String schema = "autogen_aot_training";
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(url);
                java.sql.Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            s.execute("CREATE SCHEMA " + schema);
            try {
                String scoped = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
                // By AUTOGEN_URL, not --url: bare commands then take the way users' do (PlainInvocation).
                run(work, Map.of("AUTOGEN_URL", scoped), commands);
            } finally {
                s.execute("DROP SCHEMA " + schema + " CASCADE");
            }
        } catch (java.sql.SQLException e) {
            // A start-up aid only: the caches are built without it.
        }
    }

    /**
     * The graph commands alone, on the project {@link #train} left (a migration, a database at
     * head), for the second ahead-of-time cache: they read the revisions as text and ask the
     * database its version, so their cache holds neither Hibernate nor javac, which a cache
     * preloads whole at every start (docs/performance.md).
     */
    private static void trainGraphCommands(Path work) throws IOException {
        requireTrainingProject(work);
        run(work, Map.of(), List.of(List.of("heads"), List.of("current"), List.of("history"),
                List.of("history", "--verbose"), List.of("branches"), List.of("graph"),
                List.of("--url", "jdbc:postgresql://127.0.0.1:1/none", "current")));
        onPostgres(work, List.of(List.of("current"), List.of("history"), List.of("heads")));
    }

    private static void requireTrainingProject(Path work) throws IOException {
        if (!Files.isRegularFile(work.resolve("training.db"))) {
            throw new IOException("no training project in " + work + ": run the whole training first");
        }
    }

    /** Runs the commands in-process in the training project, their output discarded. */
    private static void run(Path work, Map<String, String> env, List<List<String>> commands) {
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
        for (List<String> command : commands) {
            Main.run(command.toArray(String[]::new), quiet, quiet, env, work);
        }
    }
}
