package dev.autogen.cli;

import static dev.autogen.cli.BooksTutorialTest.single;
import static dev.autogen.cli.BooksTutorialTest.succeeds;
import static dev.autogen.cli.RevisionGraphCommandsTest.BILLING;
import static dev.autogen.cli.RevisionGraphCommandsTest.BILLING_2;
import static dev.autogen.cli.RevisionGraphCommandsTest.MERGE;
import static dev.autogen.cli.RevisionGraphCommandsTest.ROOT;
import static dev.autogen.cli.RevisionGraphCommandsTest.SEARCH;
import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.testing.DatabaseTest;
import dev.autogen.testing.TestDatabase;
import java.util.Map;

/**
 * Pictures a reviewer looks at instead of reading: {@code autogen graph} (the revision graph as
 * Mermaid, heads outlined, the database's revisions filled), {@code autogen schema --mermaid}
 * (the entities' or the database's tables) and the diagram {@code check --format markdown} adds
 * for the tables a missing revision would change.
 */
class PicturesTest {
    private static final String POST = """
            package com.example.model;

            import jakarta.persistence.*;

            @Entity
            @Table(name = "posts")
            public class Post {
                @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                @Column(nullable = false, length = 80) String title;
                @ManyToOne User author;
            }
            """;

    @DatabaseTest
    void graphMarksHeadsAndWhereTheDatabaseIs(TestDatabase db) throws Exception {
        UserProject app = RevisionGraphCommandsTest.forkedProject(db);
        succeeds(app.autogen("upgrade", "billing@head"));

        String graph = succeeds(app.autogen("graph")).out();

        assertThat(graph).startsWith("flowchart TD\n");
        assertThat(graph.lines()).contains(
                "    r_" + ROOT + "[\"" + ROOT + "<br/>revision " + ROOT + "\"]",
                "    r_" + BILLING + "[\"" + BILLING + " (billing)<br/>billing\"]",
                "    r_" + ROOT + " --> r_" + BILLING,
                "    r_" + BILLING + " --> r_" + BILLING_2,
                "    r_" + ROOT + " --> r_" + SEARCH,
                "    class r_" + BILLING_2 + " head",
                "    class r_" + SEARCH + " head",
                "    class r_" + BILLING_2 + " current");
        assertThat(graph.lines().filter(line -> line.endsWith(" current"))).hasSize(1);
        assertThat(succeeds(app.autogen("graph", "--offline")).out()).doesNotContain(" current\n");

        succeeds(app.autogen("merge", "-m", "join \"billing\" & <search>", "heads", "--rev-id", MERGE));
        String merged = succeeds(app.autogen("graph")).out();
        assertThat(merged.lines()).contains(
                "    r_" + MERGE + "{{\"" + MERGE + "<br/>join #quot;billing#quot; #amp; #lt;search#gt;\"}}",
                "    r_" + BILLING_2 + " --> r_" + MERGE,
                "    r_" + SEARCH + " --> r_" + MERGE,
                "    class r_" + MERGE + " head",
                "    class r_" + BILLING_2 + " current");
        assertThat(merged.lines().filter(line -> line.endsWith(" head"))).hasSize(1);
    }

    @DatabaseTest
    void schemaOfTheEntitiesAndOfTheDatabase(TestDatabase db) throws Exception {
        UserProject app = new UserProject(db);
        app.entities(Map.of("User", UsersTutorialTest.USER, "Post", POST));

        String entities = succeeds(app.autogen("schema", "--mermaid")).out();

        assertThat(entities).startsWith("erDiagram\n");
        assertThat(entities.lines()).contains(
                "    \"posts\" {",
                "        varchar(80) title \"NOT NULL\"",
                "        bigint author_id FK",
                "    \"users\" {",
                "        varchar(255) name \"NOT NULL\"",
                "    \"posts\" }o--o| \"users\" : \"author_id\"");
        assertThat(succeeds(app.autogen("schema")).out().lines()).contains("posts", "  title varchar(80) not null",
                "  foreign key (author_id) references users (id)");

        succeeds(app.autogen("revision", "-m", "users and posts"));
        succeeds(app.autogen("upgrade", "head"));
        String database = succeeds(app.autogen("schema", "--mermaid", "--database")).out();
        assertThat(database.lines()).contains("    \"posts\" }o--o| \"users\" : \"author_id\"")
                .anyMatch(line -> line.matches(" {8}\\S+ title \"NOT NULL\""));
        assertThat(database).as("autogen's own bookkeeping is not the application's schema")
                .doesNotContain("autogen_version");
    }

    @DatabaseTest
    void checkInMarkdownDrawsTheTablesAMissingRevisionWouldChange(TestDatabase db) throws Exception {
        UserProject app = new UserProject(db);
        app.entities(Map.of("User", UsersTutorialTest.USER, "Post", POST));
        succeeds(app.autogen("revision", "-m", "users and posts"));
        succeeds(app.autogen("upgrade", "head"));
        String head = single(new DatabaseView(db).versions());
        app.entities(Map.of("User", UsersTutorialTest.USER_WITH_AGE, "Post", POST));

        CliRun markdown = app.autogen("check", "--format", "markdown");

        assertThat(markdown.exitCode()).as(markdown.toString()).isEqualTo(1);
        assertThat(markdown.out()).contains("`" + head + "`", "added column users.age",
                "<details><summary>The tables this change touches</summary>\n\n```mermaid\nerDiagram\n    \"users\" {\n",
                "        integer age \"added\"\n")
                .doesNotContain("\"posts\" {");
        assertThat(app.autogen("check").out()).as("text and json stay as they were").doesNotContain("erDiagram");
    }
}
