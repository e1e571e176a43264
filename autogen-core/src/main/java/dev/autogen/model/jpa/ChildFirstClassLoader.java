package dev.autogen.model.jpa;

import java.net.URL;
import java.net.URLClassLoader;

/**
 * Looks in the entity classpath before its parent, so the entities as the user compiled them win
 * over any same-named class that happens to be on autogen's own classpath (a stale copy, a test
 * fixture). The types autogen and Hibernate share with the entities always come from the parent,
 * or Hibernate would not recognise the annotations.
 */
final class ChildFirstClassLoader extends URLClassLoader {
    private static final String[] SHARED_PREFIXES = {
        "java.", "javax.", "jdk.", "sun.", "jakarta.", "org.hibernate.", "dev.autogen.", "org.jboss.logging.",
    };

    static {
        registerAsParallelCapable();
    }

    ChildFirstClassLoader(URL[] urls, ClassLoader parent) {
        super(urls, parent);
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (isShared(name)) {
            return super.loadClass(name, resolve);
        }
        synchronized (getClassLoadingLock(name)) {
            Class<?> loaded = findLoadedClass(name);
            if (loaded == null) {
                try {
                    loaded = findClass(name);
                } catch (ClassNotFoundException notInEntities) {
                    return super.loadClass(name, resolve);
                }
            }
            if (resolve) {
                resolveClass(loaded);
            }
            return loaded;
        }
    }

    @Override
    public URL getResource(String name) {
        URL own = findResource(name);
        return own != null ? own : super.getResource(name);
    }

    private static boolean isShared(String name) {
        for (String prefix : SHARED_PREFIXES) {
            if (name.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
