package dev.autogen.script;

import dev.autogen.render.RenderedMigration;
import java.nio.file.Path;
import java.util.List;

/** TODO: implemented by the script work. */
public final class ScriptDirectory {
    private final Path folder;
    private final String packageName;

    public ScriptDirectory(Path folder, String packageName) {
        this.folder = folder;
        this.packageName = packageName;
    }

    public Path folder() {
        return folder;
    }

    public String packageName() {
        return packageName;
    }

    /** Compiles every migration source in the folder in-process and loads it. */
    public List<LoadedRevision> load() {
        throw new UnsupportedOperationException("TODO");
    }

    /** Writes a rendered migration into the folder; never overwrites. */
    public Path write(RenderedMigration migration) {
        throw new UnsupportedOperationException("TODO");
    }
}
