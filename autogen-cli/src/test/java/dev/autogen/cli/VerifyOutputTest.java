package dev.autogen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.testing.DatabaseTest;
import dev.autogen.testing.PostgresTest;
import dev.autogen.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code verify} prints and returns beyond the tutorial: lint warnings (which fail only with
 * {@code --strict}), JSON and markdown reports, {@code --scratch-url}, and bad input.
 */
class VerifyOutputTest {
    static final String R1 = "ae0000000001";
    static final String R2 = "ae0000000002";
    static final String R3 = "ae0000000003";

    /** Hand-written migrations, no entities: users, then its nickname dropped, then an index on it. */
    private static UserProject usersProject(TestDatabase db, String url) {
        UserProject app = new UserProject(db);
        app.writeConfig("url=" + url + "\nscript.location=src/main/java/com/example/migrations\n");
        app.migration(R1, List.of(), """
                op.createTable("users", column("id", Type.bigint()).notNull(), column("nickname", Type.varchar(50)),
                        column("email", Type.varchar(100)), primaryKey("id"));
                """, "op.dropTable(\"users\");");
        app.migration(R2, List.of(R1), """
                op.dropColumn("users", "nickname");
                """, """
                op.addColumn("users", column("nickname", Type.varchar(50)));
                """);
        app.migration(R3, List.of(R2), """
                op.createIndex("ix_users_email", "users", "email");
                """, """
                op.dropIndex("ix_users_email", "users");
                """);
        return app;
    }

    @DatabaseTest
    void lintWarningsPassUnlessStrict(TestDatabase db) throws Exception {
        UserProject app = usersProject(db, db.url());

        CliRun verify = app.autogen("verify");

        assertThat(verify.exitCode()).as(verify.toString()).isZero();
        assertThat(verify.out()).contains("warning: revision " + R2 + ": dropped column users.nickname: the column"
                + " and all its values are deleted [data-loss]", "  fix: make sure nothing reads it any more");
        assertThat(verify.out()).contains("head vs entities: skipped, the configuration names no entities");
        if (db.isPostgres()) {
            assertThat(verify.out()).contains("warning: revision " + R3 + ": added index ix_users_email on"
                    + " users(email): CREATE INDEX without CONCURRENTLY blocks every write to users until the index"
                    + " is built [blocking-index]", "verify: 0 errors, 2 warnings");
        } else {
            assertThat(verify.out()).doesNotContain("[blocking-index]").contains("verify: 0 errors, 1 warning");
            // The configured SQLite file is never opened: the scratch database lives in memory.
            assertThat(Path.of(db.url().substring("jdbc:sqlite:".length()))).doesNotExist();
        }

        CliRun strict = app.autogen("verify", "--strict");
        assertThat(strict.exitCode()).as(strict.toString()).isEqualTo(1);
        // The same findings, each an error now.
        assertThat(sameRun(strict.out())).isEqualTo(sameRun(verify.out()).replace("\nwarning: ", "\nerror: ")
                .replace("verify: 0 errors, 2 warnings", "verify: 2 errors, 0 warnings")
                .replace("verify: 0 errors, 1 warning", "verify: 1 error, 0 warnings"));
    }

    @DatabaseTest
    void jsonAndMarkdownReportTheSameFindings(TestDatabase db) throws Exception {
        UserProject app = usersProject(db, db.url());
        app.migration(R3, List.of(R2), """
                op.createIndex("ix_users_email", "users", "email");
                """, "");

        CliRun json = app.autogen("verify", "--format", "json");

        assertThat(json.exitCode()).as(json.toString()).isEqualTo(1);
        Map<?, ?> report = (Map<?, ?>) Json.parse(json.out());
        assertThat(report.get("command")).isEqualTo("verify");
        assertThat(report.get("ok")).isEqualTo(false);
        assertThat(report.get("errors")).isEqualTo(1L);
        assertThat(report.get("warnings")).isEqualTo(db.isPostgres() ? 2L : 1L);
        assertThat((List<?>) report.get("facts")).anySatisfy(f -> assertThat((String) f).startsWith("scratch database: "));
        List<?> findings = (List<?>) report.get("findings");
        assertThat(findings).anySatisfy(f -> assertThat(asMap(f)).containsEntry("severity", "error")
                .containsEntry("kind", "downgrade-not-undone").containsEntry("revision", R3)
                .containsEntry("message", "downgrade of " + R3 + " does not undo its upgrade: index ix_users_email"
                        + " on users(email) is still there after the downgrade")
                .containsEntry("advice", "make downgrade() the exact reverse of upgrade()"));
        assertThat(findings).anySatisfy(f -> assertThat(asMap(f)).containsEntry("severity", "warning")
                .containsEntry("kind", "data-loss").containsEntry("revision", R2));

        CliRun markdown = app.autogen("verify", "--format", "markdown");

        assertThat(markdown.exitCode()).isEqualTo(1);
        assertThat(markdown.out()).startsWith("### autogen verify: failed\n\n- scratch database: ")
                .contains("| | revision | finding | what to do |\n|---|---|---|---|\n")
                .contains("| :x: | `" + R3 + "` | downgrade of " + R3 + " does not undo its upgrade: index"
                        + " ix_users_email on users(email) is still there after the downgrade (`downgrade-not-undone`) | make downgrade() the exact reverse of upgrade() |")
                .contains("| :warning: | `" + R2 + "` | dropped column users.nickname: ")
                .endsWith("verify: 1 error, " + (db.isPostgres() ? 2 : 1) + " warning"
                        + (db.isPostgres() ? "s" : "") + "\n");
    }

    @Test
    void withoutAnyUrlTheScratchDatabaseIsInMemorySqlite(@TempDir Path dir) {
        UserProject app = usersProject(new TestDatabase("sqlite", "jdbc:sqlite:unused.db", dir), "");
        app.writeConfig("script.location=src/main/java/com/example/migrations\n");

        CliRun verify = app.autogen("verify");

        assertThat(verify.exitCode()).as(verify.toString()).isZero();
        assertThat(verify.out()).contains("scratch database: in-memory SQLite database", "revisions checked: 3 of 3");
    }

    @PostgresTest
    void aScratchUrlPutsTheScratchSchemaInAnotherDatabase(TestDatabase db) throws Exception {
        Path sqliteFile = db.workDir().resolve("app.db");
        UserProject app = usersProject(db, "jdbc:sqlite:" + sqliteFile);

        CliRun verify = app.autogen("verify", "--scratch-url", db.url());

        assertThat(verify.exitCode()).as(verify.toString()).isZero();
        Matcher schema = Pattern.compile("scratch database: schema (autogen_verify_[0-9]+_[0-9a-f]+) in "
                + Pattern.quote(db.url()) + " \\(dropped afterwards\\)").matcher(verify.out());
        assertThat(schema.find()).as(verify.out()).isTrue();
        assertThat(VerifyTest.schemaExists(db, schema.group(1))).isFalse();
        // PostgreSQL's lint applies: the scratch database is what the migrations ran on.
        assertThat(verify.out()).contains("[blocking-index]");
        assertThat(sqliteFile).doesNotExist();
    }

    @DatabaseTest
    void badInputIsOneLineAndExit2(TestDatabase db) throws Exception {
        UserProject app = usersProject(db, db.url());

        assertFails(app.autogen("verify", "--format", "yaml"), "unknown --format 'yaml': use text, json or markdown");
        assertFails(app.autogen("verify", "--scratch-url", "jdbc:oracle:thin:@127.0.0.1:1521/app"),
                "unsupported database URL 'jdbc:oracle:thin:@127.0.0.1:1521/app'");
        assertFails(app.autogen("verify", "--scratch-url", "jdbc:postgresql://127.0.0.1:1/app?password=secret"),
                "cannot connect to the scratch database jdbc:postgresql://127.0.0.1:1/app?password=***");

        Files.writeString(app.dir().resolve("src/main/java/com/example/migrations/M_" + R3 + ".java"), "class {");
        assertFails(app.autogen("verify"), "M_" + R3 + ".java:1");
    }

    @DatabaseTest
    void entitiesThatCannotBeReadAreAnErrorThatLeavesNoScratchSchema(TestDatabase db) throws Exception {
        UserProject app = usersProject(db, db.url());
        Files.createDirectories(app.dir().resolve("target/classes"));
        app.writeConfig("url=" + db.url() + "\nscript.location=src/main/java/com/example/migrations\n"
                + "entities.classpath=target/classes\nentities.packages=com.example.nothing\n");
        // The server is shared: only scratch schemas started from now on can be this run's.
        long start = java.time.Instant.now().getEpochSecond() - 1;
        List<String> before = db.isPostgres() ? scratchSchemas(db, start) : List.of();

        assertFails(app.autogen("verify"), "package com.example.nothing holds no @Entity");

        if (db.isPostgres()) {
            assertThat(scratchSchemas(db, start)).isSubsetOf(before);
        }
    }

    private static List<String> scratchSchemas(TestDatabase db, long startedFrom) throws java.sql.SQLException {
        List<String> names = new java.util.ArrayList<>();
        try (java.sql.Connection c = db.connect(); java.sql.ResultSet rs = c.createStatement().executeQuery(
                "SELECT nspname FROM pg_namespace WHERE nspname ~ '^autogen_verify_[0-9]+_[0-9a-f]{12}$'")) {
            while (rs.next()) {
                String name = rs.getString(1);
                long started = Long.parseLong(name.substring("autogen_verify_".length(), name.lastIndexOf('_')));
                if (started >= startedFrom) {
                    names.add(name);
                }
            }
        }
        return names;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object json) {
        return (Map<String, Object>) json;
    }

    private static void assertFails(CliRun run, String message) {
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
        assertThat(run.out()).as(run.toString()).isEmpty();
        assertThat(run.err().lines().toList()).as(run.toString()).hasSize(1)
                .allSatisfy(line -> assertThat(line).startsWith("autogen: error: ").contains(message));
    }

    /** The report without what differs from one run to the next: the scratch schema's name and the time. */
    private static String sameRun(String report) {
        return report.replaceAll("autogen_verify_([0-9]+_)?[0-9a-f]+", "autogen_verify_*").replaceAll("time: [0-9.]+ s", "time: *");
    }

    /** Just enough JSON to read a report back: objects, arrays, strings, numbers, booleans, null. */
    static final class Json {
        private final String text;
        private int at;

        private Json(String text) {
            this.text = text;
        }

        static Object parse(String text) {
            Json json = new Json(text);
            Object value = json.value();
            json.space();
            if (json.at != text.length()) {
                throw new IllegalArgumentException("trailing text at " + json.at);
            }
            return value;
        }

        private Object value() {
            space();
            char c = text.charAt(at);
            if (c == '{') {
                Map<String, Object> object = new java.util.LinkedHashMap<>();
                at++;
                space();
                if (text.charAt(at) == '}') {
                    at++;
                    return object;
                }
                do {
                    space();
                    String key = string();
                    space();
                    expect(':');
                    object.put(key, value());
                    space();
                } while (text.charAt(at++) == ',');
                check(text.charAt(at - 1) == '}', "}");
                return object;
            }
            if (c == '[') {
                List<Object> array = new java.util.ArrayList<>();
                at++;
                space();
                if (text.charAt(at) == ']') {
                    at++;
                    return array;
                }
                do {
                    array.add(value());
                    space();
                } while (text.charAt(at++) == ',');
                check(text.charAt(at - 1) == ']', "]");
                return array;
            }
            if (c == '"') {
                return string();
            }
            for (String word : List.of("true", "false", "null")) {
                if (text.startsWith(word, at)) {
                    at += word.length();
                    return word.equals("null") ? null : Boolean.valueOf(word);
                }
            }
            int start = at;
            while (at < text.length() && "-0123456789".indexOf(text.charAt(at)) >= 0) {
                at++;
            }
            check(at > start, "a value");
            return Long.parseLong(text.substring(start, at));
        }

        private String string() {
            expect('"');
            StringBuilder out = new StringBuilder();
            for (char c = text.charAt(at++); c != '"'; c = text.charAt(at++)) {
                check(c >= 0x20, "no control character in a string");
                if (c == '\\') {
                    char e = text.charAt(at++);
                    switch (e) {
                        case 'n' -> out.append('\n');
                        case 't' -> out.append('\t');
                        case 'r' -> out.append('\r');
                        case 'u' -> {
                            out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
                            at += 4;
                        }
                        default -> {
                            check("\"\\/".indexOf(e) >= 0, "a valid escape");
                            out.append(e);
                        }
                    }
                } else {
                    out.append(c);
                }
            }
            return out.toString();
        }

        private void expect(char c) {
            check(text.charAt(at++) == c, "'" + c + "'");
        }

        private void space() {
            while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
        }

        private void check(boolean ok, String expected) {
            if (!ok) {
                throw new IllegalArgumentException("expected " + expected + " at " + at + " in " + text);
            }
        }
    }
}
