package dev.autogen.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;
import org.opentest4j.TestAbortedException;

/**
 * Creates and drops the fresh databases tests run on: a SQLite file in a temporary folder, a
 * PostgreSQL schema of its own, or a MariaDB database of its own. {@link DatabaseTest} uses it; so can tests run by another engine
 * (jqwik's properties), which have no JUnit Jupiter extensions.
 */
public final class TestDatabases {
    private TestDatabases() {
    }

    /** A fresh database of {@code kind} ({@code sqlite}, {@code postgresql} or {@code mariadb}); never a silent skip under CI. */
    public static TestDatabase create(String kind) {
        Path dir = tempDir();
        if (kind.equals("sqlite")) {
            return new TestDatabase(kind, "jdbc:sqlite:" + dir.resolve("test.db"), dir);
        }
        if (kind.equals("mariadb")) {
            return mariadb(dir);
        }
        String base = PostgresServer.baseUrl().orElse(null);
        if (base == null) {
            String why = "PostgreSQL test needs a server: " + PostgresServer.whyMissing();
            if (PostgresServer.requiredByCi()) {
                throw new AssertionError(why + " (CI=true: a missing server fails the build)");
            }
            throw new TestAbortedException(why);
        }
        String schema = uniqueName();
        execute(base, "CREATE SCHEMA " + schema);
        String url = base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        return new TestDatabase(kind, url, dir);
    }

    /** A database {@code t_<hex>} of its own on the MariaDB server. */
    private static TestDatabase mariadb(Path dir) {
        MariaDbServer.ServerUrl server = MariaDbServer.server().orElse(null);
        if (server == null) {
            String why = "MariaDB test needs a server: " + MariaDbServer.whyMissing();
            if (PostgresServer.requiredByCi()) {
                throw new AssertionError(why + " (CI=true: a missing server fails the build)");
            }
            throw new TestAbortedException(why);
        }
        String database = uniqueName();
        execute(server.forDatabase(""), "CREATE DATABASE " + database);
        return new TestDatabase("mariadb", server.forDatabase(database), dir);
    }

    private static String uniqueName() {
        return "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);
    }

    /** Drops the database and its folder. */
    public static void drop(TestDatabase database) {
        if (database.isMariaDb()) {
            String name = database.url().substring(database.url().lastIndexOf('/') + 1).split("\\?")[0];
            execute(MariaDbServer.server().orElseThrow().forDatabase(""), "DROP DATABASE IF EXISTS " + name);
        }
        if (database.isPostgres()) {
            String schema = database.url().substring(database.url().lastIndexOf("currentSchema=") + "currentSchema=".length());
            execute(PostgresServer.baseUrl().orElseThrow(), "DROP SCHEMA " + schema + " CASCADE");
        }
        deleteRecursively(database.workDir());
    }

    private static void execute(String url, String sql) {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("autogen-test-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteRecursively(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
