package dev.autogen.cli;

import static dev.autogen.cli.BadInputTest.failsWith;
import static dev.autogen.cli.BooksTutorialTest.succeeds;
import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.testing.DatabaseTest;
import dev.autogen.testing.PostgresTest;
import dev.autogen.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Bad revisions, targets and logins: one line on stderr, exit 2, and the database exactly as it
 * was (one revision applied, its table there, nothing else).
 */
class BadRevisionInputTest {
    static final String R1 = "ab0000000001";
    static final String R2 = "ab0000000002";
    static final String R3 = "ab0000000003";

    /** A project whose first revision is applied. */
    static UserProject atFirstRevision(TestDatabase db) {
        UserProject app = new UserProject(db);
        app.migration(R1, List.of(), "op.createTable(\"notes\", column(\"id\", Type.integer()).notNull());",
                "op.dropTable(\"notes\");");
        succeeds(app.autogen("upgrade", "head"));
        return app;
    }

    static void unchanged(UserProject app) throws Exception {
        DatabaseView database = new DatabaseView(app.db());
        assertThat(database.versions()).containsExactly(R1);
        assertThat(database.tables()).containsExactlyElementsOf(database.withBookkeeping("notes"));
    }

    static void child(UserProject app, String id, String parent) {
        app.migration(id, List.of(parent), "op.addColumn(\"notes\", column(\"c" + id + "\", Type.integer()));",
                "op.dropColumn(\"notes\", \"c" + id + "\");");
    }

    @DatabaseTest
    void ambiguousPrefix(TestDatabase db) throws Exception {
        UserProject app = atFirstRevision(db);
        child(app, R2, R1);
        failsWith(app.autogen("upgrade", "ab"), "'ab' is ambiguous: it starts " + R1 + ", " + R2
                + "; give more of the id");
        unchanged(app);
    }

    @DatabaseTest
    void unknownTargets(TestDatabase db) throws Exception {
        UserProject app = atFirstRevision(db);
        failsWith(app.autogen("upgrade", "cafe"), "no revision matches 'cafe'");
        failsWith(app.autogen("downgrade", "nolabel@head"), "unknown branch label nolabel");
        failsWith(app.autogen("upgrade", "+5"), "'+5' goes past the head");
        failsWith(app.autogen("stamp", "ffffffffffff"), "no revision matches 'ffffffffffff'");
        unchanged(app);
    }

    @DatabaseTest
    void severalHeadsMakeUpgradeHeadAnErrorThatSuggestsMergeOrHeads(TestDatabase db) throws Exception {
        UserProject app = atFirstRevision(db);
        child(app, R2, R1);
        child(app, R3, R1);
        failsWith(app.autogen("upgrade", "head"), "'head' is ambiguous: there are several heads");
        assertThat(app.autogen("upgrade", "head").err()).contains("use 'heads' for all of them",
                "`autogen merge -m MSG heads`");
        unchanged(app);
    }

    @DatabaseTest
    void cycleInTheRevisionGraph(TestDatabase db) throws Exception {
        UserProject app = atFirstRevision(db);
        child(app, R2, R3);
        child(app, R3, R2);
        failsWith(app.autogen("upgrade", "head"), "revisions form a cycle: ");
        assertThat(app.autogen("history").err()).contains(R2 + " -> " + R3);
        unchanged(app);
    }

    @DatabaseTest
    void danglingParent(TestDatabase db) throws Exception {
        UserProject app = atFirstRevision(db);
        child(app, R2, "eeeeeeeeeeee");
        failsWith(app.autogen("upgrade", "head"), "revision " + R2 + " names parent eeeeeeeeeeee, which does not"
                + " exist");
        unchanged(app);
    }

    @DatabaseTest
    void duplicateRevisionIds(TestDatabase db) throws Exception {
        UserProject app = atFirstRevision(db);
        Path copy = app.dir().resolve("src/main/java/com/example/migrations/M_copy.java");
        Files.writeString(copy, Files.readString(app.migrationFiles().get(0)).replace("class M_" + R1, "class M_copy"));
        failsWith(app.autogen("upgrade", "head"), "revision id " + R1 + " is used by both M_" + R1 + ".java and"
                + " M_copy.java");
        unchanged(app);
    }

    @DatabaseTest
    void aMigrationThatDoesNotCompile(TestDatabase db) throws Exception {
        UserProject app = atFirstRevision(db);
        app.migration(R2, List.of(R1), "op.addColumn(\"notes\", column(\"x\", Type.integr()));", "");
        failsWith(app.autogen("upgrade", "head"), "M_" + R2 + ".java:");
        assertThat(app.autogen("upgrade", "head").err()).contains("cannot find symbol");
        unchanged(app);
    }

    @DatabaseTest
    void aVersionTableNamingAnUnknownRevisionPointsToStampPurge(TestDatabase db) throws Exception {
        UserProject app = atFirstRevision(db);
        new DatabaseView(db).execute("UPDATE autogen_version SET version_num = 'dddddddddddd'");
        failsWith(app.autogen("upgrade", "head"), "stamp --purge");
        failsWith(app.autogen("stamp", R1), "stamp --purge " + R1);
        succeeds(app.autogen("stamp", "--purge", R1));
        unchanged(app);
    }

    @DatabaseTest
    void unreachableDatabase(TestDatabase db) throws Exception {
        UserProject app = atFirstRevision(db);
        String unreachable = db.isSqlite() ? "jdbc:sqlite:" + app.dir().resolve("no/such/folder/app.db")
                : "jdbc:postgresql://127.0.0.1:1/app";
        failsWith(app.autogen("--url", unreachable, "upgrade", "head"), "cannot connect to " + unreachable);
        unchanged(app);
    }

    /**
     * The test server trusts local logins, so no password can be wrong there; a login the server
     * rejects (a role that does not exist) takes the same path through the driver and autogen.
     */
    @PostgresTest
    void aLoginTheServerRejects(TestDatabase db) throws Exception {
        UserProject app = atFirstRevision(db);
        String url = db.url().replaceAll("([?&])user=[^&]*&?", "$1").replaceAll("[?&]$", "");
        app.writeConfig("url=" + url + "\nuser=autogen_no_such_role\npassword=wrong-password\n"
                + "script.location=src/main/java/com/example/migrations\n");
        CliRun run = app.autogen("upgrade", "head");
        failsWith(run, "cannot connect to ");
        assertThat(run.err()).contains("autogen_no_such_role").doesNotContain("wrong-password");
        unchanged(app);
    }

    /** A label that a target would read otherwise is refused before anything is written (issue 12, case 3). */
    @DatabaseTest
    void aReservedOrTakenBranchLabelIsRefusedAndNothingIsWritten(TestDatabase db) throws Exception {
        UserProject app = atFirstRevision(db);
        app.migration(R2, List.of(R1), "op.addColumn(\"notes\", column(\"x\", Type.integer()));",
                "op.dropColumn(\"notes\", \"x\");");
        Path labeled = app.dir().resolve("src/main/java/com/example/migrations/M_" + R2 + ".java");
        Files.writeString(labeled, Files.readString(labeled).replace("created = ", "branchLabels = {\"taken\"}, created = "));
        succeeds(app.autogen("upgrade", "head"));
        List<Path> before = app.migrationFiles();
        for (String label : List.of("head", "base", "heads", R1, "taken", "my@label", "with space")) {
            failsWith(app.autogen("revision", "--empty", "-m", "labeled", "--branch-label", label),
                    "branch label '" + label + "' ");
            failsWith(app.autogen("merge", "-m", "labeled", "--branch-label", label, "heads"),
                    "branch label '" + label + "' ");
        }
        failsWith(app.autogen("revision", "--empty", "-m", "own id", "--rev-id", R3, "--branch-label", R3),
                "branch label '" + R3 + "' is a revision id");
        assertThat(app.migrationFiles()).isEqualTo(before);
        succeeds(app.autogen("revision", "--empty", "-m", "labeled", "--branch-label", "feature-1"));
        succeeds(app.autogen("upgrade", "feature-1"));
        assertThat(app.autogen("current").exitCode()).isZero();
    }

    /** A count past any number type is a target past the head, said in one line (issue 12, case 5). */
    @DatabaseTest
    void aHugeRelativeTargetIsOneClearLine(TestDatabase db) throws Exception {
        UserProject app = atFirstRevision(db);
        String huge = "99999999999999999999";
        failsWith(app.autogen("upgrade", "+" + huge), "'+" + huge + "' goes past the head");
        failsWith(app.autogen("upgrade", "head+" + huge), "goes past the head");
        failsWith(app.autogen("downgrade", "-" + huge), "'-" + huge + "' goes below base");
        failsWith(app.autogen("downgrade", R1 + "-2147483648"), "goes below base");
        failsWith(app.autogen("upgrade", "+2147483648"), "goes past the head");
        failsWith(app.autogen("upgrade", "--sql", "base:+" + huge), "goes past the head");
        unchanged(app);
        succeeds(app.autogen("downgrade", "-0000000000000000000001"));
        assertThat(new DatabaseView(db).versions()).isEmpty();
    }
}
