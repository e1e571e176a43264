package dev.autogen.runtime;

import static dev.autogen.runtime.AutogenMigratorTest.R2;
import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.testing.DatabaseTest;
import dev.autogen.testing.TestDatabase;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The runtime API over many targets: three tenants (PostgreSQL schemas on one data source, SQLite
 * files and MariaDB databases each by their own data source), the second broken on purpose with a
 * table in the way. It is reported with the revision it stands at, the others reach head; after the
 * fix a rerun upgrades only it.
 */
class AutogenFleetTest {

    @DatabaseTest
    void upgradesEveryTargetReportsTheBrokenOneAndContinuesAfterTheFix(TestDatabase db) throws Exception {
        Path classes = AutogenMigratorTest.compiledMigrations(db);
        String unique = Long.toHexString(System.nanoTime());
        List<String> names = List.of("tenant_" + unique + "_0", "tenant_" + unique + "_1", "tenant_" + unique + "_2");
        List<String> urls = new ArrayList<>();
        for (String name : names) {
            urls.add(tenant(db, name));
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
            AutogenFleet fleet = fleet(db, names, urls, loader);
            execute(urls.get(1), "CREATE TABLE items (id integer)");

            List<FleetOutcome> first = fleet.upgradeToHead();

            assertThat(first).extracting(FleetOutcome::target).containsExactlyElementsOf(names);
            assertThat(first.get(0).describe()).isEqualTo(names.get(0) + ": base -> " + R2);
            assertThat(first.get(2).describe()).isEqualTo(names.get(2) + ": base -> " + R2);
            assertThat(first.get(1).ok()).isFalse();
            assertThat(first.get(1).after()).isEmpty();
            assertThat(first.get(1).describe()).startsWith(names.get(1) + ": FAILED (at base): ").contains("items");

            execute(urls.get(1), "DROP TABLE items");
            List<FleetOutcome> rerun = fleet.jobs(1).upgradeToHead();

            assertThat(rerun).allMatch(FleetOutcome::ok).extracting(FleetOutcome::describe).containsExactly(
                    names.get(0) + ": at " + R2, names.get(1) + ": base -> " + R2,
                    names.get(2) + ": at " + R2);
        } finally {
            for (String name : names) {
                drop(db, name);
            }
        }
    }

    /** PostgreSQL: schemas of one data source; the others: one data source per database. */
    private static AutogenFleet fleet(TestDatabase db, List<String> names, List<String> urls, ClassLoader loader) {
        if (db.isPostgres()) {
            return AutogenFleet.forSchemas(new UrlDataSource(db.url()), names,
                    m -> m.migrations(loader, MigrationSources.PACKAGE).log(line -> { })).jobs(3);
        }
        Map<String, DataSource> sources = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            sources.put(names.get(i), new UrlDataSource(urls.get(i)));
        }
        return AutogenFleet.forDataSources(sources,
                m -> m.migrations(loader, MigrationSources.PACKAGE).log(line -> { })).jobs(3);
    }

    /** A fresh tenant, and a URL that reaches it. */
    private static String tenant(TestDatabase db, String name) throws SQLException {
        if (db.isSqlite()) {
            return "jdbc:sqlite:" + db.workDir().resolve(name + ".db");
        } else if (db.isPostgres()) {
            execute(db.url(), "CREATE SCHEMA " + name);
            return db.url().replaceFirst("currentSchema=[^&]*", "currentSchema=" + name);
        }
        execute(db.url(), "CREATE DATABASE " + name);
        return db.url().replaceFirst("(jdbc:mariadb://[^/]+/)[^?]*", "$1" + name);
    }

    private static void drop(TestDatabase db, String name) throws SQLException {
        if (db.isPostgres()) {
            execute(db.url(), "DROP SCHEMA IF EXISTS " + name + " CASCADE");
        } else if (db.isMariaDb()) {
            execute(db.url(), "DROP DATABASE IF EXISTS " + name);
        }
    }

    private static void execute(String url, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
