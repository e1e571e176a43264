package dev.autogen.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.AutogenException;
import dev.autogen.revision.RevisionGraph;
import dev.autogen.revision.RevisionInfo;
import dev.autogen.revision.RevisionRange;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/**
 * Random bytes as {@code autogen.properties} and random strings as targets and ranges: each is
 * read or refused with a sentence for the user ({@link AutogenException}), never an internal error
 * (any other exception). The generators lean towards the characters these syntaxes use, so that
 * most tries reach past the first check.
 */
class EdgeInputFuzzTest {
    private static final RevisionGraph GRAPH = RevisionGraph.of(List.of(
            new RevisionInfo("ab0000000001", List.of(), "first", "2026-01-01T00:00:00Z", List.of("core")),
            new RevisionInfo("ab0000000002", List.of("ab0000000001"), "second", "2026-01-02T00:00:00Z", List.of()),
            new RevisionInfo("ac0000000003", List.of("ab0000000001"), "fork", "2026-01-03T00:00:00Z", List.of("side")),
            new RevisionInfo("ad0000000004", List.of("ab0000000002", "ac0000000003"), "merge",
                    "2026-01-04T00:00:00Z", List.of())));

    @Property(tries = 300, seed = "12")
    void randomBytesAsThePropertiesFileAreReadOrRefused(@ForAll("propertiesBytes") byte[] bytes) throws Exception {
        Path dir = Files.createTempDirectory("fuzz-config");
        try {
            Files.write(dir.resolve(ConfigLoader.FILE_NAME), bytes);
            try {
                AutogenConfig config = new ConfigLoader(Map.of("HOME", "/home/u"), dir)
                        .load(Optional.empty(), Optional.empty());
                assertThat(config.baseDir()).isEqualTo(dir.toAbsolutePath().normalize());
            } catch (AutogenException expected) {
                assertThat(expected.getMessage()).isNotBlank();
            }
        } finally {
            Files.deleteIfExists(dir.resolve(ConfigLoader.FILE_NAME));
            Files.deleteIfExists(dir);
        }
    }

    @Property(tries = 1000, seed = "12")
    void randomTargetsResolveOrAreRefused(@ForAll("targets") String target) {
        for (List<String> current : List.of(List.<String>of(), List.of("ab0000000002"),
                List.of("ab0000000002", "ac0000000003"))) {
            try {
                GRAPH.resolve(target, current);
            } catch (AutogenException expected) {
                assertThat(expected.getMessage()).isNotBlank();
            }
            try {
                RevisionRange.select(GRAPH, target, current);
            } catch (AutogenException expected) {
                assertThat(expected.getMessage()).isNotBlank();
            }
        }
    }

    @Property(tries = 300, seed = "12")
    void anyStringResolvesOrIsRefused(@ForAll @Size(max = 40) String target) {
        try {
            GRAPH.resolve(target, List.of("ab0000000001"));
        } catch (AutogenException expected) {
            assertThat(expected.getMessage()).isNotBlank();
        }
    }

    /**
     * A password as a driver would accept it in each URL form is never shown, whatever its
     * characters: wherever the text around it does not itself hold the same characters, they do not
     * appear in the message.
     */
    @Property(tries = 300, seed = "12")
    void noUrlFormShowsItsPassword(@ForAll("passwords") String password) {
        String encoded = java.net.URLEncoder.encode(password, StandardCharsets.UTF_8);
        String braced = "{" + password.replace("}", "}}") + "}";
        for (String[] form : new String[][] {
            {"jdbc:postgresql://db:5432/app?user=u&password=%s&ssl=true", encoded},
            {"jdbc:mysql://root:%s@db:3306/app", encoded},
            {"jdbc:sqlserver://db;user=sa;password=%s;encrypt=true", braced},
            {"jdbc:oracle:thin:scott/%s@db:1521:xe", encoded},
            {"jdbc:mariadb://db/app?sslPassword=%s", encoded}}) {
            String url = form[0].formatted(form[1]);
            String shown = dev.autogen.SecretMask.text("cannot connect to " + url + ": refused",
                    dev.autogen.SecretMask.secretsIn(url));
            String around = "cannot connect to " + form[0].formatted("***") + ": refused";
            if (!around.contains(form[1])) {
                assertThat(shown).as(url).doesNotContain(form[1]);
            }
            String alone = dev.autogen.SecretMask.text("the driver said: " + password + ".",
                    dev.autogen.SecretMask.secretsIn(url));
            if (password.length() >= 4 && !"the driver said: ***.".contains(password)) {
                assertThat(alone).as(url).doesNotContain(password);
            }
        }
    }

    @Provide
    Arbitrary<String> passwords() {
        return Arbitraries.strings().withChars("abcXYZ0189!#$%&()*+,-./:;<=>?@[]^_{|}~'\"\u00e9")
                .ofMinLength(1).ofMaxLength(24);
    }

    @Provide
    Arbitrary<byte[]> propertiesBytes() {
        Arbitrary<String> keys = Arbitraries.of("url", "user", "password", "schema", "script.location",
                "script.package", "entities.classpath", "entities.packages", "naming.physical", "version.table",
                "include.tables", "exclude.tables", "urll", "", " ", "#", "!", "\\u00e9", "\\uZZZZ", "\\");
        Arbitrary<String> values = Arbitraries.strings().withChars("=:${}-\\ \t\n\r#!,./aZ\u00e9\uFEFF")
                .ofMaxLength(30);
        Arbitrary<String> lines = net.jqwik.api.Combinators.combine(keys, Arbitraries.of("=", ":", " ", ""), values)
                .as((k, sep, v) -> k + sep + v);
        Arbitrary<byte[]> structured = lines.list().ofMaxSize(8)
                .map(l -> String.join("\n", l).getBytes(StandardCharsets.UTF_8));
        Arbitrary<byte[]> raw = Arbitraries.bytes().array(byte[].class).ofMaxSize(200);
        return Arbitraries.oneOf(structured, raw, structured.map(EdgeInputFuzzTest::withLatin1));
    }

    @Provide
    Arbitrary<String> targets() {
        Arbitrary<String> words = Arbitraries.of("head", "heads", "base", "current", "core", "side", "ab", "ab0000000001",
                "ad0000000004", "@head", "@", "+", "-", ":", "1", "99999999999999999999", "0", "-0", "2147483648",
                " ", "", "é", "\u0661");
        return words.list().ofMaxSize(6).map(parts -> String.join("", parts));
    }

    private static byte[] withLatin1(byte[] utf8) {
        byte[] copy = java.util.Arrays.copyOf(utf8, utf8.length + 1);
        copy[utf8.length] = (byte) 0xE9;
        return copy;
    }
}
