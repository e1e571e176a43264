package dev.autogen.cli;

import static dev.autogen.cli.BooksTutorialTest.succeeds;
import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.SecretMask;
import dev.autogen.testing.PostgresClusters;
import dev.autogen.testing.PostgresTest;
import dev.autogen.testing.TestDatabase;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A fleet over three real PostgreSQL servers: the test server and two clusters the test setup
 * creates and starts on ports 5433 and 5434 ({@link PostgresClusters}). Each target is a fresh schema
 * named by URL. The third server is broken on purpose (a table in the way): it is reported, the other
 * two reach head, and after the fix a rerun upgrades only it.
 */
class ThreeServersFleetTest {

    @PostgresTest
    void upgradeThreeServersReportTheBrokenOneAndRerunAfterTheFix(TestDatabase db) throws Exception {
        List<String> servers = new ArrayList<>(PostgresClusters.running(5433, 5434));
        String schema = "fleet_" + Long.toHexString(System.nanoTime());
        List<String> targets = new ArrayList<>();
        targets.add(db.url());
        for (String server : servers) {
            execute(server, "CREATE SCHEMA " + schema);
            targets.add(server + "&currentSchema=" + schema);
        }
        try {
            UserProject app = new UserProject(db);
            app.entities(Map.of("User", UsersTutorialTest.USER));
            succeeds(app.autogen("revision", "-m", "create users table"));
            String head = succeeds(app.autogen("heads")).out().split(" ")[0];
            Files.writeString(app.dir().resolve("servers.txt"), String.join("\n", targets) + "\n");
            execute(targets.get(2), "CREATE TABLE users (id integer)");

            CliRun first = app.autogen("upgrade", "--targets", "servers.txt", "--jobs", "3");

            assertThat(first.exitCode()).as(first.toString()).isEqualTo(1);
            assertThat(first.out()).contains(name(targets.get(0)) + ": base -> " + head + "\n",
                    name(targets.get(1)) + ": base -> " + head + "\n",
                    name(targets.get(2)) + ": FAILED (at base): ")
                    .endsWith("upgrade on 3 targets: 2 succeeded, 1 failed\n");
            assertThat(first.out()).contains("users").containsIgnoringCase("already exists");
            assertThat(versions(targets.get(0))).containsExactly(head);
            assertThat(versions(targets.get(1))).containsExactly(head);
            assertThat(versions(targets.get(2))).isEmpty();
            // Each server really holds its own copy: the rows go where the URL says.
            execute(targets.get(1), "INSERT INTO users (name, email) VALUES ('on 5433', 'a@example.com')");

            execute(targets.get(2), "DROP TABLE users");
            CliRun rerun = app.autogen("upgrade", "--targets", "servers.txt");
            assertThat(rerun.exitCode()).as(rerun.toString()).isZero();
            assertThat(rerun.out()).contains(name(targets.get(0)) + ": at " + head + "\n",
                    name(targets.get(1)) + ": at " + head + "\n", name(targets.get(2)) + ": base -> " + head + "\n")
                    .endsWith("upgrade on 3 targets: 3 succeeded, 0 failed\n");
            for (String target : targets) {
                assertThat(versions(target)).containsExactly(head);
            }
            assertThat(count(targets.get(1))).isEqualTo(1);
            assertThat(count(targets.get(2))).isZero();
            CliRun check = app.autogen("check", "--targets", "servers.txt");
            assertThat(check.exitCode()).as(check.toString()).isZero();
            // verify replays the migrations in a scratch schema on each server, not in the targets.
            CliRun verify = app.autogen("verify", "--targets", "servers.txt", "--format", "json");
            assertThat(verify.exitCode()).as(verify.toString()).isZero();
            assertThat(verify.out()).startsWith("{\"command\":\"verify\",\"ok\":true,\"targets\":3,\"failed\":0,");
            for (String target : targets) {
                assertThat(versions(target)).containsExactly(head);
            }
            assertThat(count(targets.get(1))).isEqualTo(1);
        } finally {
            for (String server : servers) {
                execute(server, "DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
        }
    }

    private static String name(String url) {
        return SecretMask.url(url);
    }

    private static List<String> versions(String url) throws SQLException {
        List<String> versions = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT version_num FROM autogen_version")) {
                while (rs.next()) {
                    versions.add(rs.getString(1));
                }
            } catch (SQLException noVersionTableYet) {
                return List.of();
            }
        }
        return versions;
    }

    private static long count(String url) throws SQLException {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT count(*) FROM users")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void execute(String url, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
