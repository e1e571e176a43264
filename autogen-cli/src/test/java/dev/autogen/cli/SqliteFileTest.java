package dev.autogen.cli;

import static dev.autogen.cli.BadInputTest.failsWith;
import static dev.autogen.cli.BooksTutorialTest.succeeds;
import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.testing.TestDatabase;
import dev.autogen.testing.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * SQLite URLs name files (issue 12, case 7): a URL whose database is gone when the command ends is
 * refused, and a command that only reads never creates the file a mistyped path names.
 */
class SqliteFileTest {

    @ParameterizedTest
    @ValueSource(strings = {"jdbc:sqlite::memory:", "jdbc:sqlite:", "jdbc:sqlite:file::memory:?cache=shared",
        "jdbc:sqlite:file:app?mode=memory"})
    void aDatabaseThatDoesNotLastIsRefused(String url) throws Exception {
        TestDatabase db = TestDatabases.create("sqlite");
        try {
            UserProject app = new UserProject(db);
            app.migration("ee0000000001", java.util.List.of(), "op.createTable(\"notes\", column(\"id\","
                    + " Type.integer()).notNull());", "op.dropTable(\"notes\");");
            for (String command : new String[] {"upgrade", "current", "stamp", "downgrade"}) {
                String[] args = command.equals("stamp") || command.equals("downgrade")
                        ? new String[] {"--url", url, command, command.equals("stamp") ? "head" : "base"}
                        : new String[] {"--url", url, command};
                failsWith(app.autogen(args), "name a file, such as jdbc:sqlite:app.db");
            }
            // Offline SQL needs only the dialect: the URL still picks SQLite there.
            assertThat(succeeds(app.autogen("--url", url, "upgrade", "--sql", "head")).out())
                    .contains("CREATE TABLE notes");
        } finally {
            TestDatabases.drop(db);
        }
    }

    @Test
    void commandsThatOnlyReadNeverCreateTheFile() throws Exception {
        TestDatabase db = TestDatabases.create("sqlite");
        try {
            UserProject app = new UserProject(db);
            app.entities(Map.of("User", UsersTutorialTest.USER));
            Path file = Path.of(db.url().substring("jdbc:sqlite:".length()));
            Path typo = file.resolveSibling("tset.db");
            String mistyped = "jdbc:sqlite:" + typo;

            // Adopting a database reads it first: one that is not there is said to be missing.
            failsWith(app.autogen("baseline", "-m", "adopt"), "the SQLite database file " + file + " does not exist");
            assertThat(file).doesNotExist();
            assertThat(app.migrationFiles()).isEmpty();

            // A new project: revision compares with an empty database, and leaves creating it to upgrade.
            CliRun revision = succeeds(app.autogen("revision", "-m", "create users table"));
            assertThat(revision.out()).contains("does not exist yet");
            assertThat(file).doesNotExist();
            for (String[] args : new String[][] {{"current"}, {"current", "-v"}, {"downgrade", "base"}}) {
                failsWith(app.autogen(args), "the SQLite database file " + file + " does not exist");
                assertThat(file).as(String.join(" ", args)).doesNotExist();
            }
            assertThat(succeeds(app.autogen("history")).out()).contains("create users table");
            // The gate reads the missing file as the empty database it would be: behind head, exit 1.
            CliRun check = app.autogen("check");
            assertThat(check.exitCode()).as(check.toString()).isEqualTo(1);
            assertThat(check.out()).contains("database file " + file + " does not exist: checked as an empty"
                    + " database (not created)", "[behind-head]");
            assertThat(file).doesNotExist();
            succeeds(app.autogen("upgrade", "head"));
            assertThat(file).exists();

            // A mistyped path afterwards: said, not created.
            failsWith(app.autogen("--url", mistyped, "current"), "file " + typo + " does not exist");
            assertThat(app.autogen("--url", mistyped, "check").out()).contains("database file " + typo
                    + " does not exist");
            failsWith(app.autogen("--url", mistyped, "revision", "-m", "again"), "file " + typo + " does not exist");
            assertThat(typo).doesNotExist();
            assertThat(app.migrationFiles()).hasSize(1);
            assertThat(Files.size(file)).isPositive();
        } finally {
            TestDatabases.drop(db);
        }
    }
}
