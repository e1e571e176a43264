package dev.autogen.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.autogen.AutogenException;
import dev.autogen.revision.LoadedRevision;
import dev.autogen.revision.RevisionChecksum;
import dev.autogen.testing.DatabaseTest;
import dev.autogen.testing.TestDatabase;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.logging.Logger;
import java.util.stream.Stream;
import javax.sql.DataSource;
import javax.tools.ToolProvider;

/**
 * The entry point for applications: migrations compiled ahead of time (here by javac into a folder
 * and a jar), found through a class loader, applied over a DataSource, each once.
 */
class AutogenMigratorTest {
    static final String R1 = "e00000000001";
    static final String R2 = "e00000000002";

    @DatabaseTest
    void upgradesFromCompiledClassesInAFolder(TestDatabase db) throws Exception {
        Path classes = compiledMigrations(db);
        List<String> log = new ArrayList<>();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
            AutogenMigrator migrator = AutogenMigrator.forDataSource(new UrlDataSource(db.url()))
                    .migrations(loader, MigrationSources.PACKAGE).log(log::add);

            assertThat(migrator.upgradeToHead()).containsExactly(R1, R2);
            assertThat(migrator.upgradeToHead()).as("a second start finds nothing to do").isEmpty();
            assertThat(migrator.currentHeads()).containsExactly(R2);
        }
        JdbcCatalog catalog = new JdbcCatalog(db);
        assertThat(catalog.columns("items")).containsOnlyKeys("id", "label");
        assertThat(catalog.versions()).containsExactly(R2);
        assertThat(log).containsExactly("Running upgrade  -> " + R1 + ", revision " + R1,
                "Running upgrade " + R1 + " -> " + R2 + ", revision " + R2);
    }

    @DatabaseTest
    void upgradesFromAJarToATarget(TestDatabase db) throws Exception {
        Path jar = jar(compiledMigrations(db), db.workDir().resolve("app.jar"));
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, getClass().getClassLoader())) {
            AutogenMigrator migrator = AutogenMigrator.forDataSource(new UrlDataSource(db.url()))
                    .migrations(loader, MigrationSources.PACKAGE).versionTable("app_schema_version").log(line -> { });

            assertThat(migrator.upgrade(R1)).containsExactly(R1);
            assertThat(migrator.upgradeToHead()).containsExactly(R2);
        }
        assertThat(new JdbcCatalog(db).tables()).contains("app_schema_version", "items");
    }

    @DatabaseTest
    void aPackageWithoutMigrationsIsAnError(TestDatabase db) throws Exception {
        Path classes = compiledMigrations(db);
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
            AutogenMigrator migrator = AutogenMigrator.forDataSource(new UrlDataSource(db.url()))
                    .migrations(loader, "com.example.nothing");

            assertThatThrownBy(migrator::upgradeToHead).isInstanceOf(AutogenException.class)
                    .hasMessageStartingWith("no @Revision classes in package com.example.nothing on the class path");
        }
        assertThat(new JdbcCatalog(db).tables()).isEmpty();
    }

    @DatabaseTest
    void recordsTheChecksumsTheCommandLineRecords(TestDatabase db) throws Exception {
        MigrationSources sources = migrationSources(db);
        Path classes = compiled(sources, db);
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
            AutogenMigrator.forDataSource(new UrlDataSource(db.url())).migrations(loader, MigrationSources.PACKAGE)
                    .log(line -> { }).upgradeToHead();
        }
        JdbcCatalog catalog = new JdbcCatalog(db);
        List<List<String>> recorded = catalog.rows("SELECT version_num, checksum FROM autogen_version_checksums"
                + " ORDER BY version_num");
        assertThat(recorded).extracting(row -> row.get(0)).containsExactly(R1, R2);
        assertThat(recorded).allSatisfy(row -> assertThat(row.get(1)).matches("ops:[0-9a-f]{60}"));
        assertThat(recorded.get(0).get(1)).isNotEqualTo(recorded.get(1).get(1));

        // The command line compiles the same sources itself; what `check` compares agrees with the rows.
        for (LoadedRevision revision : sources.planner().revisions()) {
            String row = recorded.stream().filter(r -> r.get(0).equals(revision.info().id())).findFirst()
                    .orElseThrow().get(1);
            assertThat(RevisionChecksum.matches(row, revision)).as(revision.info().id()).isTrue();
        }
        // Reverted and applied again by the command line's path, the rows are the same.
        assertThat(sources.downgrade("base")).containsExactly(R2, R1);
        assertThat(catalog.rows("SELECT version_num FROM autogen_version_checksums")).isEmpty();
        assertThat(sources.upgrade("head")).containsExactly(R1, R2);
        assertThat(catalog.rows("SELECT version_num, checksum FROM autogen_version_checksums ORDER BY version_num"))
                .isEqualTo(recorded);
    }

    @DatabaseTest
    void listsValidatesAndBaselinesForAnApplication(TestDatabase db) throws Exception {
        Path classes = compiled(migrationSources(db), db);
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
            AutogenMigrator migrator = AutogenMigrator.forDataSource(new UrlDataSource(db.url()))
                    .migrations(loader, List.of(MigrationSources.PACKAGE)).log(line -> { });
            assertThat(migrator.revisions()).extracting(RevisionStatus::id, RevisionStatus::applied, RevisionStatus::current)
                    .containsExactly(tuple(R2, false, false), tuple(R1, false, false));

            migrator.upgrade(R1);
            assertThat(migrator.revisions()).extracting(RevisionStatus::id, RevisionStatus::applied, RevisionStatus::current)
                    .containsExactly(tuple(R2, false, false), tuple(R1, true, true));
            migrator.validate();

            // An applied revision whose class no longer does what was recorded: listed as edited, refused.
            execute(db, "UPDATE autogen_version_checksums SET checksum = 'ops:" + "0".repeat(60) + "' WHERE version_num = '"
                    + R1 + "'");
            assertThat(migrator.revisions()).filteredOn(RevisionStatus::edited).extracting(RevisionStatus::id)
                    .containsExactly(R1);
            assertThatThrownBy(migrator::validate).isInstanceOf(AutogenException.class).hasMessageContaining(R1)
                    .hasMessageContaining("edited after");

            // Tables without a version (another tool made them): baselined at R1, checksums and all.
            execute(db, "DROP TABLE autogen_version_checksums");
            execute(db, "DROP TABLE autogen_version");
            assertThat(migrator.baseline(R1)).isTrue();
            assertThat(migrator.currentHeads()).containsExactly(R1);
            migrator.validate();
            assertThat(migrator.baseline(R1)).as("a database with a version is left alone").isFalse();
            assertThat(migrator.upgradeToHead()).containsExactly(R2);
        }
        assertThat(new JdbcCatalog(db).columns("items")).containsOnlyKeys("id", "label");
    }

    @DatabaseTest
    void anEmptyDatabaseIsNotBaselinedAndAnUnknownVersionIsRefused(TestDatabase db) throws Exception {
        Path classes = compiled(migrationSources(db), db);
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
            AutogenMigrator migrator = AutogenMigrator.forDataSource(new UrlDataSource(db.url()))
                    .migrations(loader, MigrationSources.PACKAGE).log(line -> { });
            assertThat(migrator.baseline(R1)).isFalse();
            assertThat(migrator.upgradeToHead()).containsExactly(R1, R2);
            execute(db, "UPDATE autogen_version SET version_num = 'f00000000009'");
            assertThatThrownBy(migrator::validate).isInstanceOf(AutogenException.class)
                    .hasMessageContaining("f00000000009");
        }
    }

    private static void execute(TestDatabase db, String sql) throws SQLException {
        try (Connection c = db.connect(); java.sql.Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    /**
     * A start that fails part way through a revision because a table is missing: where DDL commits
     * statement by statement (MariaDB) the migrator says how far the revision got, and the next start,
     * once the table is there, resumes at the statement that failed; elsewhere nothing of it stayed.
     */
    @DatabaseTest
    void aStartStoppedPartWayIsShownAndTheNextStartFinishesIt(TestDatabase db) throws Exception {
        MigrationSources sources = new MigrationSources(db)
                .first(R1, "op.createTable(\"items\", column(\"id\", Type.bigint()).notNull(), primaryKey(\"id\"));",
                        "op.dropTable(\"items\");")
                .revision(R2, R1, """
                        op.addColumn("items", column("label", Type.varchar(40)));
                        op.execute("INSERT INTO stock (item_id) VALUES (1)");
                        """, "op.dropColumn(\"items\", \"label\");");
        Path classes = compiled(sources, db);
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
            AutogenMigrator migrator = AutogenMigrator.forDataSource(new UrlDataSource(db.url()))
                    .migrations(loader, MigrationSources.PACKAGE).log(line -> { });

            assertThatThrownBy(migrator::upgradeToHead).isInstanceOf(MigrationFailedException.class)
                    .hasMessageContaining("revision " + R2 + " failed").hasMessageContaining("stock");
            assertThat(migrator.currentHeads()).containsExactly(R1);
            assertThat(migrator.partialRevision().map(RevisionProgress::describe)).isEqualTo(db.isMariaDb()
                    ? Optional.of(R2 + " (partially applied: 1 of 2 statements)") : Optional.empty());
            // The listing the starter's endpoint shows says the same, on the revision it concerns.
            assertThat(migrator.revisions()).extracting(RevisionStatus::id, RevisionStatus::applied,
                    RevisionStatus::partial).containsExactly(
                            tuple(R2, false, db.isMariaDb() ? Optional.of(new PartialState(Direction.UPGRADE, 1, 2))
                                    : Optional.empty()),
                            tuple(R1, true, Optional.empty()));
            migrator.revisions().get(0).partial().ifPresent(p -> assertThat(p.describe())
                    .isEqualTo("partially applied: 1 of 2 statements"));
            assertThat(new JdbcCatalog(db).columns("items")).containsOnlyKeys(db.isMariaDb()
                    ? new String[] {"id", "label"} : new String[] {"id"});

            try (Connection c = db.connect(); java.sql.Statement s = c.createStatement()) {
                s.execute("CREATE TABLE stock (item_id INTEGER)");
            }
            assertThat(migrator.upgradeToHead()).containsExactly(R2);
            assertThat(migrator.partialRevision()).isEmpty();
            assertThat(migrator.revisions()).allSatisfy(r -> assertThat(r.partial()).isEmpty());
            assertThat(migrator.currentHeads()).containsExactly(R2);
        }
        JdbcCatalog catalog = new JdbcCatalog(db);
        assertThat(catalog.columns("items")).containsOnlyKeys("id", "label");
        assertThat(catalog.rows("SELECT item_id FROM stock")).hasSize(1);
    }

    /** Two revisions and a helper class that is not a migration, compiled by javac into a folder. */
    static Path compiledMigrations(TestDatabase db) throws IOException {
        MigrationSources sources = migrationSources(db);
        Files.writeString(sources.folder().resolve("Helper.java"), "package m;\nfinal class Helper {\n}\n");
        return compiled(sources, db);
    }

    private static MigrationSources migrationSources(TestDatabase db) throws IOException {
        MigrationSources sources = new MigrationSources(db)
                .first(R1, "op.createTable(\"items\", column(\"id\", Type.bigint()).notNull(), primaryKey(\"id\"));",
                        "op.dropTable(\"items\");")
                .revision(R2, R1, "op.addColumn(\"items\", column(\"label\", Type.varchar(40)));",
                        "op.dropColumn(\"items\", \"label\");");
        return sources;
    }

    private static Path compiled(MigrationSources sources, TestDatabase db) throws IOException {
        Path classes = db.workDir().resolve("classes");
        List<String> args = new ArrayList<>(List.of("-d", classes.toString(), "-classpath",
                System.getProperty("java.class.path"), "-proc:none"));
        try (Stream<Path> files = Files.list(sources.folder())) {
            files.map(Path::toString).forEach(args::add);
        }
        int status = ToolProvider.getSystemJavaCompiler().run(null, null, OutputStream.nullOutputStream(),
                args.toArray(String[]::new));
        assertThat(status).isZero();
        return classes;
    }

    private static Path jar(Path classes, Path jar) throws IOException {
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
                Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.sorted().toList()) {
                String name = classes.relativize(file).toString().replace('\\', '/');
                if (name.isEmpty()) {
                    continue;
                }
                out.putNextEntry(new JarEntry(Files.isDirectory(file) ? name + "/" : name));
                if (!Files.isDirectory(file)) {
                    out.write(Files.readAllBytes(file));
                }
                out.closeEntry();
            }
        }
        return jar;
    }
}
