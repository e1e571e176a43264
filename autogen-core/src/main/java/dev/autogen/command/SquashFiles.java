package dev.autogen.command;

import dev.autogen.AutogenException;
import dev.autogen.io.AtomicFile;
import dev.autogen.render.RenderedMigration;
import dev.autogen.revision.RevisionInfo;
import dev.autogen.runtime.MigrationPlanner;
import dev.autogen.script.ParentRewrite;
import dev.autogen.script.ScriptDirectory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The files a squash changes: the squashed revision is written, each child of the range's last
 * revision names it as parent instead, and the range's files move to {@code replaced/}. Everything
 * that can be refused is refused before the first change ({@link #requireFree}); a change that
 * fails undoes the ones before it.
 */
final class SquashFiles {
    private final ScriptDirectory scripts;
    private final MigrationPlanner planner;
    private final String range;
    /** The children's sources as they will be written, by file. */
    private final Map<Path, String> rewritten = new LinkedHashMap<>();
    private final List<String> children = new ArrayList<>();

    SquashFiles(ScriptDirectory scripts, MigrationPlanner planner, String range) {
        this.scripts = scripts;
        this.planner = planner;
        this.range = range;
    }

    void requireFree(RenderedMigration rendered, RevisionInfo squashed) {
        List<String> replaced = squashed.replaces();
        Path file = scripts.folder().resolve(rendered.className() + ".java");
        if (Files.exists(file)) {
            throw new AutogenException("cannot squash " + range + ": " + file + " already exists; choose another"
                    + " message");
        }
        for (String id : replaced) {
            Path target = scripts.replacedFolder().resolve(source(id).getFileName());
            if (Files.exists(target)) {
                throw new AutogenException("cannot squash " + range + ": " + target + " already exists; move it away"
                        + " first");
            }
        }
        String last = replaced.get(replaced.size() - 1);
        for (String child : planner.graph().childrenOf(last)) {
            Path source = source(child);
            try {
                String text = Files.readString(source, StandardCharsets.UTF_8);
                rewritten.put(source, ParentRewrite.rewrite(text, last, squashed.id(), source.getFileName()
                        .toString()));
                children.add(child);
            } catch (IOException e) {
                throw new AutogenException("cannot squash " + range + ": cannot read " + source + ": "
                        + e.getMessage(), e);
            }
        }
    }

    SquashResult write(RenderedMigration rendered, RevisionInfo squashed) {
        List<Runnable> undo = new ArrayList<>();
        try {
            Path file = scripts.write(rendered);
            undo.add(() -> file.toFile().delete());
            for (Map.Entry<Path, String> child : rewritten.entrySet()) {
                Path source = child.getKey();
                byte[] old = Files.readAllBytes(source);
                AtomicFile.write(source, child.getValue().getBytes(StandardCharsets.UTF_8), AtomicFile.Existing.REPLACE);
                undo.add(() -> restore(source, old));
            }
            Files.createDirectories(scripts.replacedFolder());
            for (String id : squashed.replaces()) {
                Path source = source(id);
                Path target = scripts.replacedFolder().resolve(source.getFileName());
                Files.move(source, target);
                undo.add(() -> moveBack(target, source));
            }
            return new SquashResult(file, squashed.id(), squashed.replaces(), scripts.replacedFolder(), children);
        } catch (IOException | RuntimeException e) {
            for (int i = undo.size() - 1; i >= 0; i--) {
                undo.get(i).run();
            }
            throw new AutogenException("cannot squash " + range + ": writing the files failed (" + e.getMessage()
                    + "); what was written was undone", e);
        }
    }

    private Path source(String id) {
        return planner.revision(id).source();
    }

    private static void restore(Path source, byte[] old) {
        try {
            AtomicFile.write(source, old, AtomicFile.Existing.REPLACE);
        } catch (IOException e) {
            // Best effort: the error that started the undo is reported.
        }
    }

    private static void moveBack(Path target, Path source) {
        try {
            Files.move(target, source);
        } catch (IOException e) {
            // Best effort, as above.
        }
    }
}
