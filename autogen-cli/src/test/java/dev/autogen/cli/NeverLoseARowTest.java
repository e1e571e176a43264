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
        } else if (db.isMariaDb()) {
            // autogen counts the values before the ALTER, which would commit on its own: nothing changes,
            // and the version stays.
            failsWith(downgrade, "autogen refuses to change parcel.code to varchar(10): 1 row(s) hold values longer"
                    + " than 10 characters; the type was not changed");
            assertThat(database.versions()).isEqualTo(heads);
        } else {
            // SQLite enforces no length: the downgrade keeps the value whole.
            succeeds(downgrade);
        }
        assertThat(rows(database, "SELECT id, code FROM parcel ORDER BY id")).containsExactly(
                "1|" + longCode, "2|short");
    }

    static final String VICTIM = """
            package com.example.model;

            import jakarta.persistence.*;

            @Entity
            @Table(name = "victim")
            public class Victim {
                @Id Long id;
                String name;
            }
            """;

    static final String GADGET = """
            package com.example.model;

            import jakarta.persistence.*;
            import org.hibernate.annotations.ColumnDefault;

            @Entity
            @Table(name = "gadget")
            public class Gadget {
                @Id Long id;
                @ColumnDefault("0); DROP TABLE victim; CREATE TABLE pwned (id int") Integer counter;
            }
            """;

    /** Issue 10, why-item 4: a default that would end the statement, from an entity and by hand. */
    @DatabaseTest
    void aDefaultThatEndsTheStatementIsRefusedWhenWrittenAndWhenRun(TestDatabase db) throws Exception {
        UserProject app = new UserProject(db);
        app.entities(Map.of("Victim", VICTIM));
        succeeds(app.autogen("revision", "-m", "victims"));
        succeeds(app.autogen("upgrade", "head"));
        DatabaseView database = new DatabaseView(db);
        database.execute("INSERT INTO victim (id, name) VALUES (1, 'still here')");
        List<String> heads = database.versions();
        int files = app.migrationFiles().size();

        app.entities(Map.of("Victim", VICTIM, "Gadget", GADGET));
        failsWith(app.autogen("revision", "-m", "gadgets"), "entities: the default of gadget.counter is not one SQL"
                + " expression (')' closes a parenthesis it did not open): 0); DROP TABLE victim;");
        assertThat(app.migrationFiles()).hasSize(files);

        // The same text written by hand into a migration is refused before any statement runs.
        app.entities(Map.of("Victim", VICTIM));
        app.migration("a10000000001", heads, """
                op.addColumn("victim", column("counter", Type.integer())
                        .serverDefault("0); DROP TABLE victim; CREATE TABLE pwned (id int"));
                """, "op.dropColumn(\"victim\", \"counter\");");
        failsWith(app.autogen("upgrade", "head"), "the default of victim.counter is not one SQL expression");
        assertThat(database.versions()).isEqualTo(heads);
        assertThat(database.tables()).contains("victim").doesNotContain("pwned");
        assertThat(database.columns("victim")).containsOnlyKeys("id", "name");
        assertThat(rows(database, "SELECT id, name FROM victim")).containsExactly("1|still here");
    }

    static final String LONG_TABLE = "shipments_awaiting_customs_clearance_at_the_northern_border_crossing_xy";

    static final String LONG_ENTITY = """
            package com.example.model;

            import jakarta.persistence.*;

            @Entity
            @Table(name = "%s")
            public class Shipment {
                public enum Status { OPEN, HELD, CLEARED }
                public enum Kind { BOX, PALLET }

                @Id Long id;
                @Enumerated(EnumType.STRING) Status status;
                @Enumerated(EnumType.STRING) Kind kind;
                @Column(unique = true, length = 40) String code;
            }
            """.formatted(LONG_TABLE);

    /** Issue 10, why-item 2: a 71-character table name is no change after upgrade, and keeps its rows. */
    @DatabaseTest
    void aLongTableNameIsNoChangeAfterUpgrade(TestDatabase db) throws Exception {
        assertThat(LONG_TABLE).hasSize(71);
        UserProject app = new UserProject(db);
        app.entities(Map.of("Shipment", LONG_ENTITY));
        succeeds(app.autogen("revision", "-m", "shipments"));
        DatabaseView database = new DatabaseView(db);
        if (db.isMariaDb()) {
            // MariaDB neither keeps nor cuts a name over 64 characters: it refuses the first statement,
            // and nothing of the revision is applied.
            failsWith(app.autogen("upgrade", "head"), "Incorrect table name '" + LONG_TABLE + "'");
            assertThat(database.versions()).isEmpty();
            assertThat(database.tables()).doesNotContain(LONG_TABLE);
            return;
        }
        succeeds(app.autogen("upgrade", "head"));
        String stored = db.isPostgres() ? LONG_TABLE.substring(0, 63) : LONG_TABLE;
        StringBuilder insert = new StringBuilder("INSERT INTO " + stored + " (id, status, kind, code) VALUES ");
        for (int i = 1; i <= 100; i++) {
            insert.append(i == 1 ? "" : ", ").append("(").append(i).append(", '")
                    .append(i % 2 == 0 ? "OPEN" : "HELD").append("', 'BOX', 'code-").append(i).append("')");
        }
        database.execute(insert.toString());
        List<String> before = rows(database, "SELECT id, status, kind, code FROM " + stored + " ORDER BY id");

        CliRun check = succeeds(app.autogen("check"));
        assertThat(check.out()).contains("check: no differences found");
        assertThat(succeeds(app.autogen("revision", "-m", "again")).out()).contains("No changes in schema detected.");
        assertThat(rows(database, "SELECT id, status, kind, code FROM " + stored + " ORDER BY id"))
                .hasSize(100).isEqualTo(before);
        assertThat(database.tables()).contains(stored);
    }

    /** Issue 10, why-item 2: a version table whose checksum table would not fit is refused. */
    @DatabaseTest
    void aVersionTableNameTooLongForTheDatabaseIsRefused(TestDatabase db) throws Exception {
        UserProject app = new UserProject(db);
        String name = "deployment_history_of_the_warehouse_service_v2_x";
        app.writeConfig("""
                url=%s
                script.location=src/main/java/com/example/migrations
                entities.classpath=target/classes
                entities.packages=com.example.model
                version.table=%s
                """.formatted(db.url(), name + "long"));
        app.entities(Map.of("Victim", VICTIM));
        app.migration("a20000000001", List.of(), """
                op.createTable("victim", column("id", Type.bigint()).notNull(), primaryKey("id"));
                """, "op.dropTable(\"victim\");");
        CliRun upgrade = app.autogen("upgrade", "head");
        if (!db.isSqlite()) {
            failsWith(upgrade, "the version table name " + name + "long is too long for " + db.dialect().name());
            assertThat(new DatabaseView(db).tables()).isEmpty();
        } else {
            succeeds(upgrade);
        }
    }

    /** Each row as its values joined by {@code |}, the same text on both databases. */
    static List<String> rows(DatabaseView database, String sql) throws Exception {
        return database.query(sql).stream().map(row -> String.join("|",
                row.values().stream().map(String::valueOf).toList())).toList();
    }
}
