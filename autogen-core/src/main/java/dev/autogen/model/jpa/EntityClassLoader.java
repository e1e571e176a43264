package dev.autogen.model.jpa;

import dev.autogen.AutogenException;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads the user's compiled entities from folders and jars that are not on autogen's classpath,
 * entity classpath first (see {@link ChildFirstClassLoader}). Its parent is autogen's own loader,
 * so Jakarta Persistence and Hibernate annotation types are the same classes for the entities and
 * for Hibernate.
 */
final class EntityClassLoader implements AutoCloseable {
    private final URLClassLoader loader;

    private EntityClassLoader(URLClassLoader loader) {
        this.loader = loader;
    }

    /** Checks that every entry exists before anything is scanned or loaded. */
    static EntityClassLoader open(List<Path> classpath) {
        if (classpath.isEmpty()) {
            throw new AutogenException("entities.classpath is empty: list the folders and jars holding the "
                    + "compiled entity classes");
        }
        List<URL> urls = new ArrayList<>();
        for (Path entry : classpath) {
            urls.add(toUrl(entry));
        }
        return new EntityClassLoader(new ChildFirstClassLoader(urls.toArray(URL[]::new),
                EntityClassLoader.class.getClassLoader()));
    }

    private static URL toUrl(Path entry) {
        if (!Files.exists(entry)) {
            throw new AutogenException("entity classpath entry " + entry + " does not exist: check "
                    + "entities.classpath (and compile the entities first)");
        }
        if (!Files.isDirectory(entry) && !entry.getFileName().toString().endsWith(".jar")) {
            throw new AutogenException("entity classpath entry " + entry + " is neither a folder nor a .jar "
                    + "file: check entities.classpath");
        }
        try {
            return entry.toAbsolutePath().toUri().toURL();
        } catch (MalformedURLException e) {
            throw new AutogenException("entity classpath entry " + entry + " is not a valid path", e);
        }
    }

    ClassLoader loader() {
        return loader;
    }

    /** Loads each class without initializing it, so static initializers do not run. */
    List<Class<?>> load(List<String> classNames) {
        List<Class<?>> classes = new ArrayList<>(classNames.size());
        for (String name : classNames) {
            try {
                classes.add(Class.forName(name, false, loader));
            } catch (UnsupportedClassVersionError e) {
                throw new AutogenException(EntityFailure.newerJava(e.getMessage()), e);
            } catch (ClassNotFoundException | LinkageError e) {
                String missing = e instanceof NoClassDefFoundError ? ": it needs class "
                        + String.valueOf(e.getMessage()).replace('/', '.') + ", which" : ", which";
                throw new AutogenException("cannot load entity class " + name + missing + " cannot be found;"
                        + " add the jar that provides it to entities.classpath (" + e + ")", e);
            }
        }
        return classes;
    }

    @Override
    public void close() {
        try {
            loader.close();
        } catch (IOException e) {
            // Closing only releases jar handles; a failure here cannot affect the result.
        }
    }
}
