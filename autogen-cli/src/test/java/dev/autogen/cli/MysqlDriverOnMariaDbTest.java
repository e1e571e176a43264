package dev.autogen.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.autogen.testing.TestDatabase;
import dev.autogen.testing.TestDatabases;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A team whose MariaDB server is reached through MySQL Connector/J ({@code jdbc:mysql:} URL, as many
 * MySQL-era configurations still are) gets the same tutorial as through MariaDB's own driver: the
 * same test body as {@link UsersTutorialTest}, rows included. No MySQL server runs here, so this is
 * the MySQL driver's half of MySQL support.
 */
class MysqlDriverOnMariaDbTest {
    @Test
    void theUsersTutorialRunsThroughMysqlConnectorJ() throws Exception {
        assumeTrue(!"false".equalsIgnoreCase(System.getProperty("autogen.test.mariadb")), "MariaDB tests switched off with -Dautogen.test.mariadb=false");
        TestDatabase mariadb = TestDatabases.create("mariadb");
        try {
            String url = mariadb.url().replaceFirst("^jdbc:mariadb:", "jdbc:mysql:");
            assertThat(url).startsWith("jdbc:mysql://");
            TestDatabase throughMysqlDriver = new TestDatabase("mariadb", url, mariadb.workDir());
            try (var c = throughMysqlDriver.connect()) {
                assertThat(c.getMetaData().getDriverName()).contains("MySQL Connector");
            }
            new UsersTutorialTest().usersThenAgeThenDowngrade(throughMysqlDriver);

            // At head again: check and verify agree with the server, not with the URL's name for it.
            UserProject app = new UserProject(throughMysqlDriver);
            app.entities(Map.of("User", UsersTutorialTest.USER_WITH_AGE));
            BooksTutorialTest.succeeds(app.autogen("upgrade", "head"));
            assertThat(app.autogen("check").exitCode()).isZero();
            CliRun verify = app.autogen("verify");
            assertThat(verify.exitCode()).as(verify.toString()).isZero();
        } finally {
            TestDatabases.drop(mariadb);
        }
    }

    /** Offline SQL never connects: the server behind a jdbc:mysql: URL is not even knocked on. */
    @Test
    @Timeout(120) // a connection would wait for a greeting that never comes
    void offlineSqlGoesByTheUrlWithoutConnecting() throws Exception {
        TestDatabase sqlite = TestDatabases.create("sqlite");
        try (ServerSocket listener = new ServerSocket(0, 50,
                InetAddress.getLoopbackAddress())) {
            listener.setSoTimeout(1);
            UserProject app = new UserProject(sqlite);
            app.entities(Map.of("User", UsersTutorialTest.USER));
            BooksTutorialTest.succeeds(app.autogen("revision", "-m", "create users table"));
            app.writeConfig("""
                    url=jdbc:mysql://127.0.0.1:%d/never_asked
                    script.location=src/main/java/com/example/migrations
                    entities.classpath=target/classes
                    entities.packages=com.example.model
                    """.formatted(listener.getLocalPort()));
            CliRun sql = BooksTutorialTest.succeeds(app.autogen("upgrade", "--sql", "head"));
            assertThat(sql.out()).contains("CREATE TABLE users (id bigint NOT NULL AUTO_INCREMENT",
                    "SELECT GET_LOCK(");
            assertThatThrownBy(listener::accept)
                    .as("offline SQL connected to the database").isInstanceOf(SocketTimeoutException.class);
        } finally {
            TestDatabases.drop(sqlite);
        }
    }
}
