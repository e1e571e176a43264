package dev.autogen.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file appears whole or not at all; a failure in the middle leaves the folder as it was. */
class AtomicFileTest {
    private static final byte[] SOURCE = "class Rev { }\n".repeat(200).getBytes(StandardCharsets.UTF_8);

    @Test
    void aWriteThatFailsHalfwayLeavesNoFileAndNoTemporary(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("Rev.java");
        assertThatThrownBy(() -> AtomicFile.write(file, out -> {
            out.write(SOURCE, 0, SOURCE.length / 2);
            throw new IOException("No space left on device");
        }, AtomicFile.Existing.REFUSE)).hasMessage("No space left on device");
        assertThat(file).doesNotExist();
        assertThat(entries(dir)).isEmpty();
    }

    @Test
    void aFailedReplacementKeepsTheOldContent(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("cache.bin");
        AtomicFile.write(file, SOURCE, AtomicFile.Existing.REPLACE);
        assertThatThrownBy(() -> AtomicFile.write(file, out -> {
            out.write(1);
            throw new IOException("No space left on device");
        }, AtomicFile.Existing.REPLACE)).isInstanceOf(IOException.class);
        assertThat(Files.readAllBytes(file)).isEqualTo(SOURCE);
        assertThat(entries(dir)).containsExactly("cache.bin");
    }

    @Test
    void anExistingFileIsNeverOverwrittenWhenRefused(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("Rev.java");
        Files.writeString(file, "mine");
        assertThatThrownBy(() -> AtomicFile.write(file, SOURCE, AtomicFile.Existing.REFUSE))
                .isInstanceOf(FileAlreadyExistsException.class);
        assertThat(Files.readString(file)).isEqualTo("mine");
        assertThat(entries(dir)).containsExactly("Rev.java");
    }

    @Test
    void writesTheWholeContentAndCreatesTheFolder(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("a/b/Rev.java");
        AtomicFile.write(file, SOURCE, AtomicFile.Existing.REFUSE);
        assertThat(Files.readAllBytes(file)).isEqualTo(SOURCE);
        assertThat(entries(file.getParent())).containsExactly("Rev.java");
        AtomicFile.write(file, "new".getBytes(StandardCharsets.UTF_8), AtomicFile.Existing.REPLACE);
        assertThat(Files.readString(file)).isEqualTo("new");
    }

    private static java.util.List<String> entries(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
