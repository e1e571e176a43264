package dev.autogen.startup;

/**
 * Whether this run booted Hibernate or compiled with javac. The launcher keeps two ahead-of-time
 * caches: one holding those libraries, preloaded whole at every start, and a lighter one; after a
 * run that needed neither, it starts the next command of the same project with the lighter one
 * (docs/performance.md). A wrong guess costs time, never a result.
 */
public final class HeavyLibraries {
    private static volatile boolean used;

    private HeavyLibraries() {
    }

    /** Called where Hibernate boots and where javac compiles. */
    public static void used() {
        used = true;
    }

    public static boolean wereUsed() {
        return used;
    }
}
