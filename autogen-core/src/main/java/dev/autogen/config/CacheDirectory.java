package dev.autogen.config;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where autogen keeps what it can rebuild (compiled migrations, the entities' schema): one folder
 * per kind under {@code $AUTOGEN_CACHE_DIR}, else {@code $XDG_CACHE_HOME/autogen}, else
 * {@code ~/.cache/autogen}. {@code AUTOGEN_CACHE_DIR=off} turns every cache off. Deleting it is
 * always safe.
 */
public final class CacheDirectory {
    public static final String VARIABLE = "AUTOGEN_CACHE_DIR";

    private CacheDirectory() {
    }

    /** The folder for one kind of entry, such as {@code migrations}; empty when caching is off. */
    public static Optional<Path> forKind(String kind) {
        String configured = System.getenv(VARIABLE);
        if (configured != null && !configured.isBlank()) {
            return configured.strip().equalsIgnoreCase("off") ? Optional.empty()
                    : Optional.of(Path.of(configured.strip()).resolve(kind));
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return Optional.of(base.resolve("autogen").resolve(kind));
    }
}
