package dev.autogen.cli;

import static dev.autogen.cli.BadInputTest.failsWith;
import static dev.autogen.cli.BooksTutorialTest.succeeds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.autogen.testing.DatabaseTest;
import dev.autogen.testing.TestDatabase;
import java.util.List;
import java.util.Map;

/**
 * Issue 10 as a new user meets it, through the command line on both databases: each case ends
 * either applied with every row intact or refused with one line and exit 2, database unchanged.
 */
class NeverLoseARowTest {
    static final String PARCEL = """
            package com.example.model;

            import jakarta.persistence.*;

            @Entity
            @Table(name = "parcel")
            public class Parcel {
                @Id Long id;
                @Column(length = %d) String code;
            }
            """;

    /** A widening, data written, then {@code downgrade -1}: PostgreSQL would cut every value to 10. */
    @DatabaseTest
    void downgradeOfAWideningKeepsLongValues(TestDatabase db) throws Exception {
        UserProject app = new UserProject(db);
        app.entities(Map.of("Parcel", PARCEL.formatted(10)));
        succeeds(app.autogen("revision", "-m", "parcels"));
        succeeds(app.autogen("upgrade", "head"));
        DatabaseView database = new DatabaseView(db);
        String first = database.versions().get(0);
        app.entities(Map.of("Parcel", PARCEL.formatted(100)));
        succeeds(app.autogen("revision", "-m", "longer codes"));
        succeeds(app.autogen("upgrade", "head"));
        String longCode = "p".repeat(40) + "-044";
        database.execute("INSERT INTO parcel (id, code) VALUES (1, '" + longCode + "'), (2, 'short')");
        List<String> heads = database.versions();

        CliRun downgrade = app.autogen("downgrade", "-1");

        if (db.isPostgres()) {
            failsWith(downgrade, "autogen refuses to change parcel.code to varchar(10): 1 row(s) hold values"
                    + " longer than 10 characters; the type was not changed");
            assertThat(downgrade.err()).doesNotContain("DO $").doesNotContain("PL/pgSQL");
            assertThat(database.versions()).isEqualTo(heads);
            // The offline script carries the same check: run by psql, it stops at the guard.
            String script = succeeds(app.autogen("downgrade", "--sql", heads.get(0) + ":" + first)).out();
            assertThat(script).contains("autogen refuses to change parcel.code");
            String schema = db.url().replaceAll(".*currentSchema=([^&]*).*", "$1");
            assertThatThrownBy(() -> SqlShell.run(db.url(), schema, script, db.workDir()))
                    .hasMessageContaining("1 row(s) hold values longer than 10 characters");
            assertThat(database.versions()).isEqualTo(heads);
        } else {
            // SQLite enforces no length: the downgrade keeps the value whole.
            succeeds(downgrade);
        }
        assertThat(rows(database, "SELECT id, code FROM parcel ORDER BY id")).containsExactly(
                "1|" + longCode, "2|short");
    }

    /** Each row as its values joined by {@code |}, the same text on both databases. */
    static List<String> rows(DatabaseView database, String sql) throws Exception {
        return database.query(sql).stream().map(row -> String.join("|",
                row.values().stream().map(String::valueOf).toList())).toList();
    }
}
