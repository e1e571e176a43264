package dev.autogen.cli;

import static dev.autogen.cli.BooksTutorialTest.single;
import static dev.autogen.cli.BooksTutorialTest.succeeds;
import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.testing.DatabaseTest;
import dev.autogen.testing.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * {@code autogen check}, the CI gate: a users project brought to head passes; each way a team
 * breaks it (an entity change with no revision, a database behind head, a table dropped behind
 * autogen's back, an applied file edited, a broken graph) fails with exit 1 and names what is wrong.
 */
class CheckTest {
    private static final String USER = UsersTutorialTest.USER;
    private static final String USER_WITH_AGE = UsersTutorialTest.USER_WITH_AGE;

    private static UserProject atHead(TestDatabase db) {
        UserProject app = new UserProject(db);
        app.entities(Map.of("User", USER));
        succeeds(app.autogen("revision", "-m", "create users table"));
        succeeds(app.autogen("upgrade", "head"));
        return app;
    }

    private static CliRun fails(CliRun run) {
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(run.err()).as(run.toString()).isEmpty();
        return run;
    }

    @DatabaseTest
    void passesRightAfterUpgradeHead(TestDatabase db) throws Exception {
        UserProject app = atHead(db);
        String head = single(new DatabaseView(db).versions());

        CliRun check = succeeds(app.autogen("check"));
        assertThat(check.out()).contains("database at " + head + " (head)", "check: no differences found");
        assertThat(check.out()).doesNotContain("error:");
        assertThat(succeeds(app.autogen("current", "--verbose")).out()).contains("schema: matches " + head);
    }

    @DatabaseTest
    void failsWhenAnEntityChangedWithoutARevision(TestDatabase db) throws Exception {
        UserProject app = atHead(db);
        String head = single(new DatabaseView(db).versions());
        app.entities(Map.of("User", USER_WITH_AGE));

        CliRun check = fails(app.autogen("check"));
        assertThat(check.out()).contains("error: revision " + head + ": the entities need a change no revision holds:"
                + " added column users.age [schema-difference]", "check: 1 error, 0 warnings");

        CliRun json = fails(app.autogen("check", "--format", "json"));
        assertThat(json.out().strip()).startsWith("{\"command\":\"check\",\"ok\":false,\"errors\":1,")
                .contains("\"kind\":\"schema-difference\"", "\"revision\":\"" + head + "\"",
                        "added column users.age").endsWith("]}");

        CliRun markdown = fails(app.autogen("check", "--format", "markdown"));
        assertThat(markdown.out()).startsWith("### autogen check: failed")
                .contains("| :x: | `" + head + "` | the entities need a change no revision holds: added column"
                        + " users.age (`schema-difference`) |");
    }

    @DatabaseTest
    void failsWhenTheDatabaseIsBehindHead(TestDatabase db) throws Exception {
        UserProject app = atHead(db);
        DatabaseView database = new DatabaseView(db);
        String createUsers = single(database.versions());
        app.entities(Map.of("User", USER_WITH_AGE));
        succeeds(app.autogen("revision", "-m", "added age column"));
        String addAge = succeeds(app.autogen("heads")).out().split(" ")[0];

        CliRun check = fails(app.autogen("check"));
        assertThat(check.out()).contains("database at " + createUsers + "\n",
                "the database is at " + createUsers + " but the migrations' head is " + addAge
                        + ": 1 revision is not applied [behind-head]",
                "fix: run `autogen upgrade head`");
        // The revision holds the entity change, so nothing else is reported.
        assertThat(check.out()).doesNotContain("schema-difference").contains("check: 1 error, 0 warnings");

        succeeds(app.autogen("upgrade", "head"));
        succeeds(app.autogen("check"));
    }

    @DatabaseTest
    void failsWhenATableWasDroppedBehindAutogensBack(TestDatabase db) throws Exception {
        UserProject app = atHead(db);
        DatabaseView database = new DatabaseView(db);
        String head = single(database.versions());
        database.execute("DROP TABLE users");

        CliRun check = fails(app.autogen("check"));
        assertThat(check.out()).contains("error: revision " + head + ": table users is missing [drift]");
        // The entities agree with the migrations: the drift is the one finding.
        assertThat(check.out()).doesNotContain("schema-difference");

        CliRun current = succeeds(app.autogen("current", "--verbose"));
        assertThat(current.out()).contains("schema: does not match " + head, "revision " + head + ": table users is missing");
    }

    @DatabaseTest
    void failsWhenAnAppliedFileWasEdited(TestDatabase db) throws Exception {
        UserProject app = atHead(db);
        String head = single(new DatabaseView(db).versions());
        Path file = app.migrationFiles().get(0);
        String applied = Files.readString(file);

        // Line endings rewritten by git on Windows, comments and reformatting are not edits: the
        // checksum is of what the revision does.
        Files.writeString(file, applied.replace("\n", "\r\n"), StandardCharsets.UTF_8);
        succeeds(app.autogen("check"));
        Files.writeString(file, applied.replace("public final class", "// reviewed by the team\npublic final class")
                .replace("op.createTable(\"users\",", "op.createTable(\n                \"users\","));
        succeeds(app.autogen("check"));

        Files.writeString(file, applied.replace("op.createTable(\"users\"", "op.createTable(\"members\""));
        CliRun check = fails(app.autogen("check"));
        assertThat(check.out()).contains("error: revision " + head + ": " + file.getFileName()
                + " changed after the revision was applied to this database", "[edited-after-apply]");

        Files.writeString(file, applied);
        succeeds(app.autogen("check"));
    }

    @DatabaseTest
    void aStampRecordsTheFilesAsTheyAreNow(TestDatabase db) throws Exception {
        UserProject app = atHead(db);
        String head = single(new DatabaseView(db).versions());
        Path file = app.migrationFiles().get(0);
        // A downgrade that also cleans up: a change of what the revision does, which drift cannot see.
        Files.writeString(file, Files.readString(file).replace("op.dropTable(\"users\");",
                "op.dropTable(\"users\");\n        op.execute(\"DELETE FROM audit\");"));
        assertThat(fails(app.autogen("check")).out()).contains("[edited-after-apply]");

        succeeds(app.autogen("stamp", head));
        succeeds(app.autogen("check"));
    }

    @DatabaseTest
    void sourceChecksumsRecordedByEarlierVersionsAreStillCompared(TestDatabase db) throws Exception {
        UserProject app = atHead(db);
        DatabaseView database = new DatabaseView(db);
        Path file = app.migrationFiles().get(0);
        String applied = Files.readString(file);
        // What autogen 0.1 recorded: the SHA-256 of the source, 64 hex digits, no kind.
        String sourceSum = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(applied.stripTrailing().getBytes(StandardCharsets.UTF_8)));
        database.execute("UPDATE autogen_version_checksums SET checksum = '" + sourceSum + "'");
        succeeds(app.autogen("check"));

        Files.writeString(file, applied.replace("public final class", "// reviewed\npublic final class"));
        assertThat(fails(app.autogen("check")).out()).contains("[edited-after-apply]");
        // A stamp records the revision's operations, after which formatting is free.
        succeeds(app.autogen("stamp", single(database.versions())));
        assertThat(database.query("SELECT checksum FROM autogen_version_checksums")).singleElement()
                .satisfies(row -> assertThat((String) row.get("checksum")).startsWith("ops:"));
        succeeds(app.autogen("check"));
    }

    @DatabaseTest
    void checksumsFollowUpgradeAndDowngrade(TestDatabase db) throws Exception {
        UserProject app = atHead(db);
        DatabaseView database = new DatabaseView(db);
        String head = single(database.versions());
        assertThat(database.query("SELECT version_num, checksum FROM autogen_version_checksums"))
                .singleElement().satisfies(row -> {
                    assertThat(row.get("version_num")).isEqualTo(head);
                    assertThat((String) row.get("checksum")).matches("ops:[0-9a-f]{60}");
                });
        // The checksum table is autogen's, like the version table: never part of a diff.
        assertThat(succeeds(app.autogen("revision", "-m", "again")).out()).contains("No changes in schema detected.");

        succeeds(app.autogen("downgrade", "base"));
        assertThat(database.query("SELECT version_num FROM autogen_version_checksums")).isEmpty();
    }

    @DatabaseTest
    void failsWhenTheVersionTableNamesAnUnknownRevision(TestDatabase db) throws Exception {
        UserProject app = atHead(db);
        new DatabaseView(db).execute("UPDATE autogen_version SET version_num = 'abcdefabcdef'");

        CliRun check = fails(app.autogen("check"));
        assertThat(check.out()).contains("error: revision abcdefabcdef: the version table names revision abcdefabcdef,"
                + " which no migration defines [unknown-revision]");
    }

    @DatabaseTest
    void anUnknownFormatIsBadInput(TestDatabase db) throws Exception {
        UserProject app = atHead(db);
        CliRun run = app.autogen("check", "--format", "yaml");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().strip()).isEqualTo("autogen: error: unknown --format 'yaml': use text, json or markdown");
    }

    @DatabaseTest
    void withoutEntitiesItCannotRun(TestDatabase db) throws Exception {
        UserProject app = atHead(db);
        app.writeConfig("url=" + db.url() + "\nscript.location=src/main/java/com/example/migrations\n");

        CliRun run = app.autogen("check");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines()).singleElement().asString()
                .startsWith("autogen: error: reading the entities needs 'entities.classpath' and 'entities.packages'");
    }

    @DatabaseTest
    void anUnreachableDatabaseIsAnErrorNotAFinding(TestDatabase db) throws Exception {
        UserProject app = atHead(db);
        CliRun run = app.autogen("--url", "jdbc:postgresql://127.0.0.1:1/nowhere?user=nobody", "check");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines()).singleElement().asString().startsWith("autogen: error: cannot connect to");
    }

    // check reads the database on a second thread while the migrations load: what it reports must
    // not depend on which of the two ends first.

    @DatabaseTest
    void aColumnAddedBehindAutogensBackIsDriftWithRowsInTheTable(TestDatabase db) throws Exception {
        UserProject app = atHead(db);
        DatabaseView database = new DatabaseView(db);
        String head = single(database.versions());
        database.execute("INSERT INTO users (name, email) VALUES ('ada', 'ada@example.com')");
        database.execute("INSERT INTO users (name, email) VALUES ('alan', 'alan@example.com')");
        database.execute("ALTER TABLE users ADD COLUMN nickname VARCHAR(20)");

        CliRun check = fails(app.autogen("check"));
        assertThat(check.out()).contains("database at " + head + " (head)",
                "error: revision " + head + ": column users.nickname is there, but no applied revision creates it"
                        + " [drift]", "check: 1 error, 0 warnings");
        // The drift is held against the revisions, not the entities, which agree with the migrations.
        assertThat(check.out()).doesNotContain("schema-difference");
    }

    @DatabaseTest
    void driftAndAnEditedRevisionAreBothReportedInTheirOrder(TestDatabase db) throws Exception {
        UserProject app = atHead(db);
        DatabaseView database = new DatabaseView(db);
        String head = single(database.versions());
        database.execute("INSERT INTO users (name, email) VALUES ('ada', 'ada@example.com')");
        database.execute("ALTER TABLE users ADD COLUMN nickname VARCHAR(20)");
        // The downgrade changes, the upgrade the schema is replayed from does not.
        Path file = app.migrationFiles().get(0);
        Files.writeString(file, Files.readString(file).replace("op.dropTable(\"users\");",
                "op.dropTable(\"users\");\n        op.execute(\"DELETE FROM audit\");"));

        // The checksums are compared on a second thread while the drift is: the report is as before.
        CliRun check = fails(app.autogen("check"));
        String drift = "error: revision " + head + ": column users.nickname is there, but no applied revision"
                + " creates it [drift]";
        String edited = "error: revision " + head + ": " + file.getFileName() + " changed after the revision was"
                + " applied to this database";
        assertThat(check.out()).contains(drift, edited, "check: 2 errors, 0 warnings");
        assertThat(check.out().indexOf(drift)).isLessThan(check.out().indexOf(edited));
        assertThat(check.out()).doesNotContain("schema-difference");
    }

    @DatabaseTest
    void anEntityChangeIsFoundWhetherOrNotTheDatabaseDrifted(TestDatabase db) throws Exception {
        UserProject app = atHead(db);
        DatabaseView database = new DatabaseView(db);
        String head = single(database.versions());
        database.execute("INSERT INTO users (name, email) VALUES ('ada', 'ada@example.com')");
        app.entities(Map.of("User", USER_WITH_AGE));
        String difference = "error: revision " + head + ": the entities need a change no revision holds: added column"
                + " users.age [schema-difference]";

        // At head without drift the entities are compared with the database, on a second thread.
        assertThat(fails(app.autogen("check")).out()).contains(difference, "check: 1 error, 0 warnings");

        // Drifted, they are compared with what the migrations make: the column the database gained
        // behind autogen's back does not hide the one the entities need.
        database.execute("ALTER TABLE users ADD COLUMN age INTEGER");
        CliRun drifted = fails(app.autogen("check"));
        assertThat(drifted.out()).contains("column users.age is there, but no applied revision creates it [drift]",
                difference, "check: 2 errors, 0 warnings");
    }

    @DatabaseTest
    void aBrokenGraphIsReportedWhateverTheDatabase(TestDatabase db) throws Exception {
        UserProject app = atHead(db);
        app.migration("ddddddddddd4", List.of("eeeeeeeeeee5"), "", "");

        // An unreachable server is read in the background too, but the graph is reported first, as before.
        CliRun unreachable = fails(app.autogen("--url", "jdbc:postgresql://127.0.0.1:1/nowhere?user=nobody", "check"));
        assertThat(unreachable.out()).contains("names parent eeeeeeeeeee5, which no migration defines"
                + " [dangling-parent]", "the migrations' graph is broken; nothing else was checked");
        CliRun reachable = fails(app.autogen("check"));
        assertThat(reachable.out()).contains("[dangling-parent]").doesNotContain("database at");

        // The reads of the stopped check are over: the database takes a write at once.
        Files.delete(app.migrationFiles().stream().filter(f -> f.getFileName().toString().contains("ddddddddddd4"))
                .findFirst().orElseThrow());
        app.entities(Map.of("User", USER_WITH_AGE));
        succeeds(app.autogen("revision", "-m", "added age column"));
        succeeds(app.autogen("upgrade", "head"));
        succeeds(app.autogen("check"));
    }

    @DatabaseTest
    void aMigrationThatDoesNotCompileIsBadInputWhateverTheDatabase(TestDatabase db) throws Exception {
        UserProject app = atHead(db);
        app.migration("ddddddddddd4", List.of(single(new DatabaseView(db).versions())), "op.noSuchCall();", "");

        CliRun run = app.autogen("--url", "jdbc:postgresql://127.0.0.1:1/nowhere?user=nobody", "check");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("M_ddddddddddd4.java").doesNotContain("cannot connect");
    }

    private static final String NOTE = """
            package com.example.model;

            import jakarta.persistence.*;

            @Entity
            @Table(name = "notes")
            public class Note {
                @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                @Column(nullable = false, length = 200) String body;
            }
            """;

    @DatabaseTest
    void failsWhenARevisionLostACreateTable(TestDatabase db) throws Exception {
        UserProject app = new UserProject(db);
        app.entities(Map.of("User", USER, "Note", NOTE));
        succeeds(app.autogen("revision", "-m", "create users and notes"));
        Path file = app.migrationFiles().get(0);
        String generated = Files.readString(file);
        int start = generated.indexOf("op.createTable(\"notes\"");
        int end = generated.indexOf(");\n", start) + 3;
        assertThat(start).as("the generated upgrade creates notes").isPositive();
        Files.writeString(file, generated.substring(0, start) + generated.substring(end));
        succeeds(app.autogen("upgrade", "head"));
        String head = single(new DatabaseView(db).versions());
        assertThat(new DatabaseView(db).tables()).doesNotContain("notes");

        CliRun check = fails(app.autogen("check"));
        assertThat(check.out()).contains("error: revision " + head + ": the entities need a change no revision holds:"
                + " added table notes [schema-difference]", "check: 1 error, 0 warnings");
    }
}
