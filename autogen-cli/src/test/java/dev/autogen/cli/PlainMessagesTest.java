package dev.autogen.cli;

import static dev.autogen.cli.BadInputTest.failsWith;
import static dev.autogen.cli.BadInputTest.migratedUsers;
import static dev.autogen.cli.BadInputTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.testing.DatabaseTest;
import dev.autogen.testing.PostgresTest;
import dev.autogen.testing.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Messages that used to mislead now say what is wrong (issue 12, case 6): one line, exit 2, nothing changed. */
class PlainMessagesTest {

    @DatabaseTest
    void historyWithABrokenMigrationNamesTheMigrationNotTheDatabase(TestDatabase db) throws Exception {
        UserProject app = migratedUsers(db);
        Files.writeString(app.dir().resolve("src/main/java/com/example/migrations/Broken.java"),
                "package com.example.migrations;\nclass Broken { int x = ; }\n");
        CliRun run = app.autogen("history");
        failsWith(run, "Broken.java:2");
        assertThat(run.out() + run.err()).doesNotContain("not reachable");
    }

    @PostgresTest
    void aSchemaThatDoesNotExistIsSaidSo(TestDatabase db) throws Exception {
        UserProject app = migratedUsers(db);
        String schema = "nosuch_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        app.writeConfig("url=" + db.url() + "\nschema=" + schema + "\n"
                + "script.location=src/main/java/com/example/migrations\n");
        for (String command : new String[] {"current", "upgrade"}) {
            CliRun run = app.autogen(command);
            failsWith(run, "schema '" + schema + "' does not exist in the database");
            assertThat(run.err()).doesNotContain("relation");
        }
        assertThat(new DatabaseView(db).versions()).hasSize(1);
    }

    @DatabaseTest
    void anEntityWhoseSuperclassIsMissingNamesTheMissingClass(TestDatabase db) throws Exception {
        UserProject app = new UserProject(db);
        app.entities(Map.of("Base", """
                package com.example.model;

                import jakarta.persistence.*;

                @MappedSuperclass
                public abstract class Base {
                    @Id Long id;
                }
                """, "Note", """
                package com.example.model;

                import jakarta.persistence.*;

                @Entity
                public class Note extends Base {
                    String text;
                }
                """));
        Files.delete(app.dir().resolve("target/classes/com/example/model/Base.class"));
        CliRun run = app.autogen("revision", "-m", "notes");
        failsWith(run, "it needs class com.example.model.Base, which cannot be found; add the jar that provides it"
                + " to entities.classpath");
        assertThat(run.err()).contains("com.example.model.Note");
        assertThat(app.migrationFiles()).isEmpty();
    }

    @DatabaseTest
    void anExceptionFromTheUsersConverterIsTheirsNotAnInternalError(TestDatabase db) throws Exception {
        UserProject app = new UserProject(db);
        app.entities(Map.of("Upper", """
                package com.example.model;

                import jakarta.persistence.*;

                @Converter
                public class Upper implements AttributeConverter<String, String> {
                    public Upper() {
                        throw new IllegalStateException("the converter's settings are missing");
                    }
                    public String convertToDatabaseColumn(String v) { return v; }
                    public String convertToEntityAttribute(String v) { return v; }
                }
                """, "Note", """
                package com.example.model;

                import jakarta.persistence.*;

                @Entity
                public class Note {
                    @Id Long id;
                    @Convert(converter = Upper.class) String text;
                }
                """));
        CliRun run = app.autogen("revision", "-m", "notes");
        failsWith(run, "the converter's settings are missing");
        assertThat(run.err()).contains("com.example.model.Upper").doesNotContain("internal error");
        assertThat(app.migrationFiles()).isEmpty();
    }

    @Test
    void aFolderGivenForTheConfigurationFile(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("autogen.properties"), "url=jdbc:sqlite:app.db\n");
        failsWith(run(dir, "-c", dir.toString(), "current"), "is a folder; pass the file, such as -c "
                + dir.resolve("autogen.properties"));
    }

    @Test
    void latin1BomAndDuplicateKeysInTheConfiguration(@TempDir Path dir) throws Exception {
        Path config = dir.resolve("autogen.properties");
        Files.createDirectories(dir.resolve("migrations"));
        Files.write(config, "url=jdbc:sqlite:app.db\n# Jos\u00e9's database\n".getBytes(StandardCharsets.ISO_8859_1));
        failsWith(run(dir, "history"), "is not UTF-8: line 2 has the byte 0xE9");
        Files.write(config, "\uFEFFurl=jdbc:sqlite:app.db\n".getBytes(StandardCharsets.UTF_8));
        assertThat(run(dir, "history").exitCode()).isZero();
        Files.writeString(config, "url=jdbc:sqlite:app.db\nurl=jdbc:sqlite:other.db\n");
        failsWith(run(dir, "history"), "key 'url' is set more than once");
        assertThat(dir.resolve("app.db")).doesNotExist();
        assertThat(dir.resolve("other.db")).doesNotExist();
    }
}
