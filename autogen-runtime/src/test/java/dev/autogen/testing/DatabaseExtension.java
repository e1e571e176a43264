package dev.autogen.testing;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContextProvider;

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
        if (context.getRequiredTestMethod().isAnnotationPresent(NotOnMariaDb.class) || !MariaDbServer.wanted()) {
            return Stream.of(invocation("sqlite"), invocation("postgresql"));
        }
        return Stream.of(invocation("sqlite"), invocation("postgresql"), invocation("mariadb"));
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
                database = TestDatabases.create(kind);
            }
            return database;
        }

        @Override
        public void afterEach(ExtensionContext context) {
            if (database != null) {
                TestDatabases.drop(database);
            }
        }
    }
}
