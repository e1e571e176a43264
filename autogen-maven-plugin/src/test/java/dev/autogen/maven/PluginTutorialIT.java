package dev.autogen.maven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.revision.ClasspathMigrations;
import dev.autogen.revision.LoadedRevision;
import dev.autogen.revision.RevisionChecksum;
import dev.autogen.testing.DatabaseTest;
import dev.autogen.testing.TestDatabase;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * docs/maven.md's tutorial with real Maven on the sample project (src/it/tutorial): a revision,
 * compile and upgrade; an entity edit that {@code mvn verify} (check bound to it) rejects; a second
 * revision after which it passes. On SQLite step by step, with the URL in autogen.properties; on
 * PostgreSQL and MariaDB in fewer builds, with {@code -Dautogen.url}.
 */
class PluginTutorialIT {
    private static final String AGE = "    private Integer age;\n}\n";

    @DatabaseTest
    void theTutorialRunsAsWritten(TestDatabase db) throws Exception {
        Path shop = sample(db.workDir().resolve("shop"));
        List<String> url = new ArrayList<>();
        if (db.isSqlite()) {
            Files.writeString(shop.resolve("autogen.properties"), "url=" + db.url() + "\n");
        } else {
            url.add("-Dautogen.url=" + db.url());
        }
        Path migrations = shop.resolve("src/main/java/com/example/migrations");

        if (db.isSqlite()) {
            MavenRun revision = mvn(shop, url, "-q", "autogen:revision", "-Dautogen.message=create users table")
                    .succeeds();
            assertThat(revision.text()).as("-q keeps the build quiet").isBlank();
            assertThat(files(migrations)).hasSize(1);
            MavenRun upgrade = mvn(shop, url, "compile", "autogen:upgrade").succeeds();
            assertThat(upgrade.output()).contains("[INFO] Running upgrade  -> " + firstId(migrations));
        } else {
            // The revision compiles the project before it writes the file; compile puts it in target/classes.
            mvn(shop, url, "autogen:revision", "-Dautogen.message=create users table", "autogen:upgrade", "compile")
                    .succeeds();
        }
        String first = firstId(migrations);
        assertThat(versions(db)).containsExactly(first);
        assertThat(columns(db, "users")).containsExactly("id", "name");
        execute(db, "INSERT INTO users (name) VALUES ('ada')");
        assertRecordedChecksumsAreTheCompiledClasses(db, shop);

        if (db.isSqlite()) {
            // Bad input: the build fails with the command's one line, and nothing changes.
            MavenRun bad = mvn(shop, url, "autogen:downgrade", "-Dautogen.target=nosuch").fails();
            assertThat(bad.text().lines().filter(line -> line.startsWith("[ERROR] Failed to execute goal")))
                    .singleElement().asString()
                    .startsWith("[ERROR] Failed to execute goal dev.autogen:autogen-maven-plugin:")
                    .contains(":downgrade (default-cli) on project shop: ", "nosuch");
            assertThat(versions(db)).containsExactly(first);
            assertThat(rows(db, "SELECT name FROM users")).containsExactly(List.of("ada"));
        }

        // An entity change without a revision: the gate bound to verify fails the build and says why.
        Path user = shop.resolve("src/main/java/com/example/model/User.java");
        Files.writeString(user, Files.readString(user).replace("}\n", "").stripTrailing() + "\n\n" + AGE);
        MavenRun gate = mvn(shop, url, "verify").fails();
        assertThat(gate.output()).contains("[ERROR] error: revision " + first + ": the entities need a change no"
                + " revision holds: added column users.age [schema-difference]", "BUILD FAILURE",
                "check: 1 error, 0 warnings (listed above)");

        if (db.isSqlite()) {
            mvn(shop, url, "autogen:revision", "-Dautogen.message=add age").succeeds();
            MavenRun passes = mvn(shop, url, "-q", "autogen:upgrade", "verify").succeeds();
            assertThat(passes.text()).isBlank();
        } else {
            MavenRun passes = mvn(shop, url, "autogen:revision", "-Dautogen.message=add age", "autogen:upgrade",
                    "verify").succeeds();
            assertThat(passes.output()).contains("check: no differences found", "BUILD SUCCESS");
        }
        assertThat(files(migrations)).hasSize(2);
        assertThat(versions(db)).hasSize(1).doesNotContain(first);
        assertThat(columns(db, "users")).containsExactly("age", "id", "name");
        assertThat(rows(db, "SELECT name, age FROM users")).containsExactly(List.of("ada", "null"));
        assertRecordedChecksumsAreTheCompiledClasses(db, shop);
    }

    /**
     * The classes the build compiled into target/classes, as AutogenMigrator would load them in the
     * application, have the checksums the plugin recorded from the sources.
     */
    private static void assertRecordedChecksumsAreTheCompiledClasses(TestDatabase db, Path shop) throws Exception {
        Map<String, String> recorded = new TreeMap<>();
        for (List<String> row : rows(db, "SELECT version_num, checksum FROM autogen_version_checksums")) {
            recorded.put(row.get(0), row.get(1));
        }
        try (URLClassLoader app = new URLClassLoader(new URL[] {shop.resolve("target/classes").toUri().toURL()},
                PluginTutorialIT.class.getClassLoader())) {
            List<LoadedRevision> compiled = ClasspathMigrations.scan(app, "com.example.migrations");
            assertThat(compiled).hasSize(recorded.size());
            for (LoadedRevision revision : compiled) {
                String row = recorded.get(revision.info().id());
                assertThat(row).startsWith("ops:");
                assertThat(RevisionChecksum.matches(row, revision)).as(revision.info().id()).isTrue();
            }
        }
    }

    private static MavenRun mvn(Path project, List<String> url, String... arguments) throws Exception {
        List<String> all = new ArrayList<>(url);
        all.addAll(List.of(arguments));
        return MavenRun.in(project, all.toArray(String[]::new));
    }

    private static Path sample(Path target) throws IOException {
        Path template = Path.of(MavenRun.property("autogen.it.sample"));
        try (Stream<Path> files = Files.walk(template)) {
            for (Path file : files.toList()) {
                Path copy = target.resolve(template.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.writeString(copy, Files.readString(file).replace("@autogen.version@",
                            MavenRun.property("autogen.it.version")), StandardCharsets.UTF_8);
                }
            }
        }
        return target;
    }

    private static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        }
    }

    /** The id of the oldest migration file: generated file names start with their creation time. */
    private static String firstId(Path migrations) throws IOException {
        String source = Files.readString(files(migrations).get(0));
        int at = source.indexOf("id = \"");
        return source.substring(at + 6, at + 18);
    }

    private static List<String> versions(TestDatabase db) throws SQLException {
        return rows(db, "SELECT version_num FROM autogen_version").stream().map(r -> r.get(0)).toList();
    }

    private static List<String> columns(TestDatabase db, String table) throws SQLException {
        List<String> names = new ArrayList<>();
        // MariaDB's driver calls a database a catalog and has no schema: name it, or every database answers.
        try (Connection c = db.connect(); ResultSet rs = c.getMetaData().getColumns(c.getCatalog(), c.getSchema(),
                table, null)) {
            while (rs.next()) {
                names.add(rs.getString("COLUMN_NAME"));
            }
        }
        return names.stream().sorted().toList();
    }

    private static void execute(TestDatabase db, String sql) throws SQLException {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static List<List<String>> rows(TestDatabase db, String sql) throws SQLException {
        List<List<String>> rows = new ArrayList<>();
        try (Connection c = db.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    row.add(String.valueOf(rs.getString(i)));
                }
                rows.add(row);
            }
        }
        return rows;
    }
}
