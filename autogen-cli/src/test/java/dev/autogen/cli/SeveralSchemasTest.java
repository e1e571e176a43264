package dev.autogen.cli;

import static dev.autogen.cli.BadInputTest.failsWith;
import static dev.autogen.cli.BooksTutorialTest.succeeds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.autogen.testing.DatabaseTest;
import dev.autogen.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One model over three schemas: users in the connection's own, customers in one other schema
 * (PostgreSQL) or database (MariaDB) and invoices, with a foreign key to customers, in a second.
 * The tutorial runs through it with rows in the tables: revision (which creates both schemas),
 * upgrade, check clean; an edited entity, revision, upgrade, check clean, the rows unchanged;
 * downgrade and back; downgrade to base drops the schemas the first revision created. A schema
 * the configuration does not list is never read, so its table is never dropped. SQLite, which has
 * no schemas, refuses such an entity in one line.
 */
class SeveralSchemasTest {

    private static String customer(String crm) {
        return """
                package com.example.model;

                import jakarta.persistence.*;

                @Entity
                @Table(name = "customers", schema = "%1$s", catalog = "%1$s")
                public class Customer {
                    @Id Long id;
                    @Column(nullable = false, length = 80) String name;
                }
                """.formatted(crm);
    }

    private static String invoice(String billing) {
        return """
                package com.example.model;

                import jakarta.persistence.*;
                import java.math.BigDecimal;

                @Entity
                @Table(name = "invoices", schema = "%1$s", catalog = "%1$s",
                       indexes = @Index(name = "ix_invoices_amount", columnList = "amount"))
                public class Invoice {
                    @Id Long id;
                    @ManyToOne(optional = false) @JoinColumn(name = "customer_id") Customer customer;
                    @Column(precision = 10, scale = 2) BigDecimal amount;
                }
                """.formatted(billing);
    }

    @DatabaseTest
    void twoSchemasWithAForeignKeyAcrossThemGoThroughTheTutorial(TestDatabase db) throws Exception {
        UserProject app = new UserProject(db);
        String unique = Long.toHexString(System.nanoTime());
        String crm = "crm_" + unique;
        String billing = "billing_" + unique;
        String stray = "stray_" + unique;
        app.entities(Map.of("User", UsersTutorialTest.USER, "Customer", customer(crm), "Invoice", invoice(billing)));
        if (db.isSqlite()) {
            failsWith(app.autogen("revision", "-m", "two schemas"), "entity com.example.model.");
            failsWith(app.autogen("revision", "-m", "two schemas"), "but sqlite has no schemas");
            return;
        }
        failsWith(app.autogen("revision", "-m", "unlisted"), "the entities put table " + billing + ".invoices in schema "
                + billing + ", which 'schemas' in autogen.properties does not list; add it");
        Files.writeString(app.dir().resolve("autogen.properties"), "schemas = " + crm + ", " + billing + "\n",
                java.nio.file.StandardOpenOption.APPEND);
        // A schema nobody listed: its table is none of autogen's business.
        execute(db, createSchema(db, stray), "CREATE TABLE " + stray + ".leftalone (id integer)");
        try {
            tutorial(db, app, crm, billing);
            assertThat(count(db, stray + ".leftalone")).isZero();
        } finally {
            execute(db, (db.isPostgres() ? "DROP SCHEMA IF EXISTS " + stray + " CASCADE" : "DROP DATABASE IF EXISTS "
                    + stray));
            for (String schema : List.of(billing, crm)) {
                execute(db, (db.isPostgres() ? "DROP SCHEMA IF EXISTS " + schema + " CASCADE"
                        : "DROP DATABASE IF EXISTS " + schema));
            }
        }
    }

    private static void tutorial(TestDatabase db, UserProject app, String crm, String billing) throws Exception {
        String first = succeeds(app.autogen("revision", "-m", "users customers invoices")).out();
        Path firstFile = onlyMigration(app);
        String source = Files.readString(firstFile);
        assertThat(source).contains("op.createSchema(\"" + crm + "\");", "op.createSchema(\"" + billing + "\");",
                "op.createTable(\"" + billing + ".invoices\"", "op.dropSchema(\"" + billing + "\");")
                .doesNotContain("stray_");
        assertThat(first).contains("Generating ");

        succeeds(app.autogen("upgrade", "head"));
        succeeds(app.autogen("check"));
        execute(db, "INSERT INTO users (name, email) VALUES ('ada', 'ada@example.com')",
                "INSERT INTO " + crm + ".customers (id, name) VALUES (1, 'Acme'), (2, 'Globex')",
                "INSERT INTO " + billing + ".invoices (id, customer_id, amount) VALUES (10, 1, 12.50), (11, 2, 99.99)");
        assertThatThrownBy(() -> execute(db, "INSERT INTO " + billing + ".invoices (id, customer_id) VALUES (12, 3)"))
                .as("the foreign key across schemas holds").isInstanceOf(SQLException.class);
        String rows = checksum(db, crm, billing);
        // The version table stays in the connection's own schema.
        assertThat(count(db, "autogen_version")).isEqualTo(1);

        app.entities(Map.of("User", UsersTutorialTest.USER, "Customer", customer(crm),
                "Invoice", invoice(billing).replace("BigDecimal amount;", "BigDecimal amount;\n    String note;")));
        assertThat(app.autogen("check").exitCode()).isEqualTo(1);
        String second = succeeds(app.autogen("revision", "-m", "invoice note")).out();
        assertThat(second).contains("Detected added column " + billing + ".invoices.note");
        succeeds(app.autogen("upgrade", "head"));
        succeeds(app.autogen("check"));
        assertThat(checksum(db, crm, billing)).isEqualTo(rows);
        execute(db, "UPDATE " + billing + ".invoices SET note = 'paid' WHERE id = 10");

        succeeds(app.autogen("downgrade", "-1"));
        assertThat(checksum(db, crm, billing)).isEqualTo(rows);
        succeeds(app.autogen("upgrade", "head"));
        succeeds(app.autogen("check"));
        assertThat(checksum(db, crm, billing)).isEqualTo(rows);
        assertThat(succeeds(app.autogen("revision", "-m", "nothing")).out()).contains("No changes");

        failsWith(app.autogen("verify"), "verify replays into one scratch schema and cannot yet copy the schemas"
                + " 'schemas' lists (" + crm + ", " + billing + ")");

        execute(db, "DELETE FROM " + billing + ".invoices", "DELETE FROM " + crm + ".customers");
        // A table no revision made keeps its schema: the downgrade that would drop it stops, one line.
        execute(db, "CREATE TABLE " + crm + ".notes (id integer)");
        CliRun refused = app.autogen("downgrade", "base");
        assertThat(refused.exitCode()).as(refused.toString()).isEqualTo(2);
        assertThat(count(db, crm + ".notes")).isZero();
        execute(db, "DROP TABLE " + crm + ".notes");
        succeeds(app.autogen("downgrade", "base"));
        assertThat(schemaExists(db, crm)).isFalse();
        assertThat(schemaExists(db, billing)).isFalse();
        succeeds(app.autogen("upgrade", "head"));
        succeeds(app.autogen("check"));
        assertThat(schemaExists(db, billing)).isTrue();
    }

    private static Path onlyMigration(UserProject app) throws Exception {
        try (Stream<Path> files = Files.list(app.dir().resolve("src/main/java/com/example/migrations"))) {
            return files.filter(p -> p.toString().endsWith(".java")).findFirst().orElseThrow();
        }
    }

    private static String createSchema(TestDatabase db, String name) {
        return (db.isPostgres() ? "CREATE SCHEMA " : "CREATE DATABASE ") + name;
    }

    private static boolean schemaExists(TestDatabase db, String name) throws SQLException {
        String sql = db.isPostgres() ? "SELECT count(*) FROM pg_namespace WHERE nspname = '" + name + "'"
                : "SELECT count(*) FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = '" + name + "'";
        return rows(db, sql).equals(List.of("1"));
    }

    private static long count(TestDatabase db, String table) throws SQLException {
        return Long.parseLong(rows(db, "SELECT count(*) FROM " + table).get(0));
    }

    /** Every row of both other schemas' tables, in key order, as text. */
    private static String checksum(TestDatabase db, String crm, String billing) throws SQLException {
        return rows(db, "SELECT id, name FROM " + crm + ".customers ORDER BY id") + " "
                + rows(db, "SELECT id, customer_id, amount FROM " + billing + ".invoices ORDER BY id") + " "
                + rows(db, "SELECT name, email FROM users ORDER BY id");
    }

    private static List<String> rows(TestDatabase db, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = db.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    row.append(i > 1 ? "|" : "").append(rs.getString(i));
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }

    private static void execute(TestDatabase db, String... statements) throws SQLException {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }
}
