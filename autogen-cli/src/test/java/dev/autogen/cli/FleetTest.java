package dev.autogen.cli;

import static dev.autogen.cli.BadInputTest.failsWith;
import static dev.autogen.cli.BooksTutorialTest.succeeds;
import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.testing.DatabaseTest;
import dev.autogen.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A fleet: one project, four tenant databases (SQLite files and MariaDB databases by URL,
 * PostgreSQL schemas by name), upgraded with {@code --targets}. One tenant is broken on purpose:
 * it is reported and the others reach head; after the fix a rerun upgrades only it. {@code current}
 * and {@code check} report on all of them; {@code --fail-fast} stops starting new ones.
 */
class FleetTest {
    private static final int TENANTS = 4;

    @DatabaseTest
    void upgradeEveryTenantReportTheBrokenOneAndRerunAfterTheFix(TestDatabase db) throws Exception {
        UserProject app = new UserProject(db);
        app.entities(Map.of("User", UsersTutorialTest.USER));
        succeeds(app.autogen("revision", "-m", "create users table"));
        String head = succeeds(app.autogen("heads")).out().split(" ")[0];
        Tenants tenants = Tenants.of(db);
        Files.writeString(app.dir().resolve("tenants.txt"), "# one tenant per line\n" + String.join("\n", tenants.lines())
                + "\n\n");
        tenants.execute(1, "CREATE TABLE users (id integer)");

        CliRun first = app.autogen("upgrade", "--targets", "tenants.txt", "--jobs", "2");

        assertThat(first.exitCode()).as(first.toString()).isEqualTo(1);
        for (int i = 0; i < TENANTS; i++) {
            String name = tenants.name(i);
            assertThat(first.out()).contains(i == 1 ? name + ": FAILED (at base): " : name + ": base -> " + head + "\n");
            assertThat(tenants.versions(i)).isEqualTo(i == 1 ? List.of() : List.of(head));
        }
        assertThat(first.out()).endsWith("upgrade on 4 targets: 3 succeeded, 1 failed\n");
        assertThat(first.err().lines()).hasSize(TENANTS).allMatch(line -> line.matches("autogen: \\[[1-4]/4] .*"));

        tenants.execute(1, "DROP TABLE users");
        CliRun rerun = fleetSucceeds(app.autogen("upgrade", "--targets", "tenants.txt"));
        assertThat(rerun.out()).contains(tenants.name(1) + ": base -> " + head + "\n",
                tenants.name(0) + ": at " + head + "\n", "upgrade on 4 targets: 4 succeeded, 0 failed");
        for (int i = 0; i < TENANTS; i++) {
            assertThat(tenants.versions(i)).containsExactly(head);
        }

        CliRun current = fleetSucceeds(app.autogen("current", "--targets", "tenants.txt", "--format", "json"));
        assertThat(current.out()).startsWith("{\"command\":\"current\",\"ok\":true,\"targets\":4,\"failed\":0,")
                .contains("\"before\":[\"" + head + "\"],\"after\":[\"" + head + "\"],\"error\":null");
        assertThat(fleetSucceeds(app.autogen("check", "--targets", "tenants.txt")).out())
                .contains("check on 4 targets: 4 succeeded, 0 failed");
        assertThat(fleetSucceeds(app.autogen("verify", "--targets", "tenants.txt")).out())
                .contains("verify on 4 targets: 4 succeeded, 0 failed");
        // The same tenants, asked of the configured database instead of listed (on SQLite it must exist).
        DriverManager.getConnection(db.url()).close();
        String query = "targets.query = " + String.join(" UNION ALL ", tenants.lines().stream()
                .map(line -> "SELECT '" + line + "'").toList()) + "\n";
        Files.writeString(app.dir().resolve("query.txt"), query);
        assertThat(fleetSucceeds(app.autogen("current", "--targets", "query.txt")).out())
                .contains(tenants.name(2) + ": at " + head + "\n", "current on 4 targets: 4 succeeded, 0 failed");
        failsWith(app.autogen("verify", "--targets", "tenants.txt", "--strict"),
                "--targets verifies on each target's own server; it cannot be combined with --scratch-url or --strict");

        app.entities(Map.of("User", UsersTutorialTest.USER_WITH_AGE));
        CliRun failFast = app.autogen("check", "--targets", "tenants.txt", "--jobs", "1", "--fail-fast",
                "--format", "markdown");
        assertThat(failFast.exitCode()).as(failFast.toString()).isEqualTo(1);
        assertThat(failFast.out()).startsWith("### autogen check on 4 targets: 0 succeeded, 4 failed")
                .contains("| :x: | " + tenants.name(0) + " | " + head + " | " + head
                        + " | 1 error, first: the entities need a change no revision holds: added column users.age")
                .contains("| :x: | " + tenants.name(3) + " |  |  | not run: an earlier target failed (--fail-fast) |");
        tenants.dropAll();
    }

    @DatabaseTest
    void aTargetsFileThatCannotBeReadIsOneLineAndExitTwo(TestDatabase db) throws Exception {
        UserProject app = new UserProject(db);
        failsWith(app.autogen("upgrade", "--targets", "nosuch.txt"), "--targets nosuch.txt does not exist");
        Files.writeString(app.dir().resolve("bad.txt"), "tenant_a\nnot a schema!\n");
        failsWith(app.autogen("current", "--targets", "bad.txt"),
                "bad.txt:2: 'not a schema!' is neither a JDBC URL (jdbc:...) nor a schema name");
        Files.writeString(app.dir().resolve("twice.txt"), "tenant_a\ntenant_a\n");
        failsWith(app.autogen("current", "--targets", "twice.txt"), "names tenant_a twice");
        Files.writeString(app.dir().resolve("empty.txt"), "# nobody\n");
        failsWith(app.autogen("check", "--targets", "empty.txt"), "names no target");
        failsWith(app.autogen("upgrade", "--targets", "twice.txt", "--jobs", "0"), "--jobs must be at least 1");
    }

    /** A fleet run that succeeded: exit 0, a progress line per target on stderr and nothing else there. */
    private static CliRun fleetSucceeds(CliRun run) {
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.err().lines()).as(run.toString()).hasSize(TENANTS).allMatch(line -> line.startsWith("autogen: ["));
        return run;
    }

    /** Four tenants on the test's server: SQLite files, PostgreSQL schemas, MariaDB databases. */
    private record Tenants(TestDatabase db, List<String> lines, List<String> urls, List<String> schemas) {
        static Tenants of(TestDatabase db) throws SQLException {
            List<String> lines = new ArrayList<>();
            List<String> urls = new ArrayList<>();
            List<String> schemas = new ArrayList<>();
            String unique = Long.toHexString(System.nanoTime());
            for (int i = 0; i < TENANTS; i++) {
                String name = "tenant_" + unique + "_" + i;
                if (db.isSqlite()) {
                    String url = "jdbc:sqlite:" + db.workDir().resolve(name + ".db");
                    lines.add(url);
                    urls.add(url);
                    schemas.add("");
                } else if (db.isPostgres()) {
                    execute(db.url(), "CREATE SCHEMA " + name);
                    lines.add(name);
                    urls.add(db.url());
                    schemas.add(name);
                } else {
                    execute(db.url(), "CREATE DATABASE " + name);
                    String url = db.url().replaceFirst("(jdbc:mariadb://[^/]+/)[^?]*", "$1" + name);
                    lines.add(url);
                    urls.add(url);
                    schemas.add("");
                }
            }
            return new Tenants(db, lines, urls, schemas);
        }

        String name(int i) {
            return db.isPostgres() ? schemas.get(i) : dev.autogen.SecretMask.url(urls.get(i));
        }

        void execute(int i, String sql) throws SQLException {
            execute(urls.get(i), (schemas.get(i).isEmpty() ? "" : "SET search_path TO " + schemas.get(i) + "; ") + sql);
        }

        List<String> versions(int i) throws SQLException {
            String table = (schemas.get(i).isEmpty() ? "" : schemas.get(i) + ".") + "autogen_version";
            List<String> versions = new ArrayList<>();
            try (Connection c = DriverManager.getConnection(urls.get(i)); Statement s = c.createStatement()) {
                try (ResultSet rs = s.executeQuery("SELECT version_num FROM " + table)) {
                    while (rs.next()) {
                        versions.add(rs.getString(1));
                    }
                } catch (SQLException noVersionTableYet) {
                    return List.of();
                }
            }
            return versions;
        }

        void dropAll() throws SQLException {
            for (int i = 0; i < TENANTS; i++) {
                if (db.isMariaDb()) {
                    execute(db.url(), "DROP DATABASE " + urls.get(i).replaceFirst("jdbc:mariadb://[^/]+/([^?]*).*", "$1"));
                }
            }
        }

        private static void execute(String url, String sql) throws SQLException {
            try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
                s.execute(sql);
            }
        }
    }
}
