package dev.autogen.model.jpa;

import dev.autogen.config.CacheDirectory;
import dev.autogen.dialect.Dialect;
import dev.autogen.io.AtomicFile;
import dev.autogen.schema.Schema;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;

/**
 * Keeps the schema the entities mapped to, so a command run again on entities that did not change
 * skips Hibernate's boot (seconds on a large model) for a hash of the class files. An entry is used
 * only when its {@link EntityFingerprint} content hash matches; it replays the warnings the read
 * gave. Best effort: an entry that is missing, damaged, of an older format or unwritable means
 * reading the entities as if there were no cache, never an error. Entries are written to a
 * temporary file and renamed into place, so a reader never sees half an entry.
 *
 * <p>Location: {@code entities/} of the {@link CacheDirectory}. One file per entity location.
 */
final class EntitySchemaCache {
    private final Optional<Path> directory;

    EntitySchemaCache(Optional<Path> directory) {
        this.directory = directory;
    }

    static EntitySchemaCache fromEnvironment() {
        return new EntitySchemaCache(CacheDirectory.forKind("entities"));
    }

    /** The cached schema for unchanged entities; otherwise {@code fresh}'s, stored for next time. */
    Schema read(EntitySource source, Dialect dialect, Function<MappingWarnings, Schema> fresh) {
        if (directory.isEmpty()) {
            return fresh.apply(new MappingWarnings());
        }
        EntityFingerprint fingerprint;
        try {
            fingerprint = EntityFingerprint.of(source, dialect);
        } catch (IOException | UncheckedIOException e) {
            // An unreadable classpath entry: the fresh read reports it as the user's error.
            return fresh.apply(new MappingWarnings());
        }
        Path file = directory.get().resolve(fingerprint.location() + ".schema");
        Optional<CachedSchemaFormat.Entry> cached = lookup(file, fingerprint.content());
        if (cached.isPresent()) {
            cached.get().warnings().forEach(MappingWarnings.Warning::log);
            return cached.get().schema();
        }
        MappingWarnings warnings = new MappingWarnings();
        Schema schema = fresh.apply(warnings);
        store(file, new CachedSchemaFormat.Entry(fingerprint.content(), warnings.all(), schema));
        return schema;
    }

    private static Optional<CachedSchemaFormat.Entry> lookup(Path file, String content) {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            CachedSchemaFormat.Entry entry = CachedSchemaFormat.read(new DataInputStream(in));
            return entry.key().equals(content) ? Optional.of(entry) : Optional.empty();
        } catch (IOException | UncheckedIOException | SecurityException e) {
            // Missing, damaged or of another version: read afresh and overwrite it.
            return Optional.empty();
        }
    }

    private static void store(Path file, CachedSchemaFormat.Entry entry) {
        try {
            AtomicFile.write(file, CachedSchemaFormat.write(entry), AtomicFile.Existing.REPLACE);
        } catch (IOException | UncheckedIOException | SecurityException e) {
            // Best effort: without an entry the next run reads the entities again.
        }
    }
}
