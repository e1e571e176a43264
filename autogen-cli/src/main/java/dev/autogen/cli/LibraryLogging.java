package dev.autogen.cli;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps Hibernate's and the drivers' own log lines (dialect warnings, "Database info" blocks) off
 * the user's terminal: stderr is for autogen's one-line errors. {@code --debug} lets them through.
 */
final class LibraryLogging {
    // Held strongly: java.util.logging forgets the level of a logger nobody references.
    private static final Logger[] LIBRARIES = {
        Logger.getLogger("org.hibernate"), Logger.getLogger("org.postgresql"), Logger.getLogger("org.sqlite"),
    };

    private LibraryLogging() {
    }

    static void configure(boolean debug) {
        for (Logger logger : LIBRARIES) {
            logger.setLevel(debug ? Level.INFO : Level.SEVERE);
        }
    }
}
