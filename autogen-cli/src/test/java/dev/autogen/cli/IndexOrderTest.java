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

    static final String UNIQUE_PLAYER = """
            package com.example.model;

            import jakarta.persistence.*;

            @Entity
            @Table(name = "player", indexes = @Index(name = "ux_player_score", columnList = "%s", unique = true))
            public class Player {
                @Id Long id;
                Integer score;
                @Column(length = 40) String name;
            }
            """;

    /**
     * Only the direction of a unique index's column changes: a change on every database, MariaDB
     * included (where an all-ascending unique index is read as the unique key it also is, and a
     * descending one as the index), applied and reversed with every row kept.
     */
    @DatabaseTest
    void aUniqueIndexTurnedDescendingIsAChangeAppliedAndReversed(TestDatabase db) throws Exception {
        UserProject app = new UserProject(db);
        app.entities(Map.of("Player", UNIQUE_PLAYER.formatted("score")));
        succeeds(app.autogen("revision", "-m", "players"));
        succeeds(app.autogen("upgrade", "head"));
        DatabaseView database = new DatabaseView(db);
        database.execute("INSERT INTO player (id, score, name) VALUES (1, 10, 'ann'), (2, 30, 'bob'), (3, 20, 'cy')");
        List<String> before = rows(database, ROWS);
        assertThat(uniqueKey(db)).isEqualTo(new Index("ux_player_score", List.of("score"), true));

        app.entities(Map.of("Player", UNIQUE_PLAYER.formatted("score DESC")));
        CliRun drift = app.autogen("check");
        assertThat(drift.exitCode()).as(drift.toString()).isEqualTo(1);
        assertThat(drift.out()).contains("ux_player_score");
        CliRun revision = succeeds(app.autogen("revision", "-m", "best first"));
        assertThat(revision.out()).doesNotContain("No changes in schema detected.");
        succeeds(app.autogen("upgrade", "head"));
        assertThat(uniqueKey(db)).isEqualTo(new Index("ux_player_score", List.of("score"), true, List.of("score")));
        assertThat(succeeds(app.autogen("check")).out()).contains("check: no differences found");
        assertThat(rows(database, ROWS)).isEqualTo(before);
        // Still unique in the new direction.
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> database.execute("INSERT INTO player (id, score, name) VALUES (4, 30, 'dup')"))
                .isInstanceOf(java.sql.SQLException.class);

        succeeds(app.autogen("downgrade", "-1"));
        assertThat(uniqueKey(db)).isEqualTo(new Index("ux_player_score", List.of("score"), true));
        assertThat(rows(database, ROWS)).isEqualTo(before);
        succeeds(app.autogen("upgrade", "head"));
        assertThat(uniqueKey(db)).isEqualTo(new Index("ux_player_score", List.of("score"), true, List.of("score")));
        assertThat(rows(database, ROWS)).isEqualTo(before);
    }

    /** The player table's unique key as an index, whether the dialect reflects it as one or as the unique constraint. */
    private static Index uniqueKey(TestDatabase db) throws Exception {
        try (Connection c = DriverManager.getConnection(db.url())) {
            dev.autogen.schema.Table table = db.dialect().reflect(c, "player"::equals).table("player").orElseThrow();
            return table.indexes().stream().filter(i -> i.name().equals("ux_player_score")).findFirst()
                    .orElseGet(() -> table.uniqueConstraints().stream()
                            .filter(u -> u.name().filter("ux_player_score"::equals).isPresent())
                            .map(u -> new Index("ux_player_score", u.columns(), true)).findFirst().orElseThrow());
        }
    }

    /** The player table's index as the dialect reflects it. */
    private static Index index(TestDatabase db) throws Exception {
        try (Connection c = DriverManager.getConnection(db.url())) {
            return db.dialect().reflect(c, "player"::equals).table("player").orElseThrow().indexes().stream()
                    .filter(i -> i.name().equals("ix_player_score")).findFirst().orElseThrow();
        }
    }
}
