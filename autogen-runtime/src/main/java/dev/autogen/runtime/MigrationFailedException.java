package dev.autogen.runtime;

import dev.autogen.AutogenException;
import java.util.Optional;

/**
 * A revision failed: its migration code threw, or one of its statements was refused. Online, its
 * transaction was rolled back, so neither schema nor version moved ({@link #rolledBack()} says so).
 */
public final class MigrationFailedException extends AutogenException {
    private final String revision;
    private final Optional<String> statement;
    private final String reason;

    public MigrationFailedException(String revision, String reason, Optional<String> statement, Throwable cause) {
        this(revision, reason, statement, cause, "failed");
    }

    private MigrationFailedException(String revision, String reason, Optional<String> statement, Throwable cause,
            String outcome) {
        super("revision " + revision + " " + outcome + ": " + reason
                + statement.map(s -> " [statement: " + oneLine(s) + "]").orElse(""), cause);
        this.revision = revision;
        this.statement = statement;
        this.reason = reason;
    }

    /** The same failure, saying that the transaction was rolled back. */
    public MigrationFailedException rolledBack() {
        return new MigrationFailedException(revision, reason, statement, getCause(),
                "failed and was rolled back, so neither schema nor version changed");
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
