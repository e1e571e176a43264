package dev.autogen.revision;


import dev.autogen.AutogenException;
import dev.autogen.migration.Migration;
import dev.autogen.migration.Revision;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Migrations an application ships compiled: the {@code @Revision} classes of one package, found
 * through a class loader in folders and jar files, so production needs no Java compiler. Only the
 * package itself is read, not its subpackages, as the migrations folder is one flat folder.
 *
 * <p>A jar is found through its directory entry for the package, which every build tool writes
 * unless told not to.
 */
public final class ClasspathMigrations {
    private static final String CLASS_SUFFIX = ".class";

    private ClasspathMigrations() {
    }

    /** The revisions of {@code packageName}, in class-name order (which is creation order for generated names). */
    public static List<LoadedRevision> scan(ClassLoader loader, String packageName) {
        String path = packageName.replace('.', '/');
        Set<String> classNames = new TreeSet<>();
        try {
            for (URL root : Collections.list(loader.getResources(path))) {
                classNames.addAll(classesIn(root, path));
            }
        } catch (IOException | UncheckedIOException e) {
            throw new AutogenException("cannot list the classes of package " + packageName + ": " + e.getMessage(), e);
        }
        List<LoadedRevision> revisions = new ArrayList<>();
        for (String simpleName : classNames) {
            String className = packageName + "." + simpleName;
            Class<?> type = loadClass(loader, className);
            if (type.isAnnotationPresent(Revision.class) || Migration.class.isAssignableFrom(type)) {
                revisions.add(RevisionClasses.load(className, type, Path.of(path, simpleName + CLASS_SUFFIX)));
            }
        }
        RevisionClasses.requireDistinctIds(revisions);
        return List.copyOf(revisions);
    }

    /** Simple names of the top-level classes directly in the package at {@code root}. */
    private static List<String> classesIn(URL root, String path) throws IOException {
        if ("file".equals(root.getProtocol())) {
            return classesInFolder(root);
        }
        if ("jar".equals(root.getProtocol()) && root.openConnection() instanceof JarURLConnection jar) {
            jar.setUseCaches(false);
            try (JarFile file = jar.getJarFile()) {
                return classesInJar(file, path);
            }
        }
        throw new AutogenException("cannot list migration classes in " + root
                + ": only folders and jar files on the class path are read");
    }

    private static List<String> classesInFolder(URL root) throws IOException {
        Path folder;
        try {
            folder = Path.of(root.toURI());
        } catch (URISyntaxException e) {
            throw new IOException("not a folder: " + root, e);
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).filter(ClasspathMigrations::isTopLevelClass)
                    .map(ClasspathMigrations::simpleName).toList();
        }
    }

    private static List<String> classesInJar(JarFile jar, String path) {
        String prefix = path + "/";
        List<String> names = new ArrayList<>();
        for (JarEntry entry : Collections.list(jar.entries())) {
            String name = entry.getName();
            if (name.startsWith(prefix) && name.indexOf('/', prefix.length()) < 0) {
                String file = name.substring(prefix.length());
                if (isTopLevelClass(file)) {
                    names.add(simpleName(file));
                }
            }
        }
        return names;
    }

    private static boolean isTopLevelClass(String fileName) {
        return fileName.endsWith(CLASS_SUFFIX) && !fileName.contains("$") && !fileName.equals("package-info.class");
    }

    private static String simpleName(String fileName) {
        return fileName.substring(0, fileName.length() - CLASS_SUFFIX.length());
    }

    private static Class<?> loadClass(ClassLoader loader, String className) {
        try {
            // Not initialized: a helper class's static state is none of the scan's business.
            return Class.forName(className, false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new AutogenException("cannot load migration class " + className + ": " + e
                    + "; is the class path complete?", e);
        }
    }
}
