package dev.autogen.cli;

import static dev.autogen.cli.BooksTutorialTest.single;
import static dev.autogen.cli.BooksTutorialTest.succeeds;
import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.testing.DatabaseTest;
import dev.autogen.testing.TestDatabase;
import java.util.List;
import java.util.Map;

/** The second tutorial: a users table with an indexed name and a unique email, then an age column. */
class UsersTutorialTest {

    static final String USER = """
            package com.example.model;

            import jakarta.persistence.*;

            @Entity
            @Table(name = "users", indexes = @Index(name = "ix_users_name", columnList = "name"))
            public class User {
                @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                @Column(nullable = false) String name;
                @Column(unique = true) String email;
            }
            """;

    static final String USER_WITH_AGE = USER.replace("String email;\n", "String email;\n    Integer age;\n");

    @DatabaseTest
    void usersThenAgeThenDowngrade(TestDatabase db) throws Exception {
        UserProject app = new UserProject(db);
        DatabaseView database = new DatabaseView(db);

        app.entities(Map.of("User", USER));
        CliRun first = succeeds(app.autogen("revision", "-m", "create users table"));
        assertThat(first.out()).contains("Detected added table users");
        succeeds(app.autogen("upgrade", "head"));
        assertThat(database.columns("users")).containsOnlyKeys("id", "name", "email");
        assertThat(database.indexes("users")).containsEntry("ix_users_name", false);
        assertThat(database.uniqueColumnSets("users")).contains(List.of("email"));
        database.execute("INSERT INTO users (name, email) VALUES ('ann', 'ann@example.com')");
        String createUsers = single(database.versions());

        app.entities(Map.of("User", USER_WITH_AGE));
        CliRun second = succeeds(app.autogen("revision", "-m", "added age column"));
        assertThat(second.out()).contains("Detected added column users.age");
        assertThat(second.out().lines().filter(l -> l.startsWith("Detected"))).hasSize(1);
        CliRun upgrade = succeeds(app.autogen("upgrade", "head"));
        String addAge = single(database.versions());
        assertThat(upgrade.out()).contains("Running upgrade " + createUsers + " -> " + addAge + ", added age column");
        assertThat(database.columns("users")).containsOnlyKeys("id", "name", "email", "age");
        assertThat(database.columns("users").get("age").nullable()).isTrue();
        assertThat(succeeds(app.autogen("revision", "-m", "again")).out()).contains("No changes in schema detected.");

        assertThat(succeeds(app.autogen("history", "--verbose")).out())
                .contains("Rev: " + addAge + " (head) (current)", "Parent: " + createUsers, "added age column",
                        "Rev: " + createUsers, "Parent: <base>");

        succeeds(app.autogen("downgrade", "-1"));
        assertThat(database.columns("users")).containsOnlyKeys("id", "name", "email");
        assertThat(database.indexes("users")).containsEntry("ix_users_name", false);
        assertThat(database.uniqueColumnSets("users")).contains(List.of("email"));
        assertThat(database.query("SELECT name, email FROM users"))
                .containsExactly(Map.of("name", "ann", "email", "ann@example.com"));
        assertThat(succeeds(app.autogen("current")).out().strip()).isEqualTo(createUsers);

        succeeds(app.autogen("upgrade", "+1"));
        assertThat(database.columns("users")).containsKey("age");
        succeeds(app.autogen("downgrade", "base"));
        assertThat(database.tables()).doesNotContain("users");
        assertThat(database.versions()).isEmpty();
        assertThat(succeeds(app.autogen("current")).out()).isEmpty();
    }
}
