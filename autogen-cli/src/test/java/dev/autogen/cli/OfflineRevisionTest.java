package dev.autogen.cli;

import static dev.autogen.cli.BooksTutorialTest.succeeds;
import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.testing.DatabaseTest;
import dev.autogen.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * {@code revision --offline} and {@code check --offline}: the schema the migrations make at head,
 * replayed without a database, stands in for a database at head. The URL given points where no
 * database can be reached, so any connection would fail the command.
 */
class OfflineRevisionTest {

    /** A URL of the same dialect where nothing answers: a port nobody listens on, a folder that does not exist. */
    private static String unreachable(TestDatabase db) {
        return db.isPostgres() ? "jdbc:postgresql://127.0.0.1:1/nothing"
                : "jdbc:sqlite:" + db.workDir().resolve("no/such/folder/app.db");
    }

    @DatabaseTest
    void offlineWritesTheFileOnlineWrites(TestDatabase db) throws Exception {
        UserProject app = new UserProject(db);
        app.entities(Map.of("User", UsersTutorialTest.USER));
        succeeds(app.autogen("revision", "-m", "create users table"));
        succeeds(app.autogen("upgrade", "head"));
        app.entities(Map.of("User", UsersTutorialTest.USER_WITH_AGE.replace("@Column(unique = true) String email;",
                "String email;")));

        CliRun check = app.autogen("--url", unreachable(db), "check", "--offline");
        assertThat(check.exitCode()).as(check.toString()).isEqualTo(1);
        assertThat(check.out()).contains("offline: the database was not read",
                "added column users.age [schema-difference]", "dropped unique constraint");

        CliRun offline = succeeds(app.autogen("--url", unreachable(db), "revision", "--offline", "--rev-id",
                "0123456789ab", "-m", "age and no unique email"));
        assertThat(offline.out()).contains("Detected added column users.age");
        Path file = newest(app);
        String offlineSource = withoutCreated(Files.readString(file));
        Files.delete(file);

        succeeds(app.autogen("revision", "--rev-id", "0123456789ab", "-m", "age and no unique email"));
        assertThat(withoutCreated(Files.readString(newest(app)))).isEqualTo(offlineSource);

        // The revision holds the change: offline, the entities and the migrations' head agree.
        succeeds(app.autogen("--url", unreachable(db), "check", "--offline"));
        succeeds(app.autogen("upgrade", "head"));
        succeeds(app.autogen("check"));
    }

    @DatabaseTest
    void offlineRefusesAHistoryThatChangesWhatItNeverCreated(TestDatabase db) throws Exception {
        UserProject app = ExistingDatabaseTest.hibernateBuilt(db);
        succeeds(app.autogen("revision", "--empty", "-m", "existing schema"));
        Path first = newest(app);
        // A hand-written revision on the adopted table, whose file says nothing about the table's columns.
        String firstId = Files.readString(first).replaceAll("(?s).*id = \"([0-9a-f]{12})\".*", "$1");
        app.migration("bbbbbbbbbbbb", java.util.List.of(firstId),
                "op.addColumn(\"tickets\", column(\"priority\", Type.integer()));",
                "op.dropColumn(\"tickets\", \"priority\");");
        Files.delete(first);
        app.migration(firstId, java.util.List.of(), "op.execute(\"SELECT 1\");", "op.execute(\"SELECT 1\");");

        CliRun offline = app.autogen("--url", unreachable(db), "check", "--offline");

        assertThat(offline.exitCode()).isEqualTo(2);
        assertThat(offline.err()).startsWith("autogen: error: check --offline cannot replay the migrations without a"
                + " database (revision bbbbbbbbbbbb failed: addColumn(tickets, priority): table tickets does not"
                + " exist").endsWith("run `autogen check` against the database instead\n")
                .hasLineCount(1);
    }

    private static Path newest(UserProject app) {
        return app.migrationFiles().stream().max((a, b) -> {
            try {
                return Files.getLastModifiedTime(a).compareTo(Files.getLastModifiedTime(b));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).orElseThrow();
    }

    /** The file without its creation time and the class name made from it, which differ by the second. */
    private static String withoutCreated(String source) {
        return source.replaceAll("created = \"[^\"]*\"", "created = \"\"").replaceAll("M\\d{14}_", "M_");
    }
}
