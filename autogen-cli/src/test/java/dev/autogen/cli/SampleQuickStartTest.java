package dev.autogen.cli;

import static dev.autogen.cli.BooksTutorialTest.succeeds;
import static org.assertj.core.api.Assertions.assertThat;

import com.example.model.Book;
import dev.autogen.testing.DatabaseTest;
import dev.autogen.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;

/** The README's quick start on the sample entities: one revision, upgrade, and then nothing left to do. */
class SampleQuickStartTest {

    @DatabaseTest
    void sampleModelMigratesAndThenHasNoChanges(TestDatabase db) throws Exception {
        UserProject app = new UserProject(db);
        Path sampleClasses = Path.of(Book.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        app.writeConfig("""
                url=%s
                script.location=migrations
                script.package=com.example.migrations
                entities.classpath=%s
                entities.packages=com.example.model
                """.formatted(db.url(), sampleClasses));

        Files.createDirectories(app.dir().resolve("migrations"));
        CliRun revision = succeeds(app.autogen("revision", "-m", "create tables"));
        assertThat(revision.out()).contains("Detected added table books", "Detected added table reviews",
                "Detected added table users");
        Path migrations = app.dir().resolve("migrations");
        try (var files = Files.list(migrations)) {
            Path file = files.findFirst().orElseThrow();
            String source = Files.readString(file);
            assertThat(source).startsWith("package com.example.migrations;")
                    .contains("@Revision(", "implements Migration", "public void upgrade(Operations op)",
                            "public void downgrade(Operations op)", "op.createTable(", "op.dropTable(\"reviews\")");
        }
        succeeds(app.autogen("upgrade", "head"));
        DatabaseView database = new DatabaseView(db);
        assertThat(database.tables()).contains("books", "reviews", "users", "autogen_version");

        CliRun again = succeeds(app.autogen("revision", "-m", "again"));
        assertThat(again.out()).contains("No changes in schema detected.");
        try (var files = Files.list(migrations)) {
            assertThat(files.count()).isEqualTo(1);
        }
    }
}
