package dev.autogen.cli;

import static dev.autogen.cli.BooksTutorialTest.succeeds;
import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.testing.DatabaseTest;
import dev.autogen.testing.TestDatabase;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every bad input gets one line on stderr, exit code 2, and changes nothing. */
class BadInputTest {

    static final String USER = UsersTutorialTest.USER;

    static void failsWith(CliRun run, String expected) {
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
        assertThat(run.err().lines()).as(run.toString()).hasSize(1);
        assertThat(run.err()).as(run.toString()).startsWith("autogen: error: ").contains(expected);
    }

    @DatabaseTest
    void unknownConfigKeyIsNamed(TestDatabase db) throws Exception {
        UserProject app = new UserProject(db);
        app.writeConfig("url=" + db.url() + "\nentities.pakages=com.example.model\n");
        failsWith(app.autogen("upgrade"), "unknown key 'entities.pakages'");
        assertThat(app.autogen("upgrade").err()).contains("did you mean 'entities.packages'?");
        assertThat(new DatabaseView(db).tables()).isEmpty();
    }

    @DatabaseTest
    void unknownTargetChangesNothing(TestDatabase db) throws Exception {
        UserProject app = migratedUsers(db);
        failsWith(app.autogen("upgrade", "ffffffffffff"), "ffffffffffff");
        failsWith(app.autogen("downgrade", "nonsense"), "nonsense");
        assertThat(new DatabaseView(db).tables()).contains("users");
    }

    @DatabaseTest
    void revisionRefusesADatabaseBehindHead(TestDatabase db) throws Exception {
        UserProject app = migratedUsers(db);
        succeeds(app.autogen("downgrade", "base"));
        app.entities(Map.of("User", UsersTutorialTest.USER_WITH_AGE));
        failsWith(app.autogen("revision", "-m", "added age column"), "not up to date");
        assertThat(app.migrationFiles()).hasSize(1);
    }

    @DatabaseTest
    void migrationThatDoesNotCompileIsNamed(TestDatabase db) throws Exception {
        UserProject app = migratedUsers(db);
        Path broken = app.dir().resolve("src/main/java/com/example/migrations/Broken.java");
        Files.writeString(broken, "package com.example.migrations;\nclass Broken { int x = ; }\n");
        failsWith(app.autogen("upgrade"), "Broken.java:2");
        assertThat(new DatabaseView(db).versions()).hasSize(1);
    }

    @Test
    void unreachableDatabase(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("autogen.properties"), "url=jdbc:postgresql://127.0.0.1:1/app\n");
        Files.createDirectories(dir.resolve("migrations"));
        failsWith(run(dir, "current"), "cannot connect to jdbc:postgresql://127.0.0.1:1/app");
    }

    @Test
    void unsupportedDatabase(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("autogen.properties"), "url=jdbc:oracle:thin:@localhost:1521:xe\n");
        Files.createDirectories(dir.resolve("migrations"));
        failsWith(run(dir, "current"), "unsupported database URL");
    }

    @Test
    void missingConfiguration(@TempDir Path dir) {
        failsWith(run(dir, "upgrade"), "no autogen.properties in " + dir);
    }

    @Test
    void missingEnvironmentVariable(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("autogen.properties"), "url=${NO_SUCH_AUTOGEN_VARIABLE}\n");
        failsWith(run(dir, "current"), "NO_SUCH_AUTOGEN_VARIABLE");
    }

    @Test
    void revisionNeedsAMessage(@TempDir Path dir) {
        failsWith(run(dir, "revision"), "--message");
    }

    @Test
    void unknownCommand(@TempDir Path dir) {
        failsWith(run(dir, "upgrayed"), "upgrayed");
    }

    @Test
    void initNeverOverwrites(@TempDir Path dir) throws Exception {
        assertThat(run(dir, "init").exitCode()).isZero();
        String written = Files.readString(dir.resolve("autogen.properties"));
        failsWith(run(dir, "init"), "already exists");
        assertThat(Files.readString(dir.resolve("autogen.properties"))).isEqualTo(written);
    }

    static UserProject migratedUsers(TestDatabase db) {
        UserProject app = new UserProject(db);
        app.entities(Map.of("User", USER));
        succeeds(app.autogen("revision", "-m", "create users table"));
        succeeds(app.autogen("upgrade", "head"));
        return app;
    }

    static CliRun run(Path dir, String... args) {
        return run(dir, Map.of(), args);
    }

    static CliRun run(Path dir, Map<String, String> env, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), env, dir);
        return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
