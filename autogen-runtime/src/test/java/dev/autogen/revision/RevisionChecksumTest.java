package dev.autogen.revision;

import static dev.autogen.migration.Columns.column;
import static dev.autogen.migration.Columns.primaryKey;
import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.migration.Alter;
import dev.autogen.migration.Migration;
import dev.autogen.migration.Operations;
import dev.autogen.migration.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RevisionChecksumTest {
    /** A migration made of two lambdas: no source, as a class in an application's jar. */
    private record Calls(Consumer<Operations> up, Consumer<Operations> down) implements Migration {
        @Override
        public void upgrade(Operations op) {
            up.accept(op);
        }

        @Override
        public void downgrade(Operations op) {
            down.accept(op);
        }
    }

    private static final Migration ADD_AGE = new Calls(op -> {
        op.addColumn("users", column("age", Type.integer()).notNull());
        op.alterColumn("users", "name", Alter.nullable(false));
    }, op -> op.dropColumn("users", "age"));

    @Test
    void isTheSha256OfTheCallsWrittenOutCanonically() throws Exception {
        // Written out by hand from the format CanonicalText documents, not copied from its output.
        String blank = "Column{name=\"c\", type=Native{sql=\"\\u0000a\"}, nullable=false, defaultValue=empty,"
                + " comment=empty, identity=false}";
        String full = "Column{name=\"c\", type=Native{sql=\"\\u0000b\"}, nullable=false, defaultValue=\"\\u0000b\","
                + " comment=\"\\u0000b\", identity=true}";
        List<String> expected = List.of("upgrade",
                "addColumn(\"users\", Column{name=\"age\", type=Int{bits=32}, nullable=false, defaultValue=empty,"
                        + " comment=empty, identity=false})",
                "alterColumn(\"users\", \"name\", " + blank + ", " + full + ")",
                "end",
                "downgrade",
                "dropColumn(\"users\", \"age\")",
                "end");
        assertThat(RevisionChecksum.transcript(ADD_AGE)).containsExactlyElementsOf(expected);

        byte[] digest = MessageDigest.getInstance("SHA-256")
                .digest((String.join("\n", expected) + "\n").getBytes(StandardCharsets.UTF_8));
        assertThat(RevisionChecksum.of(ADD_AGE)).isEqualTo("ops:" + HexFormat.of().formatHex(digest).substring(0, 60));
    }

    @Test
    void theSameCallsHaveTheSameChecksumWhateverTheClass() {
        Migration same = new Calls(op -> {
            op.addColumn("users",
                    column("age", Type.integer())
                            .notNull());
            op.alterColumn("users", "name", Alter.nullable(true), Alter.nullable(false));
        }, op -> op.dropColumn("users", "age"));
        assertThat(RevisionChecksum.of(same)).isEqualTo(RevisionChecksum.of(ADD_AGE));
    }

    @Test
    void everyChangeOfWhatTheRevisionDoesChangesIt() {
        String checksum = RevisionChecksum.of(ADD_AGE);
        List<Migration> edits = List.of(
                new Calls(op -> op.addColumn("users", column("age", Type.bigint()).notNull()),
                        op -> op.dropColumn("users", "age")),
                new Calls(op -> {
                    op.addColumn("users", column("age", Type.integer()).notNull());
                    op.alterColumn("users", "name", Alter.nullable(true));
                }, op -> op.dropColumn("users", "age")),
                new Calls(op -> {
                    op.addColumn("users", column("age", Type.integer()).notNull());
                    op.alterColumn("users", "name", Alter.nullable(false), Alter.serverDefault("'x'"));
                }, op -> op.dropColumn("users", "age")),
                new Calls(op -> {
                    op.addColumn("users", column("age", Type.integer()).notNull());
                    op.alterColumn("users", "name", Alter.nullable(false));
                }, op -> { }),
                new Calls(op -> {
                    op.alterColumn("users", "name", Alter.nullable(false));
                    op.addColumn("users", column("age", Type.integer()).notNull());
                }, op -> op.dropColumn("users", "age")));
        assertThat(edits).extracting(RevisionChecksum::of).doesNotContain(checksum).doesNotHaveDuplicates();
    }

    @Test
    void rowsKeepTheirValuesTypes() {
        Map<String, Object> asInt = new LinkedHashMap<>();
        asInt.put("next_val", 1);
        Map<String, Object> asText = new LinkedHashMap<>();
        asText.put("next_val", "1");
        Migration first = new Calls(op -> op.bulkInsert("seq", List.of(asInt)), op -> { });
        Migration second = new Calls(op -> op.bulkInsert("seq", List.of(asText)), op -> { });
        assertThat(RevisionChecksum.of(first)).isNotEqualTo(RevisionChecksum.of(second));
    }

    @Test
    void aMigrationThatThrowsIsWrittenDownWithItsException() {
        Migration fails = new Calls(op -> {
            op.createTable("t", column("id", Type.bigint()), primaryKey("id"));
            throw new IllegalStateException("not today");
        }, op -> op.dropTable("t"));
        assertThat(RevisionChecksum.transcript(fails)).contains("throws java.lang.IllegalStateException: not today");
    }

    @Test
    void sourceChecksumsRecordedEarlierAreStillComparedWithTheFile(@TempDir Path dir) throws Exception {
        String text = "public final class M1 implements Migration {\n}\n";
        Path file = Files.writeString(dir.resolve("M1.java"), text);
        LoadedRevision revision = new LoadedRevision(new RevisionInfo("r1", List.of(), "m", "now", List.of()),
                ADD_AGE, file);
        String legacy = SourceChecksum.ofText(text);

        assertThat(RevisionChecksum.matches(legacy, revision)).isTrue();
        assertThat(RevisionChecksum.matches(RevisionChecksum.of(ADD_AGE), revision)).isTrue();
        assertThat(RevisionChecksum.matches("ops:" + "0".repeat(60), revision)).isFalse();

        Files.writeString(file, text.replace("M1", "M2"));
        assertThat(RevisionChecksum.matches(legacy, revision)).isFalse();
        assertThat(RevisionChecksum.current(legacy, revision)).isEqualTo(SourceChecksum.ofText(text.replace("M1", "M2")));
        // A class without its source cannot be compared with a source checksum: not an edit.
        LoadedRevision compiled = new LoadedRevision(revision.info(), ADD_AGE, dir.resolve("M1.class"));
        assertThat(RevisionChecksum.matches(legacy, compiled)).isTrue();
    }
}
