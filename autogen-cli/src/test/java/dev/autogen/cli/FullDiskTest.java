package dev.autogen.cli;

import static dev.autogen.cli.BooksTutorialTest.succeeds;
import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.testing.TestDatabase;
import dev.autogen.testing.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@code revision} on a disk that takes no more bytes (issue 12, case 2), as a real process whose
 * file-size limit is 0 ({@code ulimit -f 0}: every write fails as on a full disk): no {@code .java}
 * file is left, not even an empty one, so the next command works.
 */
class FullDiskTest {

    @Test
    void aRevisionThatCannotBeWrittenLeavesNoMigrationFile() throws Exception {
        TestDatabase db = TestDatabases.create("sqlite");
        try {
            UserProject app = new UserProject(db);
            Path java = Path.of(System.getProperty("java.home"), "bin", "java");
            String command = "ulimit -f 0; exec '" + java + "' -XX:-UsePerfData -XX:TieredStopAtLevel=1 -cp '"
                    + System.getProperty("java.class.path") + "' " + Main.class.getName()
                    + " revision --empty -m 'full disk'";
            Process process = new ProcessBuilder("bash", "-c", command).directory(app.dir().toFile())
                    .redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(process.exitValue()).as(output).isNotZero();
            assertThat(app.migrationFiles()).as(output).isEmpty();

            // Nothing half-written is in the way: the same command, with room, works.
            succeeds(app.autogen("revision", "--empty", "-m", "full disk"));
            assertThat(app.migrationFiles()).hasSize(1);
            assertThat(Files.readString(app.migrationFiles().get(0))).contains("public void upgrade");
            try (Stream<Path> files = Files.list(app.migrationFiles().get(0).getParent())) {
                List<String> names = files.map(p -> p.getFileName().toString()).toList();
                assertThat(names).as("no temporary file left").allMatch(n -> n.endsWith(".java"));
            }
        } finally {
            TestDatabases.drop(db);
        }
    }
}
