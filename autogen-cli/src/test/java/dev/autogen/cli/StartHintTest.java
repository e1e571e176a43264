package dev.autogen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.testing.DatabaseTest;
import dev.autogen.testing.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * After each command the launcher names, autogen writes whether it booted Hibernate or ran javac
 * ({@code heavy}) or neither ({@code light}), so the launcher can start the project's next command
 * with the light ahead-of-time cache. Each command runs in its own JVM, as from the launcher.
 */
class StartHintTest {

    @DatabaseTest
    void aRunWithNothingToCompileOrBootIsLight(TestDatabase db) throws Exception {
        UserProject app = new UserProject(db);
        app.entities(Map.of("User", UsersTutorialTest.USER));
        Path hint = db.workDir().resolve("hint");

        assertThat(main(app, hint, 0, "revision", "-m", "create users")).isEqualTo("heavy");
        // The new migration is compiled once.
        assertThat(main(app, hint, 0, "upgrade", "head")).isEqualTo("heavy");
        DatabaseView database = new DatabaseView(db);
        database.execute("INSERT INTO users (name, email) VALUES ('Ann', 'ann@example.com'), ('O''Brien', NULL)");
        List<Map<String, Object>> rows = database.query("SELECT name, email FROM users ORDER BY id");
        assertThat(main(app, hint, 0, "check")).isEqualTo("light");
        assertThat(main(app, hint, 0, "revision", "-m", "nothing")).isEqualTo("light");
        assertThat(database.query("SELECT name, email FROM users ORDER BY id")).isEqualTo(rows).hasSize(2);

        app.entities(Map.of("User", UsersTutorialTest.USER_WITH_AGE));
        // check finds the change (exit 1) after booting Hibernate on the new classes.
        assertThat(main(app, hint, 1, "check")).isEqualTo("heavy");
    }

    /** Runs autogen in a child JVM from the project folder; returns the hint it left. */
    private static String main(UserProject app, Path hint, int expectedExit, String... args) throws Exception {
        Files.deleteIfExists(hint);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-D" + StartHint.PROPERTY + "=" + hint, "-cp", System.getProperty("java.class.path"),
                Main.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(app.dir().toFile()).redirectErrorStream(true);
        builder.environment().put("AUTOGEN_CACHE_DIR", app.db().workDir().resolve("cache").toString());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isEqualTo(expectedExit);
        return Files.readString(hint, StandardCharsets.UTF_8).strip();
    }
}
