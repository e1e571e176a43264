package dev.autogen.cli;

import static dev.autogen.cli.BooksTutorialTest.succeeds;
import static dev.autogen.cli.NeverLoseARowTest.rows;
import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.schema.CheckConstraint;
import dev.autogen.schema.Table;
import dev.autogen.testing.DatabaseTest;
import dev.autogen.testing.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.Map;

/**
 * Issue 10: a downgrade re-creates a constraint with the definition it dropped. An enum gains a
 * value, so its CHECK is dropped and added again; after upgrade and downgrade the database reports
 * the same constraints, each in the same text, as before the upgrade, and every row is kept.
 */
class ConstraintRestoredTest {
    static final String PARCEL = """
            package com.example.model;

            import jakarta.persistence.*;

            @Entity
            @Table(name = "parcel")
            public class Parcel {
                public enum Status { %s }

                @Id Long id;
                @Enumerated(EnumType.STRING) @Column(length = 20) Status status;
                @Column(length = 30) String code;
            }
            """;

    private static final String ROWS = "SELECT id, status, code FROM parcel ORDER BY id";

    @DatabaseTest
    void anEnumCheckComesBackInTheTextItWasDroppedIn(TestDatabase db) throws Exception {
        UserProject app = new UserProject(db);
        app.entities(Map.of("Parcel", PARCEL.formatted("OPEN, HELD")));
        succeeds(app.autogen("revision", "-m", "parcels"));
        succeeds(app.autogen("upgrade", "head"));
        DatabaseView database = new DatabaseView(db);
        database.execute("INSERT INTO parcel (id, status, code) VALUES (1, 'OPEN', 'a'), (2, 'HELD', 'b'),"
                + " (3, NULL, 'c')");
        List<String> before = rows(database, ROWS);
        List<CheckConstraint> checks = checks(db);
        assertThat(checks).isNotEmpty();

        app.entities(Map.of("Parcel", PARCEL.formatted("OPEN, HELD, CLEARED")));
        succeeds(app.autogen("revision", "-m", "cleared"));
        succeeds(app.autogen("upgrade", "head"));
        assertThat(checks(db)).isNotEqualTo(checks);
        assertThat(rows(database, ROWS)).isEqualTo(before);

        succeeds(app.autogen("downgrade", "-1"));
        assertThat(checks(db)).isEqualTo(checks);
        assertThat(rows(database, ROWS)).isEqualTo(before);
    }

    /**
     * A table made by hand before autogen, its check spelled its own way: the first revision
     * changes the check, and its downgrade must give back the check the database had, in the
     * database's own text, not in the spelling of the entities.
     */
    @DatabaseTest
    void aHandWrittenCheckComesBackAsTheDatabaseHadIt(TestDatabase db) throws Exception {
        UserProject app = new UserProject(db);
        DatabaseView database = new DatabaseView(db);
        database.execute("CREATE TABLE parcel (id BIGINT NOT NULL PRIMARY KEY, status VARCHAR(20)"
                + " CONSTRAINT parcel_status_check CHECK (status = 'OPEN' OR (status = 'HELD')), code VARCHAR(30))");
        database.execute("INSERT INTO parcel (id, status, code) VALUES (1, 'OPEN', 'a'), (2, 'HELD', 'b'),"
                + " (3, NULL, 'c')");
        List<String> before = rows(database, ROWS);
        List<CheckConstraint> checks = checks(db);

        app.entities(Map.of("Parcel", PARCEL.formatted("OPEN, HELD, CLEARED")));
        succeeds(app.autogen("revision", "-m", "cleared"));
        succeeds(app.autogen("upgrade", "head"));
        assertThat(rows(database, ROWS)).isEqualTo(before);

        succeeds(app.autogen("downgrade", "base"));
        assertThat(checks(db)).isEqualTo(checks);
        assertThat(rows(database, ROWS)).isEqualTo(before);
    }

    /** The parcel table's checks as the database reports them: names and text. */
    static List<CheckConstraint> checks(TestDatabase db) throws Exception {
        try (Connection c = DriverManager.getConnection(db.url())) {
            Table parcel = db.dialect().reflect(c, "parcel"::equals).table("parcel").orElseThrow();
            return parcel.checks();
        }
    }
}
