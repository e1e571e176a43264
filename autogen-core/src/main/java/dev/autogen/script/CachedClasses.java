package dev.autogen.script;

import dev.autogen.io.AtomicFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** One cache entry: the class files compiled from one migration source, as a zip named by its key. */
record CachedClasses(Map<String, byte[]> classes, Path source) {

    void addTo(Map<String, byte[]> allClasses, Map<String, Path> origins) {
        Path origin = source.toAbsolutePath().normalize();
        classes.forEach((name, bytes) -> {
            allClasses.put(name, bytes);
            origins.put(name, origin);
        });
    }

    static Optional<CachedClasses> read(Path entry, Path source) {
        if (!Files.isRegularFile(entry)) {
            return Optional.empty();
        }
        Map<String, byte[]> classes = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(entry))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                classes.put(e.getName(), zip.readAllBytes());
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        return classes.isEmpty() ? Optional.empty() : Optional.of(new CachedClasses(classes, source));
    }

    /** Written beside the entry and moved into place, so a reader never sees half a file. */
    static void write(Path entry, Map<String, byte[]> classes) {
        try {
            AtomicFile.write(entry, out -> {
                ZipOutputStream zip = new ZipOutputStream(out);
                for (Map.Entry<String, byte[]> c : classes.entrySet()) {
                    zip.putNextEntry(new ZipEntry(c.getKey()));
                    zip.write(c.getValue());
                    zip.closeEntry();
                }
                zip.finish();
            }, AtomicFile.Existing.REPLACE);
        } catch (IOException | RuntimeException e) {
            // Best effort: the next command compiles this source again.
        }
    }
}
