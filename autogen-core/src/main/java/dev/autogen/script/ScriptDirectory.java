package dev.autogen.script;

import dev.autogen.AutogenException;
import dev.autogen.migration.Migration;
import dev.autogen.migration.Revision;
import dev.autogen.render.RenderedMigration;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The migrations folder: one Java source per revision. The only class that reads migration files
 * and their annotations; everything after loading works on {@link RevisionInfo}s.
 */
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

    /**
     * Compiles every migration source in the folder in-process (one compilation, class files kept
     * in memory, reused from {@link CompiledMigrationCache} while no source changed), loads the
     * classes with a fresh class loader and instantiates them, in file-name order.
     */
    public List<LoadedRevision> load() {
        List<Path> sources = sources();
        if (sources.isEmpty()) {
            return List.of();
        }
        InProcessCompiler.Output compiled = CompiledMigrationCache.fromEnvironment().compile(folder, sources);
        ClassLoader loader = new MemoryClassLoader(compiled.classes(), Migration.class.getClassLoader());
        List<LoadedRevision> revisions = new ArrayList<>();
        for (Path source : sources) {
            revisions.add(load(source, compiled, loader));
        }
        requireDistinctIds(revisions);
        return List.copyOf(revisions);
    }

    /** Writes a rendered migration into the folder, creating the folder if needed; never overwrites. */
    public Path write(RenderedMigration migration) {
        String className = migration.className();
        if (!className.matches("[\\p{javaJavaIdentifierStart}][\\p{javaJavaIdentifierPart}]*")) {
            throw new IllegalArgumentException("not a Java class name: " + className);
        }
        Path file = folder.resolve(className + ".java");
        try {
            Files.createDirectories(folder);
            Files.writeString(file, migration.source(), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE);
            return file;
        } catch (FileAlreadyExistsException e) {
            throw new AutogenException(file + " already exists; autogen never overwrites a migration, so remove"
                    + " it or choose another message");
        } catch (IOException e) {
            throw new AutogenException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private List<Path> sources() {
        if (!Files.isDirectory(folder)) {
            throw new AutogenException("migrations folder " + folder + " does not exist; run `autogen init` to"
                    + " create it, or set script.location");
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".java") && Files.isRegularFile(f))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new AutogenException("cannot list migrations folder " + folder + ": " + e.getMessage(), e);
        }
    }

    private static LoadedRevision load(Path source, InProcessCompiler.Output compiled, ClassLoader loader) {
        String file = source.getFileName().toString();
        String simpleName = file.substring(0, file.length() - ".java".length());
        String className = compiled.classOf(source).orElseThrow(() -> new AutogenException(file + ": declares no"
                + " class " + simpleName + "; a migration file holds one public class named like the file"));
        Class<?> type;
        try {
            type = loader.loadClass(className);
        } catch (ClassNotFoundException e) {
            throw new AutogenException(file + ": class " + className + " was compiled but cannot be loaded", e);
        }
        RevisionInfo info = revisionInfo(file, type);
        return new LoadedRevision(info, instantiate(file, type), source);
    }

    private static RevisionInfo revisionInfo(String file, Class<?> type) {
        Revision revision = type.getAnnotation(Revision.class);
        if (revision == null) {
            throw new AutogenException(file + ": class " + type.getSimpleName() + " has no @Revision annotation;"
                    + " add @Revision(id = \"" + RevisionIds.random() + "\", ...) or move the file out of the"
                    + " migrations folder");
        }
        requireValidId(file, "revision id", revision.id());
        for (String parent : revision.parents()) {
            requireValidId(file, "parent id", parent);
        }
        return new RevisionInfo(revision.id(), List.of(revision.parents()), revision.message(), revision.created(),
                List.of(revision.branchLabels()));
    }

    private static void requireValidId(String file, String what, String id) {
        if (!RevisionIds.isValid(id)) {
            throw new AutogenException(file + ": " + what + " '" + id + "' is not 12 lowercase hex digits;"
                    + " use an id like " + RevisionIds.random());
        }
    }

    private static Migration instantiate(String file, Class<?> type) {
        if (!Migration.class.isAssignableFrom(type)) {
            throw new AutogenException(file + ": class " + type.getSimpleName() + " does not implement "
                    + Migration.class.getName() + "; add `implements Migration`");
        }
        Constructor<?> constructor;
        try {
            constructor = type.getConstructor();
        } catch (NoSuchMethodException e) {
            constructor = null;
        }
        if (constructor == null || !Modifier.isPublic(type.getModifiers())) {
            throw new AutogenException(file + ": class " + type.getSimpleName()
                    + " needs to be public with a public no-argument constructor");
        }
        try {
            return (Migration) constructor.newInstance();
        } catch (InvocationTargetException e) {
            throw new AutogenException(file + ": creating " + type.getSimpleName() + " failed: "
                    + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new AutogenException(file + ": cannot create " + type.getSimpleName() + ": " + e, e);
        }
    }

    private static void requireDistinctIds(List<LoadedRevision> revisions) {
        Map<String, Path> seen = new HashMap<>();
        for (LoadedRevision r : revisions) {
            Path other = seen.putIfAbsent(r.info().id(), r.source());
            if (other != null) {
                throw new AutogenException("revision id " + r.info().id() + " is used by both "
                        + other.getFileName() + " and " + r.source().getFileName() + "; give one of them a new id");
            }
        }
    }
}
