package dev.autogen.cli;

import static dev.autogen.cli.BooksTutorialTest.succeeds;
import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.testing.DatabaseTest;
import dev.autogen.testing.TestDatabase;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/**
 * A bare command ({@code autogen history}, {@code autogen upgrade head}) runs without picocli, and
 * nothing a user sees changes: its command object holds what picocli's parse would put there, and
 * it prints and exits as the picocli-built command does, on success and on error.
 */
class PlainInvocationTest {

    @Test
    void aBareCommandHoldsWhatPicocliWouldFillIn(@TempDir Path folder) throws Exception {
        for (List<String> words : PlainInvocation.forms()) {
            Console console = new Console(System.out, System.err);
            CommandLine whole = CommandLineFactory.create(console, Map.of(), folder);
            CommandLine.ParseResult parsed = whole.parseArgs(words.toArray(String[]::new));
            Object byPicocli = parsed.subcommand().commandSpec().userObject();
            Object plain = PlainInvocation.command(new AutogenCommand(console, Map.of(), folder),
                    words.toArray(String[]::new)).orElseThrow();

            assertThat(plain).as(String.join(" ", words)).isExactlyInstanceOf(byPicocli.getClass());
            assertSameFields(String.join(" ", words), byPicocli, plain);
        }
    }

    @Test
    void anythingMoreThanTheBareWordsGoesThroughPicocli(@TempDir Path folder) {
        AutogenCommand root = new AutogenCommand(new Console(System.out, System.err), Map.of(), folder);
        for (String[] args : List.of(new String[] {"history", "-v"}, new String[] {"upgrade", "+1"},
                new String[] {"--debug", "check"}, new String[] {"check", "--format", "json"},
                new String[] {"downgrade"}, new String[] {"upgrade", "head", "--sql"}, new String[] {},
                new String[] {"revision", "-m"}, new String[] {"revision", "-m", "-x"},
                new String[] {"revision", "-m", "@args.txt"}, new String[] {"revision", "-m", "x", "--safe"},
                new String[] {"revision", "--message=x"}, new String[] {"revision", "-m", ""},
                new String[] {"revision", "--empty", "-m", "x"})) {
            assertThat(PlainInvocation.command(root, args)).as(String.join(" ", args)).isEmpty();
        }
    }

    @DatabaseTest
    void aBareCommandPrintsWhatThePicocliBuiltOnePrints(TestDatabase db) throws Exception {
        UserProject app = new UserProject(db);
        DatabaseView database = new DatabaseView(db);
        app.entities(Map.of("User", UsersTutorialTest.USER));
        succeeds(app.autogen("revision", "-m", "create users table"));
        succeeds(app.autogen("upgrade", "head"));
        database.execute("INSERT INTO users (name, email) VALUES ('Ann', 'ann@example.com'), ('O''Brien', NULL),"
                + " ('Zoë ✓', 'z@example.com')");
        List<Map<String, Object>> rows = users(database);
        assertThat(rows).hasSize(3);
        app.entities(Map.of("User", UsersTutorialTest.USER_WITH_AGE));
        succeeds(app.autogen("revision", "-m", "add age"));
        // One revision behind head; an upgrade starts from there both ways.
        for (List<String> words : PlainInvocation.forms()) {
            behindHead(app);
            CliRun byPicocli = throughPicocli(app.dir(), words);
            behindHead(app);
            CliRun plain = app.autogen(words.toArray(String[]::new));
            assertThat(plain).as(String.join(" ", words) + " behind head").isEqualTo(byPicocli);
            assertThat(users(database)).as(String.join(" ", words) + " behind head").isEqualTo(rows);
        }
        // At head, nothing to write.
        succeeds(app.autogen("upgrade", "head"));
        for (List<String> words : PlainInvocation.forms()) {
            assertThat(app.autogen(words.toArray(String[]::new))).as(String.join(" ", words) + " at head")
                    .isEqualTo(throughPicocli(app.dir(), words));
        }
        assertThat(users(database)).isEqualTo(rows);
        // The entities changed without a revision: check fails (revision, which would write a file
        // named by a random id, is left out).
        app.entities(Map.of("User", UsersTutorialTest.USER));
        for (List<String> words : PlainInvocation.forms()) {
            if (!words.get(0).equals("revision")) {
                assertThat(app.autogen(words.toArray(String[]::new))).as(String.join(" ", words) + " changed")
                        .isEqualTo(throughPicocli(app.dir(), words));
            }
        }
        assertThat(app.autogen("check").exitCode()).isEqualTo(1);
        // An error: one line on stderr and exit 2, the same both ways.
        app.writeConfig("""
                url=jdbc:postgresql://127.0.0.1:1/nowhere
                script.location=src/main/java/com/example/migrations
                entities.classpath=target/classes
                entities.packages=com.example.model
                """);
        for (List<String> words : PlainInvocation.forms()) {
            CliRun plain = app.autogen(words.toArray(String[]::new));
            assertThat(plain).as(String.join(" ", words) + " failing").isEqualTo(throughPicocli(app.dir(), words));
            if (List.of("current", "check", "upgrade", "revision").contains(words.get(0))) {
                assertThat(plain.exitCode()).as(plain.toString()).isEqualTo(2);
                assertThat(plain.err().lines()).as(plain.toString()).hasSize(1);
            }
        }
    }

    /** The rows the test put in, which no upgrade or downgrade of a column of their table may touch. */
    private static List<Map<String, Object>> users(DatabaseView database) throws Exception {
        return database.query("SELECT name, email FROM users ORDER BY id");
    }

    private static void behindHead(UserProject app) {
        succeeds(app.autogen("upgrade", "head"));
        succeeds(app.autogen("downgrade", "-1"));
    }

    private static CliRun throughPicocli(Path dir, List<String> words) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Console console = new Console(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        String[] args = words.toArray(String[]::new);
        int exit = CommandLineFactory.create(console, Map.of(), dir, args).execute(args);
        return new CliRun(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Every field of the command and of its mixins equal, but the parent command each points to. */
    private static void assertSameFields(String what, Object expected, Object actual) throws IllegalAccessException {
        for (Field field : expected.getClass().getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) || field.isAnnotationPresent(ParentCommand.class)) {
                continue;
            }
            field.setAccessible(true);
            Object want = field.get(expected);
            Object got = field.get(actual);
            if (field.isAnnotationPresent(Mixin.class)) {
                assertSameFields(what + " " + field.getName(), want, got);
            } else {
                assertThat(got).as(what + ": " + field.getName()).isEqualTo(want);
            }
        }
    }
}
