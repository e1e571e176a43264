package dev.autogen.script;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.ops.MigrationPlan;
import dev.autogen.render.MigrationRenderer;
import dev.autogen.revision.LoadedRevision;
import dev.autogen.revision.RevisionInfo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RevisionHeaderParserTest {
    @TempDir
    Path folder;

    @Property(tries = 300)
    void readsWhatTheRendererWrites(@ForAll("infos") RevisionInfo info) {
        String source = MigrationRenderer.render(info, "app.migrations", new MigrationPlan(List.of())).source();

        Optional<RevisionInfo> read = RevisionHeaderParser.parse(source);
        if (source.contains("\\u")) {
            // The renderer wrote a unicode escape (a line separator, say): left to the compiler, never misread.
            assertThat(read).isEmpty();
        } else {
            assertThat(read).contains(info);
        }
    }

    @Test
    void theTextReadingAgreesWithTheCompiledAnnotations() throws IOException {
        ScriptDirectory scripts = new ScriptDirectory(folder, "app.migrations");
        scripts.write(MigrationRenderer.render(new RevisionInfo("1975ea83b712", List.of(),
                "say \"hi\" \\ to */ comments @Revision(id = \"000000000000\")", "2026-11-22T01:48:12Z", List.of("main")),
                "app.migrations", new MigrationPlan(List.of())));
        write("M2_Second.java", """
                package app.migrations;

                import dev.autogen.migration.Migration;
                import dev.autogen.migration.Operations;
                import dev.autogen.migration.Revision;

                // @Revision(id = "ffffffffffff") in a comment is not the annotation
                /* nor @Revision(id = "eeeeeeeeeeee") here */
                @Revision(id = "e9cbb68b0547", parents = "1975ea83b712", branchLabels = {"x", "y",},
                        message = "tab\\there", created = "")
                public final class M2_Second implements Migration {
                    @Override public void upgrade(Operations op) { }
                    @Override public void downgrade(Operations op) { }
                }
                """);

        Optional<List<RevisionHeader>> headers = scripts.readHeaders();

        assertThat(headers).isPresent();
        assertThat(headers.get()).extracting(RevisionHeader::info)
                .containsExactlyElementsOf(scripts.load().stream().map(LoadedRevision::info).toList());
        assertThat(headers.get().get(1).info().message()).isEqualTo("tab\there");
    }

    /** {@code transactional = false} is read (the graph does not need it); any other word is the compiler's. */
    @Test
    void transactionalIsReadAsAWord() {
        assertThat(RevisionHeaderParser.parse(header("id = \"1975ea83b712\", transactional = false")))
                .map(RevisionInfo::id).contains("1975ea83b712");
        assertThat(RevisionHeaderParser.parse(header("id = \"1975ea83b712\", transactional = FALSE"))).isEmpty();
        assertThat(RevisionHeaderParser.parse(header("id = \"1975ea83b712\", transactional = \"false\""))).isEmpty();
    }

    /** JavaPoet writes a message with a line break inside as literals joined with {@code +}. */
    @Test
    void aMessageOfSeveralLinesIsReadAcrossItsConcatenation() {
        String source = MigrationRenderer.render(new RevisionInfo("1975ea83b712", List.of(), "first line\n\tsecond",
                "2026-11-22T01:48:12Z", List.of()), "app.migrations", new MigrationPlan(List.of())).source();

        assertThat(source).contains("\"first line\\n\"");
        assertThat(RevisionHeaderParser.parse(source)).map(RevisionInfo::message).contains("first line\n\tsecond");
        assertThat(RevisionHeaderParser.parse(header("id = \"1975ea83b712\", message = \"a\" // one\n + /* two */ \"b\"")))
                .map(RevisionInfo::message).contains("ab");
    }

    @Test
    void anythingButPlainLiteralsIsLeftToTheCompiler() {
        assertThat(RevisionHeaderParser.parse(header("id = Ids.FIRST"))).isEmpty();
        assertThat(RevisionHeaderParser.parse(header("id = \"1975ea83b712\", message = \"a\" + B"))).isEmpty();
        assertThat(RevisionHeaderParser.parse(header("id = \"1975ea83b712\", message = \"a\" + 1"))).isEmpty();
        assertThat(RevisionHeaderParser.parse(header("id = \"1975ea83b712\", message = \"ab\".trim()"))).isEmpty();
        assertThat(RevisionHeaderParser.parse(header("id = \"1975ea83b712\", message = \"\"\"\n  text\n  \"\"\""))).isEmpty();
        assertThat(RevisionHeaderParser.parse(header("id = \"1975ea83b712\", message = \"caf\\u00e9\""))).isEmpty();
        assertThat(RevisionHeaderParser.parse(header("id = \"NOT-AN-ID\""))).isEmpty();
        assertThat(RevisionHeaderParser.parse(header("id = \"1975ea83b712\", parents = {\"bad\"}"))).isEmpty();
        assertThat(RevisionHeaderParser.parse(header("id = \"1975ea83b712\", unknown = \"x\""))).isEmpty();
        assertThat(RevisionHeaderParser.parse(header("id = \"1975ea83b712\", id = \"1975ea83b713\""))).isEmpty();
        assertThat(RevisionHeaderParser.parse(header("message = \"no id\""))).isEmpty();
        assertThat(RevisionHeaderParser.parse("public final class NoAnnotation { }")).isEmpty();
        assertThat(RevisionHeaderParser.parse("@Revision(id = \"1975ea83b712\"")).isEmpty();
    }

    @Test
    void aFolderWithOneUnreadableHeaderIsReadByCompilingAll() throws IOException {
        ScriptDirectory scripts = new ScriptDirectory(folder, "app.migrations");
        write("M1_First.java", "@Revision(id = \"1975ea83b712\") class M1_First { }");
        write("M2_Second.java", "@Revision(id = Ids.SECOND) class M2_Second { }");

        assertThat(scripts.readHeaders()).isEmpty();
    }

    @Test
    void twoFilesWithOneIdAreLeftToTheCompiledPathThatNamesBoth() throws IOException {
        ScriptDirectory scripts = new ScriptDirectory(folder, "app.migrations");
        write("M1_First.java", "@Revision(id = \"1975ea83b712\") class M1_First { }");
        write("M2_Second.java", "@Revision(id = \"1975ea83b712\") class M2_Second { }");

        assertThat(scripts.readHeaders()).isEmpty();
    }

    @Provide
    Arbitrary<RevisionInfo> infos() {
        Arbitrary<String> ids = Arbitraries.strings().withChars("0123456789abcdef").ofLength(12);
        Arbitrary<String> text = Arbitraries.strings().all().ofMaxLength(40)
                .filter(s -> s.codePoints().noneMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\t'))
                .filter(s -> s.chars().noneMatch(c -> Character.isSurrogate((char) c)));
        Arbitrary<String> created = Arbitraries.longs().between(0, 4_000_000_000L)
                .map(seconds -> java.time.Instant.ofEpochSecond(seconds).toString());
        return net.jqwik.api.Combinators.combine(ids, ids.list().ofMaxSize(3), text, created,
                Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(8).list().ofMaxSize(2))
                .as(RevisionInfo::new);
    }

    private static String header(String arguments) {
        return "package p;\n@Revision(" + arguments + ")\npublic final class M implements Migration { }\n";
    }

    private void write(String name, String text) throws IOException {
        Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8);
    }
}
