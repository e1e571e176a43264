package dev.autogen.dialect.sqlite;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * The file {@code <database>-autogen-journal-mode} beside a SQLite database that a run has put in
 * WAL mode: it holds the rollback mode to put back. WAL mode is written into the database file, so
 * a run killed before it puts the mode back leaves a WAL database; the marker tells the next run
 * that the mode was autogen's doing, not the team's choice.
 */
record SqliteJournalMarker(Path file) {
    static final String SUFFIX = "-autogen-journal-mode";

    static SqliteJournalMarker beside(Path database) {
        return new SqliteJournalMarker(Path.of(database + SUFFIX));
    }

    /** The mode a run put aside, if one did and has not put it back. */
    Optional<String> savedMode() {
        try {
            String mode = Files.readString(file, StandardCharsets.UTF_8).strip().toLowerCase(Locale.ROOT);
            return SqliteRunJournal.ROLLBACK_MODES.contains(mode) ? Optional.of(mode) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    boolean exists() {
        return Files.exists(file);
    }

    /** Whether the marker was written longer ago than {@code age}; false when there is none. */
    boolean olderThan(Duration age) {
        try {
            return !Files.getLastModifiedTime(file).toInstant().isAfter(Instant.now().minus(age));
        } catch (IOException e) {
            return false;
        }
    }

    /** Written and synced before the database leaves its mode, so a power loss cannot keep the one without the other. */
    void save(String mode) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            channel.write(ByteBuffer.wrap((mode + "\n").getBytes(StandardCharsets.UTF_8)));
            channel.force(true);
        }
        syncFolder();
    }

    void delete() throws IOException {
        Files.deleteIfExists(file);
    }

    private void syncFolder() {
        Path folder = file.toAbsolutePath().getParent();
        if (folder == null) {
            return;
        }
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Some systems cannot sync a folder; the marker is then as durable as the system makes new files.
        }
    }
}
