package dev.autogen.script;

import dev.autogen.revision.LoadedRevision;
import dev.autogen.revision.RevisionInfo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.autogen.AutogenException;
import dev.autogen.ops.CreateTable;
import dev.autogen.ops.MigrationPlan;
import dev.autogen.render.MigrationRenderer;
import dev.autogen.render.RenderedMigration;
import dev.autogen.runtime.RecordingOperations;
import dev.autogen.schema.Column;
import dev.autogen.schema.ColumnType;
import dev.autogen.schema.Schema;
import dev.autogen.schema.Table;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScriptDirectoryTest {
    @TempDir
    Path folder;

    @Test
    void loadsEveryMigrationWithoutWritingClassFiles() throws IOException {
        ScriptDirectory scripts = new ScriptDirectory(folder, "app.migrations");
        Table notes = Table.builder("notes").column(Column.builder("id", new ColumnType.Int(32)).build()).build();
        Path generated = scripts.write(MigrationRenderer.render(new RevisionInfo("1975ea83b712", List.of(),
                "add notes", "2026-11-22T01:48:12Z", List.of()), "app.migrations",
                new MigrationPlan(List.of(new CreateTable(notes)))));
        write("M20261123000000_Second.java", migration("app.migrations", "M20261123000000_Second",
                "@Revision(id = \"e9cbb68b0547\", parents = \"1975ea83b712\", branchLabels = \"x\")",
                "op.dropTable(\"notes\");"));

        List<LoadedRevision> loaded = scripts.load();

        assertThat(loaded).extracting(LoadedRevision::info).containsExactly(
                new RevisionInfo("1975ea83b712", List.of(), "add notes", "2026-11-22T01:48:12Z", List.of()),
                new RevisionInfo("e9cbb68b0547", List.of("1975ea83b712"), "", "", List.of("x")));
        assertThat(loaded.get(0).source()).isEqualTo(generated);
        assertThat(loaded.get(1).migration().getClass().getName()).isEqualTo("app.migrations.M20261123000000_Second");
        RecordingOperations op = new RecordingOperations(new Schema(List.of(notes), List.of()));
        loaded.get(1).migration().upgrade(op);
        assertThat(op.state()).isEqualTo(Schema.EMPTY);
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder(
                    "M20261122014812_AddNotes.java", "M20261123000000_Second.java");
        }
    }

    @Test
    void anEmptyFolderHasNoRevisions() throws IOException {
        write("README.txt", "not a migration");

        assertThat(new ScriptDirectory(folder, "m").load()).isEmpty();
    }

    @Test
    void aMissingFolderPointsToInit() {
        Path missing = folder.resolve("nowhere");

        assertThatThrownBy(() -> new ScriptDirectory(missing, "m").load()).isInstanceOf(AutogenException.class)
                .hasMessage("migrations folder " + missing + " does not exist; run `autogen init` to create it,"
                        + " or set script.location");
    }

    @Test
    void aCompileErrorNamesFileAndLine() throws IOException {
        write("M1_Good.java", migration("m", "M1_Good", "@Revision(id = \"000000000001\")", ""));
        write("M2_Broken.java", migration("m", "M2_Broken", "@Revision(id = \"000000000002\")",
                "op.dropTabel(\"x\");"));

        assertThatThrownBy(() -> new ScriptDirectory(folder, "m").load()).isInstanceOf(AutogenException.class)
                .hasMessageStartingWith("M2_Broken.java:11: cannot find symbol")
                .hasMessageContaining("dropTabel");
    }

    @Test
    void aClassWithoutRevisionIsRejected() throws IOException {
        write("M1_NoAnnotation.java", migration("m", "M1_NoAnnotation", "", ""));

        assertThatThrownBy(() -> new ScriptDirectory(folder, "m").load()).isInstanceOf(AutogenException.class)
                .hasMessageStartingWith("M1_NoAnnotation.java: class M1_NoAnnotation has no @Revision annotation;");
    }

    @Test
    void aBadIdIsRejected() throws IOException {
        write("M1_BadId.java", migration("m", "M1_BadId", "@Revision(id = \"ABCDEF012345\")", ""));

        assertThatThrownBy(() -> new ScriptDirectory(folder, "m").load()).isInstanceOf(AutogenException.class)
                .hasMessageStartingWith("M1_BadId.java: revision id 'ABCDEF012345' is not 12 lowercase hex digits;");
    }

    @Test
    void aBadParentIdIsRejected() throws IOException {
        write("M1_BadParent.java", migration("m", "M1_BadParent",
                "@Revision(id = \"abcdef012345\", parents = \"abc\")", ""));

        assertThatThrownBy(() -> new ScriptDirectory(folder, "m").load())
                .hasMessageStartingWith("M1_BadParent.java: parent id 'abc' is not 12 lowercase hex digits;");
    }

    @Test
    void aClassMustImplementMigrationAndBeConstructible() throws IOException {
        write("M1_Plain.java", """
                package m;

                @dev.autogen.migration.Revision(id = "000000000001")
                public final class M1_Plain {
                }
                """);
        assertThatThrownBy(() -> new ScriptDirectory(folder, "m").load())
                .hasMessage("M1_Plain.java: class M1_Plain does not implement dev.autogen.migration.Migration;"
                        + " add `implements Migration`");

        Files.delete(folder.resolve("M1_Plain.java"));
        write("M1_Args.java", migration("m", "M1_Args", "@Revision(id = \"000000000001\")", "")
                .replace("implements Migration {", "implements Migration {\n    public M1_Args(int x) {\n    }\n"));
        assertThatThrownBy(() -> new ScriptDirectory(folder, "m").load())
                .hasMessage("M1_Args.java: class M1_Args needs to be public with a public no-argument constructor");
    }

    @Test
    void twoFilesWithOneIdAreRejected() throws IOException {
        write("M1_A.java", migration("m", "M1_A", "@Revision(id = \"000000000001\")", ""));
        write("M2_B.java", migration("m", "M2_B", "@Revision(id = \"000000000001\")", ""));

        assertThatThrownBy(() -> new ScriptDirectory(folder, "m").load())
                .hasMessage("revision id 000000000001 is used by both M1_A.java and M2_B.java;"
                        + " give one of them a new id");
    }

    @Test
    void writeCreatesTheFolderButNeverOverwrites() throws IOException {
        Path nested = folder.resolve("src/migrations");
        ScriptDirectory scripts = new ScriptDirectory(nested, "m");
        RenderedMigration first = new RenderedMigration("M1_First", "// first\n");

        Path written = scripts.write(first);

        assertThat(written).isEqualTo(nested.resolve("M1_First.java"));
        assertThat(Files.readString(written)).isEqualTo("// first\n");
        assertThatThrownBy(() -> scripts.write(new RenderedMigration("M1_First", "// second\n")))
                .isInstanceOf(AutogenException.class)
                .hasMessageStartingWith(written + " already exists; autogen never overwrites a migration");
        assertThat(Files.readString(written)).isEqualTo("// first\n");
    }

    private void write(String file, String text) throws IOException {
        Files.writeString(folder.resolve(file), text);
    }

    /** A hand-written migration; its upgrade body sits on line 11. */
    private static String migration(String pkg, String name, String annotation, String upgrade) {
        return """
                package %s;

                import dev.autogen.migration.Migration;
                import dev.autogen.migration.Operations;
                import dev.autogen.migration.Revision;

                %s
                public final class %s implements Migration {
                    @Override
                    public void upgrade(Operations op) {
                        %s
                    }

                    @Override
                    public void downgrade(Operations op) {
                    }
                }
                """.formatted(pkg, annotation, name, upgrade);
    }
}
