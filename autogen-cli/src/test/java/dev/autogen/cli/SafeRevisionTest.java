package dev.autogen.cli;

import static dev.autogen.cli.BooksTutorialTest.succeeds;
import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.testing.DatabaseTest;
import dev.autogen.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * {@code revision --safe} from the command line: a NOT NULL column added to a table with rows. On
 * PostgreSQL it writes five chained revisions; once the backfill placeholder is filled they upgrade
 * to a schema {@code check} finds equal to the entities, and downgrade with every row as it was.
 * Elsewhere it writes one revision with the fill-in placeholder. Offline SQL of a revision with a
 * Java callback warns on stderr.
 */
class SafeRevisionTest {
    private static final String USER = UsersTutorialTest.USER;
    private static final String USER_WITH_CODE = USER.replace("String email;\n",
            "String email;\n    @Column(nullable = false, length = 20) String code;\n");
    private static final String ROWS = "SELECT id, name, email FROM users ORDER BY id";

    @DatabaseTest
    void aNotNullColumnIsSplitIntoExpandAndContractOnPostgres(TestDatabase db) throws Exception {
        UserProject app = new UserProject(db);
        app.entities(Map.of("User", USER));
        succeeds(app.autogen("revision", "-m", "create users table"));
        succeeds(app.autogen("upgrade", "head"));
        DatabaseView database = new DatabaseView(db);
        database.execute("INSERT INTO users (name, email) VALUES ('ann', 'ann@example.com'), ('bo', NULL)");
        List<Map<String, Object>> before = database.query(ROWS);
        app.entities(Map.of("User", USER_WITH_CODE));

        CliRun revision = succeeds(app.autogen("revision", "-m", "user codes", "--safe"));

        List<Path> written = app.migrationFiles().stream()
                .filter(p -> !p.getFileName().toString().contains("CreateUsersTable")).toList();
        if (!db.isPostgres()) {
            assertThat(revision.out()).contains("Nothing to split for --safe on " + db.dialect().name());
            assertThat(written).hasSize(1);
            assertThat(Files.readString(written.get(0))).contains("// NEEDS DATA: users.code is NOT NULL",
                    "op.run(connection -> {");
            return;
        }
        assertThat(written).hasSize(5);
        String all = String.join("\n", written.stream().map(SafeRevisionTest::read).toList());
        assertThat(all).contains("step 1 of 5: expand", "step 2 of 5: backfill", "step 3 of 5: add checks not valid",
                "step 4 of 5: validate checks", "step 5 of 5: contract", "CHECK (code IS NOT NULL) NOT VALID",
                "VALIDATE CONSTRAINT users_code_not_null", "// TODO BACKFILL users.code");
        Path backfill = written.stream().filter(p -> read(p).contains("// TODO BACKFILL users.code")).findFirst()
                .orElseThrow();
        Files.writeString(backfill, read(backfill).replace("// TODO BACKFILL users.code",
                "op.execute(\"UPDATE users SET code = ? WHERE code IS NULL\", \"none\");\n        //"));

        succeeds(app.autogen("upgrade", "head"));
        assertThat(database.query("SELECT code FROM users ORDER BY id")).extracting(row -> row.get("code"))
                .containsExactly("none", "none");
        assertThat(database.query("SELECT is_nullable FROM information_schema.columns WHERE table_schema ="
                + " current_schema() AND table_name = 'users' AND column_name = 'code'"))
                .extracting(row -> row.get("is_nullable")).containsExactly("NO");
        assertThat(succeeds(app.autogen("check")).out()).contains("no differences");
        CliRun verify = app.autogen("verify");
        assertThat(verify.exitCode()).as(verify.out() + verify.err()).isZero();
        assertThat(verify.out()).contains("revisions checked: 6 of 6", "head vs entities: the same", "verify: 0 errors");

        succeeds(app.autogen("downgrade", "-5"));
        assertThat(database.query(ROWS)).isEqualTo(before);
        assertThat(database.columns("users")).containsOnlyKeys("id", "name", "email");
    }

    @DatabaseTest
    void offlineSqlWarnsOnStderrAboutAJavaCallback(TestDatabase db) throws Exception {
        UserProject app = new UserProject(db);
        app.entities(Map.of("User", USER));
        succeeds(app.autogen("revision", "-m", "create users table", "--rev-id", "5afe0000c000"));
        app.migration("5afe0000c001", List.of("5afe0000c000"), """
                op.run(connection -> { });
                op.execute("UPDATE users SET name = ? WHERE name = ?", "x", "it's");
                """, """
                op.execute("UPDATE users SET name = ? WHERE name = ?", "it's", "x");
                """);

        CliRun offline = app.autogen("upgrade", "--sql", "base:head");

        assertThat(offline.exitCode()).as("a warning, not an error").isZero();
        assertThat(offline.err()).startsWith("autogen: warning: revision 5afe0000c001 runs Java code (op.run) that a"
                + " SQL script cannot hold");
        assertThat(offline.out()).contains("-- WARNING: NOT IN THIS SCRIPT: revision 5afe0000c001")
                .contains("UPDATE users SET name = 'x' WHERE name = 'it");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
