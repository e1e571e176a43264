package dev.autogen.cli;

import static dev.autogen.cli.BooksTutorialTest.succeeds;
import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.testing.DatabaseTest;
import dev.autogen.testing.TestDatabase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The graph commands read the {@code @Revision} annotations as text: a history whose method
 * bodies no longer compile still shows its graph and where the database stands, while
 * {@code upgrade}, which must run the code, reports the compile error.
 */
class GraphWithoutCompilingTest {
    private static final String FIRST = "7a0000000001";
    private static final String SECOND = "7a0000000002";
    private static final String THIRD = "7a0000000003";

    @DatabaseTest
    void historyHeadsAndCurrentNeedNoCompilation(TestDatabase db) throws IOException {
        UserProject app = new UserProject(db);
        Path migrations = app.dir().resolve("src/main/java/com/example/migrations");
        write(migrations, 1, FIRST, null, "op.createTable(\"a\", column(\"id\", Type.bigint()).notNull(), primaryKey(\"id\"));",
                "op.dropTable(\"a\");");
        write(migrations, 2, SECOND, FIRST, "op.createTable(\"b\", column(\"id\", Type.bigint()).notNull(), primaryKey(\"id\"));",
                "op.dropTable(\"b\");");
        succeeds(app.autogen("upgrade", "head"));
        write(migrations, 3, THIRD, SECOND, "this does not compile;", "op.dropTable(\"c\");");

        assertThat(succeeds(app.autogen("history")).out()).isEqualTo(
                SECOND + " -> " + THIRD + " (head), step 3\n"
                + FIRST + " -> " + SECOND + " (current), step 2\n"
                + "<base> -> " + FIRST + ", step 1\n");
        assertThat(succeeds(app.autogen("heads")).out()).startsWith(THIRD + " (head)");
        assertThat(succeeds(app.autogen("current")).out()).isEqualTo(SECOND + "\n");

        CliRun upgrade = app.autogen("upgrade", "head");
        assertThat(upgrade.exitCode()).isEqualTo(2);
        assertThat(upgrade.err()).contains("M3_Step.java");
    }

    private static void write(Path folder, int n, String id, String parent, String upgrade, String downgrade)
            throws IOException {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("M" + n + "_Step.java"), """
                package com.example.migrations;

                import static dev.autogen.migration.Columns.column;
                import static dev.autogen.migration.Columns.primaryKey;

                import dev.autogen.migration.Migration;
                import dev.autogen.migration.Operations;
                import dev.autogen.migration.Revision;
                import dev.autogen.migration.Type;

                @Revision(id = "%s",%s message = "step %d", created = "2026-01-0%dT00:00:00Z")
                public final class M%d_Step implements Migration {
                    @Override
                    public void upgrade(Operations op) {
                        %s
                    }

                    @Override
                    public void downgrade(Operations op) {
                        %s
                    }
                }
                """.formatted(id, parent == null ? "" : " parents = \"" + parent + "\",", n, n, n, upgrade, downgrade),
                StandardCharsets.UTF_8);
    }
}
