package dev.autogen.cli;

import static dev.autogen.cli.BooksTutorialTest.succeeds;
import static org.assertj.core.api.Assertions.assertThat;

import com.example.model.Book;
import dev.autogen.dialect.Dialect;
import dev.autogen.runtime.ProgressTable;
import dev.autogen.schema.Schema;
import dev.autogen.testing.DatabaseTest;
import dev.autogen.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Offline mode: {@code upgrade --sql base:head} of the sample (a generated first revision and two
 * hand-written ones, one of them a SQLite table rebuild), written with no connection, run through
 * the database's own shell on an empty database, gives the same schema, rows and version as
 * {@code upgrade head}; {@code downgrade --sql head:base} takes it back to an empty version table.
 */
class OfflineSqlTest {
    static final String X1 = "0ff000000001";
    static final String X2 = "0ff000000002";

    @DatabaseTest
    void offlineScriptBuildsTheSameDatabaseAsUpgrade(TestDatabase db) throws Exception {
        UserProject app = sampleWithHandWrittenRevisions(db);
        String unreachable = unreachable(db);

        CliRun offline = succeeds(app.autogen("--url", unreachable, "upgrade", "--sql", "base:head"));
        succeeds(app.autogen("upgrade", "head"));

        assertThat(offline.out()).contains("CREATE TABLE", "INSERT INTO autogen_version", "COMMIT;")
                .doesNotContain("Running upgrade  ->" + System.lineSeparator());
        assertThat(db.workDir().resolve("never")).doesNotExist();
        String offlineUrl = emptyTwin(db);
        try {
            SqlShell.run(offlineUrl, schemaOf(offlineUrl), offline.out(), db.workDir());
            assertSameDatabase(db.dialect(), db.url(), offlineUrl);

            CliRun down = succeeds(app.autogen("--url", unreachable, "downgrade", "--sql", "head:base"));
            SqlShell.run(offlineUrl, schemaOf(offlineUrl), down.out(), db.workDir());
            succeeds(app.autogen("downgrade", "base"));
            assertSameDatabase(db.dialect(), db.url(), offlineUrl);
            assertThat(reflect(db.dialect(), offlineUrl).tables()).extracting(t -> t.name())
                    .containsExactly("autogen_version", "autogen_version_checksums");
        } finally {
            dropTwin(db, offlineUrl);
        }
    }

    @DatabaseTest
    void offlineUpgradeFromARevisionStartsThere(TestDatabase db) throws Exception {
        UserProject app = sampleWithHandWrittenRevisions(db);

        String sql = succeeds(app.autogen("upgrade", "--sql", X1 + ":" + X2)).out();

        assertThat(sql).contains("-- Running upgrade " + X1 + " -> " + X2)
                .contains("UPDATE autogen_version SET version_num = '" + X2 + "' WHERE version_num = '" + X1 + "'")
                .doesNotContain("CREATE TABLE autogen_version", "-> " + X1 + ",");
        assertThat(new DatabaseView(db).tables()).as("offline mode never connects").isEmpty();
        BadInputTest.failsWith(app.autogen("downgrade", "--sql", "base"), "needs a range FROM:TO");
    }

    static UserProject sampleWithHandWrittenRevisions(TestDatabase db) throws Exception {
        UserProject app = new UserProject(db);
        Path sampleClasses = Path.of(Book.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        app.writeConfig("""
                url=%s
                script.location=src/main/java/com/example/migrations
                entities.classpath=%s
                entities.packages=com.example.model
                """.formatted(db.url(), sampleClasses));
        succeeds(app.autogen("revision", "-m", "create tables", "--rev-id", "0ff000000000"));
        app.migration(X1, List.of("0ff000000000"), """
                op.alterColumn("books", "title", Alter.type(Type.varchar(500)));
                op.addColumn("users", column("nickname", Type.varchar(40)).notNull().serverDefault("'anon'"));
                op.createIndex("ix_reviews_author", "reviews", "author");
                op.bulkInsert("users", List.of(Map.of("name", "Ada", "email", "ada@example.com", "age", 36)));
                """, """
                op.execute("DELETE FROM users");
                op.dropIndex("ix_reviews_author", "reviews");
                op.dropColumn("users", "nickname");
                op.alterColumn("books", "title", Alter.type(Type.varchar(255)));
                """);
        app.migration(X2, List.of(X1), """
                op.renameColumn("users", "age", "years");
                op.dropIndex("ix_users_name", "users");
                op.createCheckConstraint("ck_users_years", "users", "years >= 0");
                op.createTable("tags", column("id", Type.integer()).notNull(), column("label", Type.varchar(20)),
                        primaryKey("id"), unique("uq_tags_label", "label"));
                """, """
                op.dropTable("tags");
                op.dropConstraint("ck_users_years", "users");
                op.createIndex("ix_users_name", "users", "name");
                op.renameColumn("users", "years", "age");
                """);
        return app;
    }

    private static void assertSameDatabase(Dialect dialect, String onlineUrl, String offlineUrl) throws Exception {
        assertThat(reflect(dialect, offlineUrl)).isEqualTo(reflect(dialect, onlineUrl));
        for (String query : List.of("SELECT version_num FROM autogen_version ORDER BY version_num",
                "SELECT * FROM users ORDER BY id")) {
            if (reflect(dialect, onlineUrl).table("users").isPresent() || query.contains("autogen_version")) {
                assertThat(rows(offlineUrl, query)).as(query).isEqualTo(rows(onlineUrl, query));
            }
        }
    }

    /**
     * Every table but the progress table, which an online upgrade on MariaDB creates to resume a
     * revision stopped part way and an offline script does without (docs/databases.md).
     */
    private static Schema reflect(Dialect dialect, String url) throws Exception {
        try (Connection c = DriverManager.getConnection(url)) {
            return dialect.reflect(c, name -> !name.equals(ProgressTable.nameFor("autogen_version")));
        }
    }

    private static List<List<Object>> rows(String url, String query) throws Exception {
        List<List<Object>> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
                var rs = s.executeQuery(query)) {
            while (rs.next()) {
                List<Object> row = new ArrayList<>();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    row.add(rs.getObject(i));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    /** A URL of the test's database kind that no server answers: offline mode must never connect. */
    private static String unreachable(TestDatabase db) {
        if (db.isSqlite()) {
            return "jdbc:sqlite:" + db.workDir().resolve("never/created.db");
        }
        return db.isMariaDb() ? "jdbc:mariadb://127.0.0.1:1/never" : "jdbc:postgresql://127.0.0.1:1/never";
    }

    /**
     * An empty database beside the test's own: another SQLite file, another PostgreSQL schema, or
     * another MariaDB database.
     */
    private static String emptyTwin(TestDatabase db) throws Exception {
        if (db.isSqlite()) {
            return "jdbc:sqlite:" + db.workDir().resolve("offline.db");
        }
        if (db.isMariaDb()) {
            try (Connection c = db.connect(); Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE " + c.getCatalog() + "_offline");
                return SqlShell.withMariaDbDatabase(db, c.getCatalog() + "_offline");
            }
        }
        String schema = schemaOf(db.url()) + "_offline";
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
        return SqlShell.withSchema(db, schema);
    }

    private static void dropTwin(TestDatabase db, String url) throws Exception {
        if (db.isMariaDb()) {
            try (Connection c = db.connect(); Statement s = c.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS " + c.getCatalog() + "_offline");
            }
        } else if (db.isPostgres()) {
            try (Connection c = db.connect(); Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA IF EXISTS " + schemaOf(url) + " CASCADE");
            }
        } else {
            Files.deleteIfExists(Path.of(url.substring("jdbc:sqlite:".length())));
        }
    }

    private static String schemaOf(String url) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("currentSchema=([^&]*)").matcher(url);
        return m.find() ? m.group(1) : "public";
    }
}
