package dev.autogen.cli;

import static dev.autogen.cli.BooksTutorialTest.single;
import static dev.autogen.cli.BooksTutorialTest.succeeds;
import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.dialect.Dialects;
import dev.autogen.model.jpa.EntitySource;
import dev.autogen.model.jpa.HibernateDdl;
import dev.autogen.testing.DatabaseTest;
import dev.autogen.testing.TestDatabase;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;

/**
 * The three ways a team meets a database that already exists (issue 11), each followed to the
 * end on SQLite and PostgreSQL: after it, {@code check} and {@code verify} exit 0, and an entity
 * change afterwards goes through {@code revision}, {@code upgrade head} and {@code check} again.
 * Rows put in before are still there at the end.
 */
class ExistingDatabaseTest {
    static final String TICKET = """
            package com.example.model;

            import jakarta.persistence.*;

            @Entity
            @Table(name = "tickets")
            public class Ticket {
                public enum Status { OPEN, CLOSED }

                @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                @Column(nullable = false) String title;
                @Enumerated(EnumType.STRING) Status status;
                @Column(unique = true) String code;
            }
            """;

    /** A third enum value: the check Hibernate left unnamed ({@code tickets_status_check}) is replaced. */
    static final String TICKET_REOPENED = TICKET.replace("OPEN, CLOSED }", "OPEN, CLOSED, REOPENED }");

    static final String SEAT = """
            package com.example.model;

            import jakarta.persistence.*;

            @Entity
            @Table(name = "seat")
            public class Seat {
                @Id Long id;
                @Column(nullable = false, length = 10) String code;
            }
            """;

    /** The key moves to another column: the unnamed primary key (seat_pkey on PostgreSQL) is dropped. */
    static final String SEAT_BY_CODE = """
            package com.example.model;

            import jakarta.persistence.*;

            @Entity
            @Table(name = "seat")
            public class Seat {
                Long id;
                @Id @Column(length = 10) String code;
            }
            """;

    /** Check and verify pass, and say nothing is wrong. */
    static void gatesPass(UserProject app) {
        CliRun check = succeeds(app.autogen("check"));
        assertThat(check.out()).contains("check: no differences found").doesNotContain("error:");
        CliRun verify = succeeds(app.autogen("verify"));
        assertThat(verify.out()).containsPattern("verify: (no differences found|0 errors)").doesNotContain("error:");
    }

    /**
     * What a new enum value changes: the check Hibernate writes for an enum column, or on MariaDB
     * the column's native {@code enum(...)} type.
     */
    static String enumValueAdded(TestDatabase db) {
        return db.isMariaDb() ? "altered column tickets.status: type enum(" : "dropped check constraint";
    }

    /** An entity change goes through revision, upgrade and check, and verify still passes. */
    static void anEntityChangeGoesThrough(UserProject app, String entity, String source, String detected) {
        app.entities(Map.of(entity, source));
        assertThat(succeeds(app.autogen("revision", "-m", "entity change")).out()).contains("Detected " + detected);
        succeeds(app.autogen("upgrade", "head"));
        gatesPass(app);
        assertThat(succeeds(app.autogen("revision", "-m", "again")).out()).contains("No changes in schema detected.");
    }

    /** Case 1: the first revision drops a table the entities do not map. */
    @DatabaseTest
    void aFirstRevisionThatDropsAnUnmappedTable(TestDatabase db) throws Exception {
        UserProject app = new UserProject(db);
        DatabaseView database = new DatabaseView(db);
        database.execute("CREATE TABLE stray (id INTEGER PRIMARY KEY, note VARCHAR(20) UNIQUE)");
        database.execute("INSERT INTO stray (id, note) VALUES (1, 'left over')");
        app.entities(Map.of("User", UsersTutorialTest.USER));

        CliRun revision = succeeds(app.autogen("revision", "-m", "create users"));
        assertThat(revision.out()).contains("Detected added table users", "Detected dropped table stray");
        succeeds(app.autogen("upgrade", "head"));
        assertThat(database.tables()).doesNotContain("stray");
        database.execute("INSERT INTO users (name, email) VALUES ('ann', 'ann@example.com')");

        gatesPass(app);
        anEntityChangeGoesThrough(app, "User", UsersTutorialTest.USER_WITH_AGE, "added column users.age");
        assertThat(database.query("SELECT name FROM users")).containsExactly(Map.of("name", "ann"));

        // The downgrade brings the dropped table back as it was (its rows are gone, as the file warns).
        succeeds(app.autogen("downgrade", "base"));
        assertThat(database.tables()).contains("stray").doesNotContain("users");
    }

    /** Case 2: a later revision drops the primary key the database named. */
    @DatabaseTest
    void aRevisionThatDropsAKeyTheDatabaseNamed(TestDatabase db) throws Exception {
        UserProject app = new UserProject(db);
        DatabaseView database = new DatabaseView(db);
        app.entities(Map.of("Seat", SEAT));
        succeeds(app.autogen("revision", "-m", "create seat"));
        succeeds(app.autogen("upgrade", "head"));
        database.execute("INSERT INTO seat (id, code) VALUES (7, 'A7')");

        app.entities(Map.of("Seat", SEAT_BY_CODE));
        succeeds(app.autogen("revision", "-m", "key by code"));
        String file = Files.readString(app.migrationFiles().get(app.migrationFiles().size() - 1));
        assertThat(file).contains(db.isPostgres() ? "op.dropConstraint(\"seat_pkey\", \"seat\")"
                : "op.dropConstraint(\"pk_seat\", \"seat\")");
        succeeds(app.autogen("upgrade", "head"));

        gatesPass(app);
        anEntityChangeGoesThrough(app, "Seat", SEAT_BY_CODE.replace("Long id;", "Long id;\n    String row;"),
                "added column seat.row");
        assertThat(database.query("SELECT code FROM seat")).containsExactly(Map.of("code", "A7"));
    }

    /** Case 3, Alembic's way: an empty first revision stamped on a database Hibernate built. */
    @DatabaseTest
    void anEmptyFirstRevisionStampedOnAHibernateDatabase(TestDatabase db) throws Exception {
        UserProject app = hibernateBuilt(db);
        DatabaseView database = new DatabaseView(db);

        succeeds(app.autogen("revision", "--empty", "-m", "existing schema"));
        succeeds(app.autogen("stamp", "head"));
        CliRun check = succeeds(app.autogen("check"));
        assertThat(check.out()).contains("history starts from an existing schema: 1 table there before its first"
                + " revision (tickets)");
        gatesPass(app);

        anEntityChangeGoesThrough(app, "Ticket", TICKET_REOPENED, enumValueAdded(db));
        assertThat(database.query("SELECT title FROM tickets")).containsExactly(Map.of("title", "printer jam"));

        // Without the database, the schema the history starts from is unknown: one line, exit 2.
        CliRun offline = app.autogen("revision", "--offline", "-m", "offline");
        assertThat(offline.exitCode()).isEqualTo(2);
        assertThat(offline.err()).startsWith("autogen: error: revision --offline cannot see the schema the history"
                + " starts from").contains("run `autogen revision` against that database instead").hasLineCount(1);
    }

    /** Case 3, the other obvious way: a revision against the database Hibernate built, then upgrade. */
    @DatabaseTest
    void aFirstRevisionAgainstAHibernateDatabase(TestDatabase db) throws Exception {
        UserProject app = hibernateBuilt(db);
        DatabaseView database = new DatabaseView(db);
        database.execute("CREATE TABLE legacy_audit (id INTEGER PRIMARY KEY, what VARCHAR(100))");

        CliRun revision = succeeds(app.autogen("revision", "-m", "adopt"));
        assertThat(revision.out()).contains("Detected dropped table legacy_audit").doesNotContain("tickets");
        succeeds(app.autogen("upgrade", "head"));

        gatesPass(app);
        anEntityChangeGoesThrough(app, "Ticket", TICKET_REOPENED, enumValueAdded(db));
        assertThat(database.query("SELECT title FROM tickets")).containsExactly(Map.of("title", "printer jam"));
    }

    /** Case 3 with a baseline: the schema written as the first revision, the database stamped at it. */
    @DatabaseTest
    void aBaselineOfAHibernateDatabase(TestDatabase db) throws Exception {
        UserProject app = hibernateBuilt(db);
        DatabaseView database = new DatabaseView(db);
        database.execute("CREATE TABLE flyway_schema_history (installed_rank INT NOT NULL PRIMARY KEY,"
                + " version VARCHAR(50))");

        CliRun baseline = succeeds(app.autogen("baseline", "-m", "existing schema"));
        String head = single(database.versions());
        assertThat(baseline.out()).contains("Stamped the database at " + head);
        assertThat(app.migrationFiles()).hasSize(1);
        String file = Files.readString(app.migrationFiles().get(0));
        assertThat(file).contains("Baseline: the schema of", "Left out: flyway_schema_history",
                "op.createTable(\"tickets\"").doesNotContain("flyway_schema_history\"");
        assertThat(succeeds(app.autogen("revision", "-m", "nothing")).out())
                .contains("No changes in schema detected.");

        gatesPass(app);
        anEntityChangeGoesThrough(app, "Ticket", TICKET_REOPENED, enumValueAdded(db));
        assertThat(database.tables()).contains("flyway_schema_history");

        CliRun again = app.autogen("baseline", "-m", "again");
        assertThat(again.exitCode()).isEqualTo(2);
        assertThat(again.err()).startsWith("autogen: error: the migrations folder").hasLineCount(1);
        assertThat(app.migrationFiles()).hasSize(2);
    }

    @DatabaseTest
    void baselineRefusesADatabaseThatHasAVersionTable(TestDatabase db) throws Exception {
        UserProject app = hibernateBuilt(db);
        DatabaseView database = new DatabaseView(db);
        database.execute("CREATE TABLE autogen_version (version_num VARCHAR(32) PRIMARY KEY)");
        database.execute("INSERT INTO autogen_version VALUES ('0123456789ab')");

        CliRun baseline = app.autogen("baseline", "-m", "existing schema");

        assertThat(baseline.exitCode()).isEqualTo(2);
        assertThat(baseline.err()).isEqualTo("autogen: error: the database already has the version table"
                + " autogen_version (at 0123456789ab), so autogen manages it already: write changes with `autogen"
                + " revision`, or drop autogen_version and autogen_version_checksums first to adopt it afresh\n");
        assertThat(app.migrationFiles()).isEmpty();
        assertThat(database.versions()).containsExactly("0123456789ab");
    }

    /** The tickets entity compiled, its tables created by Hibernate's own schema export, one row in. */
    static UserProject hibernateBuilt(TestDatabase db) throws Exception {
        UserProject app = new UserProject(db);
        app.entities(Map.of("Ticket", TICKET));
        EntitySource entities = new EntitySource(List.of(app.dir().resolve("target/classes")),
                List.of("com.example.model"), "default", "default");
        DatabaseView database = new DatabaseView(db);
        for (String sql : HibernateDdl.creationCommands(entities, Dialects.forUrl(db.url()))) {
            database.execute(sql);
        }
        database.execute("INSERT INTO tickets (title, status, code) VALUES ('printer jam', 'OPEN', 'T-1')");
        return app;
    }
}
