package dev.autogen.script;

import dev.autogen.AutogenException;
import dev.autogen.io.AtomicFile;
import dev.autogen.migration.Migration;
import dev.autogen.render.RenderedMigration;
import dev.autogen.revision.LoadedRevision;
import dev.autogen.revision.RevisionClasses;
import dev.autogen.revision.RevisionInfo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The migrations folder: one Java source per revision. The only class that reads migration files
 * and their annotations; everything after loading works on {@link RevisionInfo}s. A history may
 * span more folders ({@code script.more.locations}, a Boot application's further
 * {@code autogen.locations}): they are read with the folder as one history, and new revisions are
 * written to the folder only.
 */
public final class ScriptDirectory {
    /** The sub-folder of replaced revisions. */
    public static final String REPLACED = "replaced";

    private final Path folder;
    private final String packageName;
    private final List<Path> moreFolders;

    public ScriptDirectory(Path folder, String packageName) {
        this(folder, packageName, List.of());
    }

    public ScriptDirectory(Path folder, String packageName, List<Path> moreFolders) {
        this.folder = folder;
        this.packageName = packageName;
        this.moreFolders = List.copyOf(moreFolders);
    }

    public Path folder() {
        return folder;
    }

    public String packageName() {
        return packageName;
    }

    /**
     * Compiles every migration source in the folder in-process (one compilation, class files kept
     * in memory, reused from {@link CompiledMigrationCache} while no source changed), loads the
     * classes with a fresh class loader and instantiates them, in file-name order.
     */
    public List<LoadedRevision> load() {
        List<LoadedRevision> revisions = loadAll();
        requireDistinctIds(revisions);
        return revisions;
    }

    /** Two files with one revision id: names both, so the user knows which to change. */
    public static void requireDistinctIds(List<LoadedRevision> revisions) {
        RevisionClasses.requireDistinctIds(revisions);
    }

    /**
     * As {@link #load()}, but keeps revisions that share an id, so that {@code check} and
     * {@code verify} can report every graph problem instead of stopping at the first.
     */
    public List<LoadedRevision> loadAll() {
        List<Path> sources = sources();
        if (sources.isEmpty()) {
            return List.of();
        }
        InProcessCompiler.Output compiled = CompiledMigrationCache.fromEnvironment().compile(folder, sources);
        ClassLoader loader = new MemoryClassLoader(compiled.classes(), Migration.class.getClassLoader());
        Map<Path, List<String>> classesBySource = compiled.classesBySource();
        List<LoadedRevision> revisions = new ArrayList<>();
        for (Path source : sources) {
            revisions.add(load(source, classesBySource, loader));
        }
        return List.copyOf(revisions);
    }

    /** The folder {@code autogen squash} moves the revisions it replaces to. */
    public Path replacedFolder() {
        return folder.resolve(REPLACED);
    }

    /**
     * The revisions squashed revisions replace, kept in {@link #replacedFolder()}: compiled on their
     * own and only when a database stamped inside a squashed range is upgraded. None when the folder
     * is not there.
     */
    public List<LoadedRevision> loadReplaced() {
        if (!Files.isDirectory(replacedFolder())) {
            return List.of();
        }
        return new ScriptDirectory(replacedFolder(), packageName).loadAll();
    }

    /**
     * The revisions' {@code @Revision} annotations read from the sources, without compiling: empty
     * when any file is not in the form {@link RevisionHeaderParser} reads, or two share an id, so
     * that the caller {@link #loadAll() compiles} and reports exactly as before.
     */
    public Optional<List<RevisionHeader>> readHeaders() {
        List<RevisionHeader> headers = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Path source : sources()) {
            String text;
            try {
                text = Files.readString(source, StandardCharsets.UTF_8);
            } catch (IOException e) {
                return Optional.empty();
            }
            Optional<RevisionInfo> info = RevisionHeaderParser.parse(text);
            if (info.isEmpty() || !ids.add(info.get().id())) {
                return Optional.empty();
            }
            headers.add(new RevisionHeader(info.get(), source));
        }
        return Optional.of(List.copyOf(headers));
    }

    /** Writes a rendered migration into the folder, creating the folder if needed; never overwrites. */
    public Path write(RenderedMigration migration) {
        String className = migration.className();
        if (!className.matches("[\\p{javaJavaIdentifierStart}][\\p{javaJavaIdentifierPart}]*")) {
            throw new IllegalArgumentException("not a Java class name: " + className);
        }
        Path file = folder.resolve(className + ".java");
        try {
            AtomicFile.write(file, migration.source().getBytes(StandardCharsets.UTF_8), AtomicFile.Existing.REFUSE);
            return file;
        } catch (FileAlreadyExistsException e) {
            throw new AutogenException(file + " already exists; autogen never overwrites a migration, so remove"
                    + " it or choose another message");
        } catch (IOException e) {
            throw new AutogenException("cannot write " + file + ": " + e.getMessage()
                    + " (nothing was written; free the space or fix the folder and run it again)", e);
        }
    }

    /** Every folder's sources, in file-name order across the folders (ids decide the graph, not folders). */
    private List<Path> sources() {
        List<Path> all = new ArrayList<>(sources(folder, "run `autogen init` to create it, or set script.location"));
        for (Path more : moreFolders) {
            all.addAll(sources(more, "create it, or correct script.more.locations"));
        }
        all.sort(Comparator.comparing((Path p) -> p.getFileName().toString()).thenComparing(Comparator.naturalOrder()));
        return List.copyOf(all);
    }

    private static List<Path> sources(Path folder, String remedy) {
        if (!Files.isDirectory(folder)) {
            throw new AutogenException("migrations folder " + folder + " does not exist; " + remedy);
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".java") && Files.isRegularFile(f))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new AutogenException("cannot list migrations folder " + folder + ": " + e.getMessage(), e);
        }
    }

    private static LoadedRevision load(Path source, Map<Path, List<String>> classesBySource, ClassLoader loader) {
        String file = source.getFileName().toString();
        String simpleName = file.substring(0, file.length() - ".java".length());
        String className = InProcessCompiler.Output.classOf(source, classesBySource).orElseThrow(() -> new AutogenException(file + ": declares no"
                + " class " + simpleName + "; a migration file holds one public class named like the file"));
        Class<?> type;
        try {
            type = loader.loadClass(className);
        } catch (ClassNotFoundException e) {
            throw new AutogenException(file + ": class " + className + " was compiled but cannot be loaded", e);
        }
        return RevisionClasses.load(file, type, source);
    }
}
