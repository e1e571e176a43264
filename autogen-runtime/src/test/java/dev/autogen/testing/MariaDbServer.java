package dev.autogen.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;

/**
 * Finds the MariaDB server the tests run against, once per JVM: the URL in
 * {@code AUTOGEN_TEST_MARIADB_URL} (its database part is replaced by each test's own), else a
 * server on 127.0.0.1:3306 as root without password, else a Testcontainers container when Docker
 * is there. Under {@code CI=true} a missing server is a failure, never a skip.
 */
final class MariaDbServer {
    static final String URL_VARIABLE = "AUTOGEN_TEST_MARIADB_URL";
    private static final String LOCAL_URL = "jdbc:mariadb://127.0.0.1:3306/?user=root";

    private static volatile Optional<ServerUrl> server;
    private static String whyMissing = "";

    private MariaDbServer() {
    }

    /** A server's URL split where a database name goes: {@code prefix + database + suffix}. */
    record ServerUrl(String prefix, String suffix) {
        static ServerUrl parse(String url) {
            int hostStart = url.indexOf("://") + 3;
            int pathStart = url.indexOf('/', hostStart);
            int query = url.indexOf('?', hostStart);
            if (pathStart < 0 || (query >= 0 && query < pathStart)) {
                pathStart = query < 0 ? url.length() : query;
                return new ServerUrl(url.substring(0, pathStart) + "/", url.substring(pathStart));
            }
            return new ServerUrl(url.substring(0, pathStart + 1), query < 0 ? "" : url.substring(query));
        }

        String forDatabase(String database) {
            return prefix + database + suffix;
        }
    }

    /**
     * Whether the MariaDB third of each {@link DatabaseTest} runs: always, unless the system
     * property {@code autogen.test.mariadb} is {@code false} ({@code mvn verify
     * -Dautogen.test.mariadb=false}, for a machine without MariaDB). When it runs, a missing server
     * under {@code CI=true} fails the test ({@link TestDatabases}).
     */
    static boolean wanted() {
        return !"false".equalsIgnoreCase(System.getProperty("autogen.test.mariadb"));
    }

    static synchronized Optional<ServerUrl> server() {
        if (server == null) {
            server = locate().map(ServerUrl::parse);
        }
        return server;
    }

    static String whyMissing() {
        return whyMissing;
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
            whyMissing = "no MariaDB at 127.0.0.1:3306, " + URL_VARIABLE + " unset, and no Docker for Testcontainers";
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
                var container = new org.testcontainers.containers.MariaDBContainer<>("mariadb:10.11");
                container.withUsername("root").withPassword("");
                container.start();
                return Optional.of("jdbc:mariadb://" + container.getHost() + ":" + container.getMappedPort(3306)
                        + "/?user=root");
            } catch (RuntimeException | LinkageError e) {
                return Optional.empty();
            }
        }
    }
}
