package dev.autogen.runtime;

import dev.autogen.AutogenException;
import java.util.Optional;

/** A revision failed; its transaction was rolled back, so neither schema nor version moved. */
public final class MigrationFailedException extends AutogenException {
    private final String revision;
    private final Optional<String> statement;

    public MigrationFailedException(String revision, String message, Optional<String> statement, Throwable cause) {
        super("revision " + revision + " failed and was rolled back: " + message
                + statement.map(s -> " [statement: " + oneLine(s) + "]").orElse(""), cause);
        this.revision = revision;
        this.statement = statement;
    }

    public String revision() {
        return revision;
    }

    public Optional<String> statement() {
        return statement;
    }

    private static String oneLine(String sql) {
        return sql.replaceAll("\\s+", " ").strip();
    }
}
