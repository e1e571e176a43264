package dev.autogen.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;

/**
 * Finds the PostgreSQL server the tests run against, once per JVM: the URL in
 * {@code AUTOGEN_TEST_POSTGRES_URL}, else a server on 127.0.0.1:5432, else a Testcontainers
 * container when Docker is there. Under {@code CI=true} a missing server is a failure, never a skip.
 */
final class PostgresServer {
    static final String URL_VARIABLE = "AUTOGEN_TEST_POSTGRES_URL";
    private static final String LOCAL_URL = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";

    private static volatile Optional<String> baseUrl;
    private static String whyMissing = "";

    private PostgresServer() {
    }

    /** The server's base URL (no schema), or empty when none can be had. */
    static synchronized Optional<String> baseUrl() {
        if (baseUrl == null) {
            baseUrl = locate();
        }
        return baseUrl;
    }

    static String whyMissing() {
        return whyMissing;
    }

    static boolean requiredByCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    private static Optional<String> locate() {
        String configured = System.getenv(URL_VARIABLE);
        if (configured != null && !configured.isBlank()) {
            if (reachable(configured)) {
                return Optional.of(configured);
            }
            whyMissing = URL_VARIABLE + "=" + configured + " is not reachable";
            return Optional.empty();
        }
        if (reachable(LOCAL_URL)) {
            return Optional.of(LOCAL_URL);
        }
        return Containers.start().or(() -> {
            whyMissing = "no PostgreSQL at 127.0.0.1:5432, " + URL_VARIABLE + " unset, and no Docker for Testcontainers";
            return Optional.empty();
        });
    }

    private static boolean reachable(String url) {
        try (Connection c = DriverManager.getConnection(url)) {
            return c.isValid(5);
        } catch (SQLException e) {
            whyMissing = e.getMessage();
            return false;
        }
    }

    /** Kept apart so that Testcontainers classes load only when a container is really wanted. */
    private static final class Containers {
        private Containers() {
        }

        static Optional<String> start() {
            try {
                if (!org.testcontainers.DockerClientFactory.instance().isDockerAvailable()) {
                    return Optional.empty();
                }
                var container = new org.testcontainers.containers.PostgreSQLContainer<>("postgres:15");
                container.start();
                return Optional.of(container.getJdbcUrl() + (container.getJdbcUrl().contains("?") ? "&" : "?")
                        + "user=" + container.getUsername() + "&password=" + container.getPassword());
            } catch (RuntimeException | LinkageError e) {
                return Optional.empty();
            }
        }
    }
}
