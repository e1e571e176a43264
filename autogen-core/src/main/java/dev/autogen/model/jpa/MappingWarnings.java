package dev.autogen.model.jpa;

import java.lang.System.Logger.Level;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;

/**
 * The warnings reading the entities gives (a skipped table, a left-out init command), logged as
 * they occur and kept, so that a schema taken from {@link EntitySchemaCache} warns exactly as the
 * read that produced it did.
 */
final class MappingWarnings {
    /** One logged warning: the logger's name and the formatted message. */
    record Warning(String logger, String message) {
        void log() {
            System.getLogger(logger).log(Level.WARNING, message);
        }
    }

    private final List<Warning> warnings = new ArrayList<>();

    /** Logs {@code pattern} ({@link MessageFormat} syntax, as {@link System.Logger} takes it) and keeps it. */
    void warn(Class<?> source, String pattern, Object... arguments) {
        Warning warning = new Warning(source.getName(), MessageFormat.format(pattern, arguments));
        warnings.add(warning);
        warning.log();
    }

    List<Warning> all() {
        return List.copyOf(warnings);
    }
}
