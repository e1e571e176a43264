package dev.autogen.maven;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps Hibernate's and the drivers' own log lines off the build log, as the command line keeps
 * them off the terminal: the build shows autogen's lines only.
 */
final class LibraryLogging {
    // Held strongly: java.util.logging forgets the level of a logger nobody references.
    private static final Logger[] LIBRARIES = {
        Logger.getLogger("org.hibernate"), Logger.getLogger("org.postgresql"), Logger.getLogger("org.sqlite"),
    };

    private LibraryLogging() {
    }

    static void quiet() {
        for (Logger logger : LIBRARIES) {
            logger.setLevel(Level.SEVERE);
        }
    }
}
