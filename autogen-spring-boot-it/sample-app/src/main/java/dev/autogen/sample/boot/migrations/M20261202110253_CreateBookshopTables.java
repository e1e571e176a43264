package dev.autogen.sample.boot.migrations;

import static dev.autogen.migration.Columns.column;
import static dev.autogen.migration.Columns.foreignKey;
import static dev.autogen.migration.Columns.primaryKey;
import static dev.autogen.migration.Columns.unique;

import dev.autogen.migration.Migration;
import dev.autogen.migration.Operations;
import dev.autogen.migration.Revision;
import dev.autogen.migration.Type;
import java.util.List;

/**
 * create bookshop tables
 *
 * Changes:
 * - added table author
 * - added table book
 * - added table genre
 * - added table book_genres
 */
@Revision(
        id = "1826e60c9204",
        message = "create bookshop tables",
        created = "2026-12-02T11:02:53Z"
)
public final class M20261202110253_CreateBookshopTables implements Migration {
    @Override
    public void upgrade(Operations op) {
        op.createTable("author",
                column("id", Type.integer()).notNull().identity(),
                column("born_on", Type.date()),
                column("full_name", Type.varchar(120)).notNull(),
                primaryKey("id"));
        op.createTable("book",
                column("id", Type.integer()).notNull().identity(),
                column("list_price", Type.numeric(10, 2)),
                column("main_author_id", Type.integer()).notNull(),
                column("title", Type.varchar(200)).notNull(),
                primaryKey("id"),
                foreignKey("FKfwqmbuoydkyenw70whvuqx8c0", List.of("main_author_id"), "author",
                        List.of("id")));
        op.createTable("genre",
                column("id", Type.integer()).notNull().identity(),
                column("label", Type.varchar(60)).notNull(),
                primaryKey("id"),
                unique("uq_genre_label", "label"));
        op.createTable("book_genres",
                column("book_id", Type.integer()).notNull(),
                column("genres_id", Type.integer()).notNull(),
                primaryKey("book_id", "genres_id"),
                foreignKey("FKkemwddl6cxkebe21lsqa2ob4q", List.of("genres_id"), "genre",
                        List.of("id")),
                foreignKey("FK6soimqwnss59p5wt6m3afnuoo", List.of("book_id"), "book",
                        List.of("id")));
    }

    @Override
    public void downgrade(Operations op) {
        op.dropTable("book_genres");
        op.dropTable("genre");
        op.dropTable("book");
        op.dropTable("author");
    }
}
