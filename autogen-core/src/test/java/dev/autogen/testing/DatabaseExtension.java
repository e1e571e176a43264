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
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContextProvider;
import org.opentest4j.TestAbortedException;

/** Backs {@link DatabaseTest}: one invocation per database, each with a fresh database. */
public final class DatabaseExtension implements TestTemplateInvocationContextProvider {

    @Override
    public boolean supportsTestTemplate(ExtensionContext context) {
        return true;
    }

    @Override
    public Stream<TestTemplateInvocationContext> provideTestTemplateInvocationContexts(ExtensionContext context) {
        if (context.getRequiredTestMethod().isAnnotationPresent(PostgresTest.class)) {
            return Stream.of(invocation("postgresql"));
        }
        return Stream.of(invocation("sqlite"), invocation("postgresql"));
    }

    private static TestTemplateInvocationContext invocation(String kind) {
        return new TestTemplateInvocationContext() {
            @Override
            public String getDisplayName(int invocationIndex) {
                return kind;
            }

            @Override
            public List<org.junit.jupiter.api.extension.Extension> getAdditionalExtensions() {
                return List.of(new Provider(kind));
            }
        };
    }

    /** Creates the database when the test asks for it, and drops it after the test. */
    private static final class Provider implements ParameterResolver, AfterEachCallback {
        private final String kind;
        private TestDatabase database;
        private String postgresSchema;

        Provider(String kind) {
            this.kind = kind;
        }

        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType() == TestDatabase.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            if (database == null) {
                database = create();
            }
            return database;
        }

        private TestDatabase create() {
            Path dir = tempDir();
            if (kind.equals("sqlite")) {
                return new TestDatabase(kind, "jdbc:sqlite:" + dir.resolve("test.db"), dir);
            }
            String base = PostgresServer.baseUrl().orElse(null);
            if (base == null) {
                String why = "PostgreSQL test needs a server: " + PostgresServer.whyMissing();
                if (PostgresServer.requiredByCi()) {
                    throw new AssertionError(why + " (CI=true: a missing server fails the build)");
                }
                throw new TestAbortedException(why);
            }
            postgresSchema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);
            execute(base, "CREATE SCHEMA " + postgresSchema);
            String url = base + (base.contains("?") ? "&" : "?") + "currentSchema=" + postgresSchema;
            return new TestDatabase(kind, url, dir);
        }

        @Override
        public void afterEach(ExtensionContext context) {
            if (database == null) {
                return;
            }
            if (postgresSchema != null) {
                execute(PostgresServer.baseUrl().orElseThrow(), "DROP SCHEMA " + postgresSchema + " CASCADE");
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
}
