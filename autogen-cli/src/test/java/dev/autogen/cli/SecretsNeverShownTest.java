package dev.autogen.cli;

import static dev.autogen.cli.BadInputTest.failsWith;
import static dev.autogen.cli.BadInputTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A password in the URL never reaches the terminal, whatever fails: an unsupported database, a URL
 * the driver cannot parse, a server that does not answer, in any form the drivers accept, with or
 * without --debug.
 */
class SecretsNeverShownTest {
    static final String SECRET = "Tr0ub4dor";

    @ParameterizedTest
    @ValueSource(strings = {
        "jdbc:mysql://127.0.0.1:1/app?user=root&password=" + SECRET,
        "jdbc:mysql://root:" + SECRET + "@127.0.0.1:1/app",
        "jdbc:sqlserver://127.0.0.1:1;user=sa;password=" + SECRET + ";encrypt=true",
        "jdbc:oracle:thin:scott/" + SECRET + "@127.0.0.1:1:xe",
        "jdbc:postgresql://127.0.0.1:notaport/app?user=postgres&password=" + SECRET,
        "jdbc:postgresql://127.0.0.1:1/app?user=postgres&password=" + SECRET,
        "jdbc:postgresql://127.0.0.1:1/app;password=" + SECRET,
        "jdbc:postgresql://postgres:" + SECRET + "@127.0.0.1:1/app",
    })
    void noFailureShowsThePassword(String url, @TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("autogen.properties"), "url=" + url + "\n");
        Files.createDirectories(dir.resolve("migrations"));
        for (String command : new String[] {"current", "upgrade"}) {
            CliRun run = run(dir, command);
            assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
            assertThat(run.err() + run.out()).as(run.toString()).doesNotContain(SECRET).contains("***");
        }
        failsWith(run(dir, "current"), "autogen: error: ");
        CliRun debug = run(dir, "--debug", "current");
        assertThat(debug.err() + debug.out()).as(debug.toString()).doesNotContain(SECRET);
    }

    @ParameterizedTest
    @ValueSource(strings = {"--url", "AUTOGEN_URL"})
    void aPasswordGivenOutsideTheFileIsNotShownEither(String how, @TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("autogen.properties"), "url=jdbc:sqlite:app.db\n");
        Files.createDirectories(dir.resolve("migrations"));
        String url = "jdbc:postgresql://127.0.0.1:notaport/app?password=" + SECRET;
        CliRun run = how.equals("--url") ? run(dir, "--url", url, "current")
                : BadInputTest.run(dir, java.util.Map.of("AUTOGEN_URL", url), "current");
        failsWith(run, "***");
        assertThat(run.err()).doesNotContain(SECRET);
    }

    @ParameterizedTest
    @ValueSource(strings = {"password=" + SECRET, "user=postgres\npassword=" + SECRET})
    void theConfiguredPasswordIsNotShown(String credentials, @TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("autogen.properties"),
                "url=jdbc:postgresql://127.0.0.1:1/app\n" + credentials + "\n");
        Files.createDirectories(dir.resolve("migrations"));
        CliRun run = run(dir, "--debug", "current");
        assertThat(run.err()).as(run.toString()).contains("cannot connect").doesNotContain(SECRET);
    }
}
