package dev.autogen.script;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cache gives back the last compilation of a folder only while every source is byte for byte the same. */
class CompiledMigrationCacheTest {
    private static final FileTime LONG_AGO = FileTime.from(Instant.parse("2001-01-01T00:00:00Z"));

    @TempDir
    Path folder;
    @TempDir
    Path cacheDir;

    @Test
    void unchangedSourcesAreServedFromTheCacheAndAnEditCompilesAgain() throws IOException {
        CompiledMigrationCache cache = new CompiledMigrationCache(Optional.of(cacheDir));
        Path source = write("M1_First", "first");
        InProcessCompiler.Output compiled = cache.compile(folder, List.of(source));
        Path entry = onlyEntry();
        Files.setLastModifiedTime(entry, LONG_AGO);

        InProcessCompiler.Output again = cache.compile(folder, List.of(source));

        assertThat(Files.getLastModifiedTime(entry)).as("a hit leaves the entry alone").isEqualTo(LONG_AGO);
        assertThat(again.classes().keySet()).containsExactlyElementsOf(compiled.classes().keySet());
        assertThat(again.classes().get("app.M1_First")).isEqualTo(compiled.classes().get("app.M1_First"));
        assertThat(again.classOf(source)).contains("app.M1_First");

        write("M1_First", "edited");
        InProcessCompiler.Output edited = cache.compile(folder, List.of(source));

        assertThat(onlyEntry()).as("the edited file's entry replaces the old one").isNotEqualTo(entry);
        assertThat(edited.classes().get("app.M1_First")).isNotEqualTo(compiled.classes().get("app.M1_First"));
    }

    @Test
    void aNewMigrationCompilesAloneAndARemovedOneLeavesTheCache() throws IOException {
        CompiledMigrationCache cache = new CompiledMigrationCache(Optional.of(cacheDir));
        Path first = write("M1_First", "first");
        cache.compile(folder, List.of(first));
        Path firstEntry = onlyEntry();
        Files.setLastModifiedTime(firstEntry, LONG_AGO);
        Path second = write("M2_Second", "second");

        InProcessCompiler.Output both = cache.compile(folder, List.of(first, second));

        assertThat(both.classes()).containsOnlyKeys("app.M1_First", "app.M2_Second");
        assertThat(both.classOf(second)).contains("app.M2_Second");
        assertThat(Files.getLastModifiedTime(firstEntry)).as("the unchanged file was not compiled again")
                .isEqualTo(LONG_AGO);

        Files.delete(first);
        cache.compile(folder, List.of(second));

        assertThat(onlyEntry()).isNotEqualTo(firstEntry);
    }

    @Test
    void aSourceHasTheSameEntryWhateverIsCompiledBesideIt() throws IOException {
        // Each key starts from one digest of the toolchain, copied per source: nothing of one source
        // may carry into the next one's key.
        CompiledMigrationCache cache = new CompiledMigrationCache(Optional.of(cacheDir));
        Path first = write("M1_First", "first");
        Path second = write("M2_Second", "second");
        Path third = write("M3_Third", "third");
        cache.compile(folder, List.of(first, second, third));
        List<String> together;
        try (Stream<Path> files = Files.walk(cacheDir)) {
            together = files.filter(Files::isRegularFile).map(f -> f.getFileName().toString()).sorted().toList();
        }
        assertThat(together).hasSize(3).doesNotHaveDuplicates();

        Files.delete(first);
        Files.delete(second);
        InProcessCompiler.Output alone = cache.compile(folder, List.of(third));

        assertThat(together).contains(onlyEntry().getFileName().toString());
        assertThat(alone.classOf(third)).contains("app.M3_Third");
    }

    @Test
    void aDamagedEntryIsIgnoredAndReplaced() throws IOException {
        CompiledMigrationCache cache = new CompiledMigrationCache(Optional.of(cacheDir));
        Path source = write("M1_First", "first");
        InProcessCompiler.Output compiled = cache.compile(folder, List.of(source));
        Files.writeString(onlyEntry(), "not a zip file");

        InProcessCompiler.Output again = cache.compile(folder, List.of(source));

        assertThat(again.classes().get("app.M1_First")).isEqualTo(compiled.classes().get("app.M1_First"));
        assertThat(Files.size(onlyEntry())).isGreaterThan("not a zip file".length());
    }

    @Test
    void switchedOffItWritesNothing() throws IOException {
        CompiledMigrationCache cache = new CompiledMigrationCache(Optional.empty());
        Path source = write("M1_First", "first");

        assertThat(cache.compile(folder, List.of(source)).classes()).containsKey("app.M1_First");
        try (Stream<Path> files = Files.list(cacheDir)) {
            assertThat(files).isEmpty();
        }
    }

    private Path onlyEntry() throws IOException {
        try (Stream<Path> files = Files.walk(cacheDir)) {
            List<Path> entries = files.filter(Files::isRegularFile).toList();
            assertThat(entries).hasSize(1);
            return entries.get(0);
        }
    }

    private Path write(String name, String message) throws IOException {
        Path file = folder.resolve(name + ".java");
        Files.writeString(file, """
                package app;

                @dev.autogen.migration.Revision(id = "1975ea83b712", message = "%s")
                public final class %s implements dev.autogen.migration.Migration {
                    @Override
                    public void upgrade(dev.autogen.migration.Operations op) {
                    }

                    @Override
                    public void downgrade(dev.autogen.migration.Operations op) {
                    }
                }
                """.formatted(message, name));
        return file;
    }
}
