package dev.autogen.cli;

import static dev.autogen.cli.BadInputTest.failsWith;
import static dev.autogen.cli.BooksTutorialTest.succeeds;
import static dev.autogen.cli.NeverLoseARowTest.rows;
import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.testing.DatabaseTest;
import dev.autogen.testing.TestDatabase;
import java.util.List;
import java.util.Map;

/**
 * Issue 10: names longer than 63 bytes written by hand in a migration. PostgreSQL keeps the first
 * 63 bytes of each; the history replayed (by check, verify and the offline SQL) must hold the name
 * as the database stores it, so after {@code upgrade} the entities (whose names are cut the same
 * way) are no change, and the downgrade finds what it drops.
 */
class LongHandWrittenNamesTest {
    static final String TABLE = "shipments_held_back_awaiting_customs_clearance_at_the_border_crossing";
    static final String COLUMN = "quantity_held_back_awaiting_customs_clearance_at_the_border_crossing";
    static final String INDEX = "ix_shipments_held_back_awaiting_customs_clearance_by_quantity_held";
    static final String CHECK = "ck_shipments_held_back_awaiting_customs_clearance_quantity_not_negative";

    static final String ENTITY = """
            package com.example.model;

            import jakarta.persistence.*;

            @Entity
            @Table(name = "%s", indexes = @Index(name = "%s", columnList = "%s"))
            public class Shipment {
                @Id Long id;
                @Column(name = "%s") Integer held;
            }
            """.formatted(TABLE, INDEX, COLUMN, COLUMN);

    @DatabaseTest
    void aLongNameWrittenByHandReplaysAsTheDatabaseStoresIt(TestDatabase db) throws Exception {
        assertThat(List.of(TABLE, COLUMN, INDEX, CHECK)).allMatch(name -> name.length() > 63);
        UserProject app = new UserProject(db);
        app.entities(Map.of("Shipment", ENTITY));
        String id = "a30000000001";
        app.migration(id, List.of(), """
                op.createTable("%s",
                        column("id", Type.bigint()).notNull(),
                        column("%s", Type.integer()),
                        primaryKey("id"));
                op.createIndex("%s", "%s", "%s");
                """.formatted(TABLE, COLUMN, INDEX, TABLE, COLUMN), """
                op.dropIndex("%s", "%s");
                op.dropTable("%s");
                """.formatted(INDEX, TABLE, TABLE));
        if (db.isMariaDb()) {
            // MariaDB keeps no name longer than 64 characters: it refuses the statement.
            failsWith(app.autogen("upgrade", "head"), "");
            return;
        }
        String table = db.isPostgres() ? TABLE.substring(0, 63) : TABLE;
        String column = db.isPostgres() ? COLUMN.substring(0, 63) : COLUMN;
        // The offline script names what the database will store.
        String offline = succeeds(app.autogen("upgrade", "--sql", "head")).out();
        assertThat(offline).contains("CREATE TABLE " + table + " (").containsIgnoringCase(column + " integer");
        succeeds(app.autogen("upgrade", "head"));
        DatabaseView database = new DatabaseView(db);
        database.execute("INSERT INTO " + table + " (id, " + column + ") VALUES (1, 10), (2, 20), (3, NULL)");
        List<String> before = rows(database, "SELECT id, " + column + " FROM " + table + " ORDER BY id");

        assertThat(succeeds(app.autogen("check")).out()).contains("check: no differences found");
        assertThat(succeeds(app.autogen("revision", "-m", "again")).out()).contains("No changes in schema detected.");
        app.migration("a30000000002", List.of(id), """
                op.createCheckConstraint("%s", "%s", "%s >= 0");
                """.formatted(CHECK, TABLE, COLUMN), """
                op.dropConstraint("%s", "%s");
                """.formatted(CHECK, TABLE));
        succeeds(app.autogen("upgrade", "head"));
        assertThat(rows(database, "SELECT id, " + column + " FROM " + table + " ORDER BY id")).isEqualTo(before);

        succeeds(app.autogen("downgrade", "-1"));
        assertThat(rows(database, "SELECT id, " + column + " FROM " + table + " ORDER BY id")).isEqualTo(before);
        succeeds(app.autogen("downgrade", "base"));
        assertThat(database.tables()).doesNotContain(table);
    }
}
