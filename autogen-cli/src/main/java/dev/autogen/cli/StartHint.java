package dev.autogen.cli;

import dev.autogen.startup.HeavyLibraries;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What the launcher reads before the next command of this project to pick its ahead-of-time
 * cache: {@code light} when this run needed neither Hibernate nor javac, else {@code heavy}. The
 * launcher names the file ({@code -Dautogen.startHint}, under the cache folder) and also checks
 * that no entity class or migration changed since it was written.
 */
final class StartHint {
    static final String PROPERTY = "autogen.startHint";

    private StartHint() {
    }

    static void write(String file) {
        if (file == null || file.isBlank()) {
            return;
        }
        try {
            Path path = Path.of(file);
            Files.createDirectories(path.getParent());
            Files.writeString(path, HeavyLibraries.wereUsed() ? "heavy\n" : "light\n", StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            // Only a start-up aid: the next command starts with the whole cache.
        }
    }
}
