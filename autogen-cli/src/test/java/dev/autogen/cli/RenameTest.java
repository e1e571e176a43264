package dev.autogen.cli;

import static dev.autogen.cli.BadInputTest.failsWith;
import static dev.autogen.cli.BooksTutorialTest.succeeds;
import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.testing.DatabaseTest;
import dev.autogen.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * {@code revision --rename}: a renamed column or table becomes a rename in the file, not a drop
 * plus an add, so every value stays; what else changed is altered after it; {@code check} is clean
 * after the upgrade, and the downgrade gives the old names back with the same values.
 */
class RenameTest {
    private static final String USER = UsersTutorialTest.USER;
    /** The field keeps its name; its column is now full_name, 300 wide instead of 255. */
    private static final String USER_FULL_NAME = USER
            .replace("columnList = \"name\"", "columnList = \"full_name\"")
            .replace("@Column(nullable = false) String name;", "@Column(name = \"full_name\", nullable = false, length = 300) String name;");
    private static final String PERSON = USER_FULL_NAME.replace("@Table(name = \"users\"", "@Table(name = \"people\"");
    private static final String ROWS = "SELECT id, %s, email FROM %s ORDER BY id";

    @DatabaseTest
    void aRenamedColumnKeepsItsValues(TestDatabase db) throws Exception {
        UserProject app = usersWithRows(db);
        DatabaseView database = new DatabaseView(db);
        List<Map<String, Object>> before = database.query(ROWS.formatted("name", "users"));
        app.entities(Map.of("User", USER_FULL_NAME));

        CliRun revision = succeeds(app.autogen("revision", "-m", "full name", "--rename", "users.name=full_name"));

        assertThat(revision.out()).contains("Detected renamed column users.name to full_name")
                .doesNotContain("dropped column", "added column");
        String file = Files.readString(newest(app));
        assertThat(file).contains("op.renameColumn(\"users\", \"name\", \"full_name\")", "op.alterColumn(",
                "op.renameColumn(\"users\", \"full_name\", \"name\")").doesNotContain("dropColumn", "Likely rename");
        succeeds(app.autogen("upgrade", "head"));
        assertThat(database.query(ROWS.formatted("full_name AS name", "users"))).isEqualTo(before);
        assertThat(database.columns("users")).containsOnlyKeys("id", "full_name", "email");
        assertThat(database.columns("users").get("full_name").size()).isIn(300, 0);
        assertThat(succeeds(app.autogen("check")).out()).contains("check: no differences found");

        succeeds(app.autogen("downgrade", "-1"));
        assertThat(database.query(ROWS.formatted("name", "users"))).isEqualTo(before);
        assertThat(database.columns("users")).containsOnlyKeys("id", "name", "email");
    }

    @DatabaseTest
    void aRenamedTableKeepsItsRows(TestDatabase db) throws Exception {
        UserProject app = usersWithRows(db);
        DatabaseView database = new DatabaseView(db);
        List<Map<String, Object>> before = database.query(ROWS.formatted("name", "users"));
        app.entities(Map.of("User", PERSON));

        CliRun revision = succeeds(app.autogen("revision", "-m", "people", "--rename", "users=people",
                "--rename", "people.name=full_name"));

        assertThat(revision.out()).contains("Detected renamed table users to people",
                "Detected renamed column people.name to full_name").doesNotContain("dropped table", "added table");
        assertThat(Files.readString(newest(app))).contains("op.renameTable(\"users\", \"people\")")
                .doesNotContain("dropTable", "createTable");
        succeeds(app.autogen("upgrade", "head"));
        assertThat(database.tables()).contains("people").doesNotContain("users");
        assertThat(database.query(ROWS.formatted("full_name AS name", "people"))).isEqualTo(before);
        assertThat(succeeds(app.autogen("check")).out()).contains("check: no differences found");
        database.execute("INSERT INTO people (full_name, email) VALUES ('dee', 'dee@example.com')");

        succeeds(app.autogen("downgrade", "-1"));
        assertThat(database.tables()).contains("users").doesNotContain("people");
        assertThat(database.query(ROWS.formatted("name", "users"))).hasSize(before.size() + 1)
                .startsWith(before.toArray(Map[]::new));
    }

    @DatabaseTest
    void aRenameTheDiffDoesNotShowIsRefusedAndNothingIsWritten(TestDatabase db) throws Exception {
        UserProject app = usersWithRows(db);
        app.entities(Map.of("User", USER_FULL_NAME));
        int files = app.migrationFiles().size();

        failsWith(app.autogen("revision", "-m", "x", "--rename", "users.nosuch=full_name"),
                "--rename users.nosuch=full_name: the database has no column users.nosuch");
        failsWith(app.autogen("revision", "-m", "x", "--rename", "users.name=other"),
                "--rename users.name=other: the entities map no column users.other");
        failsWith(app.autogen("revision", "-m", "x", "--rename", "users.email=full_name"),
                "--rename users.email=full_name: the entities still map a column users.email");
        failsWith(app.autogen("revision", "-m", "x", "--rename", "users"), "--rename 'users' is not TABLE.OLD=NEW");
        failsWith(app.autogen("revision", "-m", "x", "--rename", "users=people"),
                "--rename users=people: the entities still map a table users");
        failsWith(app.autogen("revision", "-m", "x", "--empty", "--rename", "users.name=full_name"),
                "--rename applies to an autogenerated revision");
        assertThat(app.migrationFiles()).hasSize(files);
    }

    private static UserProject usersWithRows(TestDatabase db) throws Exception {
        UserProject app = new UserProject(db);
        app.entities(Map.of("User", USER));
        succeeds(app.autogen("revision", "-m", "create users table"));
        succeeds(app.autogen("upgrade", "head"));
        DatabaseView database = new DatabaseView(db);
        database.execute("INSERT INTO users (name, email) VALUES ('ann', 'ann@example.com'), ('bo', NULL),"
                + " ('cy', 'cy@example.com')");
        return app;
    }

    private static Path newest(UserProject app) {
        return app.migrationFiles().stream().filter(p -> !p.getFileName().toString().contains("CreateUsersTable"))
                .findFirst().orElseThrow();
    }
}
