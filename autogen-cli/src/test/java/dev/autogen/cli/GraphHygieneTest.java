package dev.autogen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.testing.DatabaseTest;
import dev.autogen.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A broken revision graph is a finding of {@code check} and {@code verify} (exit 1, every problem
 * listed), where the other commands stop at the first problem with exit 2.
 */
class GraphHygieneTest {

    private static CliRun fails(CliRun run) {
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(run.err()).as(run.toString()).isEmpty();
        return run;
    }

    private static UserProject forkedProject(TestDatabase db) {
        UserProject app = new UserProject(db);
        app.entities(Map.of("User", UsersTutorialTest.USER));
        app.migration("aaaaaaaaaaa1", List.of(), "", "");
        app.migration("bbbbbbbbbbb2", List.of("aaaaaaaaaaa1"), "", "");
        app.migration("ccccccccccc3", List.of("aaaaaaaaaaa1"), "", "");
        return app;
    }

    @DatabaseTest
    void severalHeadsNeedAMerge(TestDatabase db) {
        UserProject app = forkedProject(db);
        for (String command : List.of("check", "verify")) {
            CliRun run = fails(app.autogen(command));
            assertThat(run.out()).as(command).contains("the migrations have 2 heads: ", "[several-heads]",
                    "fix: run `autogen merge -m \"merge heads\" ");
        }
    }

    @DatabaseTest
    void aDanglingParentAndADuplicateIdAreListedTogether(TestDatabase db) throws Exception {
        UserProject app = forkedProject(db);
        app.migration("ddddddddddd4", List.of("eeeeeeeeeee5"), "", "");
        Path copy = app.dir().resolve("src/main/java/com/example/migrations/M_zz_copy.java");
        Files.writeString(copy, Files.readString(app.migrationFiles().get(0)).replace("class M_aaaaaaaaaaa1",
                "class M_zz_copy"));

        for (String command : List.of("check", "verify")) {
            CliRun run = fails(app.autogen(command));
            assertThat(run.out()).as(command).contains(
                    "error: revision aaaaaaaaaaa1: revision id aaaaaaaaaaa1 is used by M_aaaaaaaaaaa1.java and"
                            + " M_zz_copy.java [duplicate-id]",
                    "error: revision ddddddddddd4: names parent eeeeeeeeeee5, which no migration defines"
                            + " [dangling-parent]");
        }
        // Every other command still refuses the folder outright.
        CliRun upgrade = app.autogen("upgrade", "head");
        assertThat(upgrade.exitCode()).isEqualTo(2);
        assertThat(upgrade.err()).startsWith("autogen: error: revision id aaaaaaaaaaa1 is used by both");
    }

    @DatabaseTest
    void aCycleIsReported(TestDatabase db) {
        UserProject app = new UserProject(db);
        app.entities(Map.of("User", UsersTutorialTest.USER));
        app.migration("aaaaaaaaaaa1", List.of("bbbbbbbbbbb2"), "", "");
        app.migration("bbbbbbbbbbb2", List.of("aaaaaaaaaaa1"), "", "");

        for (String command : List.of("check", "verify")) {
            CliRun run = fails(app.autogen(command, "--format", "json"));
            assertThat(run.out()).as(command).contains("\"kind\":\"cycle\"", "aaaaaaaaaaa1", "bbbbbbbbbbb2");
        }
    }

    @DatabaseTest
    void aDatabaseAtBothHeadsShowsNoDriftAndIsNotBehind(TestDatabase db) throws Exception {
        UserProject app = new UserProject(db);
        app.entities(Map.of("User", UsersTutorialTest.USER));
        app.migration("aaaaaaaaaaa1", List.of(), "op.createTable(\"notes\", column(\"id\", Type.integer()).notNull());",
                "op.dropTable(\"notes\");");
        app.migration("bbbbbbbbbbb2", List.of("aaaaaaaaaaa1"),
                "op.createTable(\"tags\", column(\"id\", Type.integer()).notNull());", "op.dropTable(\"tags\");");
        app.migration("ccccccccccc3", List.of("aaaaaaaaaaa1"),
                "op.addColumn(\"notes\", column(\"body\", Type.varchar(200)));", "op.dropColumn(\"notes\", \"body\");");
        assertThat(app.autogen("upgrade", "heads").exitCode()).isZero();

        CliRun check = fails(app.autogen("check", "--format", "json"));
        assertThat(check.out()).contains("\"kind\":\"several-heads\"", "database at bbbbbbbbbbb2, ccccccccccc3")
                .doesNotContain("\"kind\":\"drift\"", "\"kind\":\"behind-head\"");

        new DatabaseView(db).execute("ALTER TABLE notes DROP COLUMN body");
        CliRun drifted = fails(app.autogen("check"));
        assertThat(drifted.out()).contains("error: revision ccccccccccc3: column notes.body is missing [drift]");
    }
}
