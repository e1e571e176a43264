package dev.autogen.cli;

import static dev.autogen.cli.BadInputTest.failsWith;
import static dev.autogen.cli.BooksTutorialTest.succeeds;
import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.testing.DatabaseTest;
import dev.autogen.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The revision graph through the commands: two branches from one revision (one labeled), several
 * heads, each branch upgraded on its own, {@code upgrade heads}, a merge written by {@code merge},
 * relative targets, {@code stamp} with and without {@code --purge}, {@code branches},
 * {@code history -r} and {@code show}.
 */
class RevisionGraphCommandsTest {
    static final String ROOT = "9a0000000001";
    static final String BILLING = "9b0000000001";
    static final String BILLING_2 = "9b0000000002";
    static final String SEARCH = "9c0000000001";
    static final String MERGE = "9d0000000001";

    @DatabaseTest
    void branchesLabelsMergeAndRelativeTargets(TestDatabase db) throws Exception {
        UserProject app = forkedProject(db);
        DatabaseView database = new DatabaseView(db);

        assertThat(succeeds(app.autogen("heads")).out()).contains(BILLING_2 + " (head)", SEARCH + " (head)");
        assertThat(succeeds(app.autogen("branches")).out()).isEqualTo(ROOT + " (branchpoint), revision " + ROOT + "\n"
                + "    -> " + BILLING + " (billing), billing\n"
                + "    -> " + SEARCH + ", revision " + SEARCH + "\n");
        failsWith(app.autogen("upgrade", "head"), "there are several heads");
        succeeds(app.autogen("upgrade", "billing@head"));
        assertThat(database.versions()).containsExactly(BILLING_2);
        assertThat(database.tables()).containsExactlyElementsOf(database.withBookkeeping("invoices", "notes"));
        succeeds(app.autogen("upgrade", SEARCH));
        assertThat(database.versions()).containsExactly(BILLING_2, SEARCH);
        succeeds(app.autogen("downgrade", "billing@head-1"));
        assertThat(database.versions()).containsExactly(BILLING, SEARCH);
        assertThat(database.columns("invoices")).doesNotContainKey("total");
        succeeds(app.autogen("upgrade", "heads"));
        assertThat(database.versions()).containsExactly(BILLING_2, SEARCH);

        CliRun merge = succeeds(app.autogen("merge", "-m", "join billing and search", "heads", "--rev-id", MERGE));
        Path file = Path.of(merge.out().replaceAll("(?s).*Generating (\\S+) .*", "$1"));
        assertThat(Files.readString(file)).contains("parents = {\"" + BILLING_2 + "\", \"" + SEARCH + "\"}",
                "// A merge changes nothing.");
        assertThat(succeeds(app.autogen("heads")).out()).isEqualTo(MERGE + " (head), join billing and search\n");
        assertThat(succeeds(app.autogen("upgrade", "head")).out())
                .contains("Running upgrade " + BILLING_2 + ", " + SEARCH + " -> " + MERGE);
        assertThat(database.versions()).containsExactly(MERGE);
        failsWith(app.autogen("downgrade", "-1"), "'-1' is ambiguous: " + MERGE + " merges");
        succeeds(app.autogen("downgrade", BILLING_2));
        assertThat(database.versions()).containsExactly(BILLING_2, SEARCH);
        succeeds(app.autogen("downgrade", "base"));
        assertThat(database.versions()).isEmpty();
        assertThat(database.tables()).containsExactlyElementsOf(database.withBookkeeping());
        succeeds(app.autogen("upgrade", "billing+1"));
        assertThat(database.versions()).containsExactly(BILLING_2);
        succeeds(app.autogen("downgrade", "-2"));
        assertThat(database.versions()).containsExactly(ROOT);
        failsWith(app.autogen("upgrade", "+1"), "'+1' is ambiguous: history forks at " + ROOT);
        succeeds(app.autogen("upgrade", SEARCH.substring(0, 4)));
        assertThat(database.versions()).containsExactly(SEARCH);
    }

    @DatabaseTest
    void stampMovesOneBranchAndPurgeStartsOver(TestDatabase db) throws Exception {
        UserProject app = forkedProject(db);
        DatabaseView database = new DatabaseView(db);

        succeeds(app.autogen("stamp", "heads"));
        assertThat(database.versions()).containsExactly(BILLING_2, SEARCH);
        assertThat(database.tables()).as("stamp runs no migration").containsExactlyElementsOf(database.withBookkeeping());
        succeeds(app.autogen("stamp", BILLING));
        assertThat(database.versions()).as("the billing branch moves, search stays").containsExactly(BILLING, SEARCH);
        succeeds(app.autogen("stamp", ROOT));
        assertThat(database.versions()).containsExactly(ROOT);
        succeeds(app.autogen("stamp", "--purge", SEARCH));
        assertThat(database.versions()).containsExactly(SEARCH);
        succeeds(app.autogen("stamp", "base"));
        assertThat(database.versions()).isEmpty();
    }

    @DatabaseTest
    void historyRangesAndShow(TestDatabase db) throws Exception {
        UserProject app = forkedProject(db);
        succeeds(app.autogen("upgrade", "billing@head"));

        assertThat(revisions(succeeds(app.autogen("history", "-r", BILLING + ":")))).containsExactly(BILLING_2, BILLING);
        assertThat(revisions(succeeds(app.autogen("history", "-r", ":" + SEARCH)))).containsExactly(SEARCH, ROOT);
        assertThat(revisions(succeeds(app.autogen("history", "-r", "base:current"))))
                .containsExactly(BILLING_2, BILLING, ROOT);
        assertThat(revisions(succeeds(app.autogen("history", "-r", "current:heads")))).containsExactly(BILLING_2);
        failsWith(app.autogen("history", "-r", "base"), "needs exactly one colon");

        CliRun show = succeeds(app.autogen("show", "billing"));
        assertThat(show.out()).contains("Rev: " + BILLING + "\n", "Parent: " + ROOT + "\n",
                "Children: " + BILLING_2 + "\n", "Branch names: billing\n", "-- upgrade on " + db.dialect().name(),
                "CREATE TABLE invoices", "-- downgrade on " + db.dialect().name(), "DROP TABLE invoices");
        assertThat(new DatabaseView(db).versions()).as("show changes nothing").containsExactly(BILLING_2);
    }

    /** root → billing (labeled) → billing 2, and root → search: two heads. */
    static UserProject forkedProject(TestDatabase db) {
        UserProject app = new UserProject(db);
        app.migration(ROOT, List.of(), "op.createTable(\"notes\", column(\"id\", Type.integer()).notNull());",
                "op.dropTable(\"notes\");");
        app.migration(SEARCH, List.of(ROOT), "op.createIndex(\"ix_notes_id\", \"notes\", \"id\");",
                "op.dropIndex(\"ix_notes_id\", \"notes\");");
        succeeds(app.autogen("revision", "--empty", "-m", "billing", "--rev-id", BILLING, "--head", ROOT,
                "--branch-label", "billing"));
        Path generated = app.migrationFiles().stream().filter(f -> !f.getFileName().toString().startsWith("M_"))
                .findFirst().orElseThrow();
        try {
            Files.writeString(generated, Files.readString(generated)
                    .replaceFirst("// TODO: write this revision's changes[^\n]*", "op.createTable(\"invoices\","
                            + " dev.autogen.migration.Columns.column(\"id\", dev.autogen.migration.Type.integer()));")
                    .replaceFirst("// TODO: undo exactly[^\n]*", "op.dropTable(\"invoices\");"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        app.migration(BILLING_2, List.of(BILLING), "op.addColumn(\"invoices\", column(\"total\", Type.integer()));",
                "op.dropColumn(\"invoices\", \"total\");");
        return app;
    }

    private static List<String> revisions(CliRun history) {
        return history.out().lines().map(line -> line.replaceAll(".*-> (\\w+).*", "$1")).toList();
    }
}
