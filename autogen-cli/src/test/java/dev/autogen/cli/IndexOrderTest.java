package dev.autogen.cli;

import static dev.autogen.cli.BooksTutorialTest.succeeds;
import static dev.autogen.cli.NeverLoseARowTest.rows;
import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.schema.Index;
import dev.autogen.testing.DatabaseTest;
import dev.autogen.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.Map;

/**
 * Issue 10: an index's column order and each column's {@code ASC}/{@code DESC} are part of what it
 * means. {@code columnList = "score DESC, name"} after {@code "score"} is a change: detected,
 * written into the revision, applied, reversed exactly by the downgrade, and read back from the
 * database as it was written, with every row kept.
 */
class IndexOrderTest {
    static final String PLAYER = """
            package com.example.model;

            import jakarta.persistence.*;

            @Entity
            @Table(name = "player", indexes = @Index(name = "ix_player_score", columnList = "%s"))
            public class Player {
                @Id Long id;
                Integer score;
                @Column(length = 40) String name;
            }
            """;

    private static final String ROWS = "SELECT id, score, name FROM player ORDER BY id";

    @DatabaseTest
    void aDescendingColumnIsAChangeAppliedAndReversed(TestDatabase db) throws Exception {
        UserProject app = new UserProject(db);
        app.entities(Map.of("Player", PLAYER.formatted("score")));
        succeeds(app.autogen("revision", "-m", "players"));
        succeeds(app.autogen("upgrade", "head"));
        DatabaseView database = new DatabaseView(db);
        database.execute("INSERT INTO player (id, score, name) VALUES (1, 10, 'ann'), (2, 30, 'bob'), (3, 20, 'cy')");
        List<String> before = rows(database, ROWS);
        assertThat(index(db)).isEqualTo(new Index("ix_player_score", List.of("score"), false));

        app.entities(Map.of("Player", PLAYER.formatted("score DESC, name")));
        List<Path> earlier = app.migrationFiles();
        CliRun revision = succeeds(app.autogen("revision", "-m", "best first"));
        assertThat(revision.out()).doesNotContain("No changes in schema detected.");
        String written = Files.readString(app.migrationFiles().stream().filter(p -> !earlier.contains(p))
                .findFirst().orElseThrow());
        assertThat(written).contains("\"score DESC\", \"name\"");
        succeeds(app.autogen("upgrade", "head"));

        assertThat(index(db)).isEqualTo(new Index("ix_player_score", List.of("score", "name"), false,
                List.of("score")));
        assertThat(succeeds(app.autogen("check")).out()).contains("check: no differences found");
        assertThat(rows(database, ROWS)).isEqualTo(before);

        succeeds(app.autogen("downgrade", "-1"));
        assertThat(index(db)).isEqualTo(new Index("ix_player_score", List.of("score"), false));
        assertThat(rows(database, ROWS)).isEqualTo(before);

        // Up again; ASC is what an index does unless told otherwise, so "name ASC" is no change.
        succeeds(app.autogen("upgrade", "head"));
        assertThat(rows(database, ROWS)).isEqualTo(before);
        app.entities(Map.of("Player", PLAYER.formatted("score DESC, name ASC")));
        assertThat(succeeds(app.autogen("check")).out()).contains("check: no differences found");
    }

    /** The player table's index as the dialect reflects it. */
    private static Index index(TestDatabase db) throws Exception {
        try (Connection c = DriverManager.getConnection(db.url())) {
            return db.dialect().reflect(c, "player"::equals).table("player").orElseThrow().indexes().stream()
                    .filter(i -> i.name().equals("ix_player_score")).findFirst().orElseThrow();
        }
    }
}
