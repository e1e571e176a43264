package dev.autogen.runtime;

import dev.autogen.AutogenException;
import java.util.Optional;

/**
 * A revision failed: its migration code threw, or one of its statements was refused. Online, its
 * transaction was rolled back, so neither schema nor version moved ({@link #rolledBack()} says so);
 * on a database whose DDL commits on its own the statements before the failing one stay applied
 * ({@link #partlyApplied()} says so).
 */
public final class MigrationFailedException extends AutogenException {
    private final String revision;
    private final Optional<String> statement;
    private final String reason;
    /** How many of the revision's statements ran before the failing one. */
    private final int statementsRun;

    public MigrationFailedException(String revision, String reason, Optional<String> statement, Throwable cause) {
        this(revision, reason, statement, cause, 0, "failed");
    }

    /** A statement failed after {@code statementsRun} of the revision's statements had run. */
    MigrationFailedException(String revision, String reason, Optional<String> statement, Throwable cause,
            int statementsRun) {
        this(revision, reason, statement, cause, statementsRun, "failed");
    }

    private MigrationFailedException(String revision, String reason, Optional<String> statement, Throwable cause,
            int statementsRun, String outcome) {
        super("revision " + revision + " " + outcome + ": " + reason
                + statement.map(s -> " [statement: " + oneLine(s) + "]").orElse(""), cause);
        this.revision = revision;
        this.statement = statement;
        this.reason = reason;
        this.statementsRun = statementsRun;
    }

    /** The same failure, saying that the transaction was rolled back. */
    public MigrationFailedException rolledBack() {
        return new MigrationFailedException(revision, reason, statement, getCause(), statementsRun,
                "failed and was rolled back, so neither schema nor version changed");
    }

    /**
     * The same failure on a database that commits each DDL statement on its own: the statements
     * before the failing one stay applied, the version did not move.
     */
    public MigrationFailedException partlyApplied() {
        String outcome = statementsRun == 0
                ? "failed at its first statement, so neither schema nor version changed"
                : "failed at statement " + (statementsRun + 1) + "; the database is partially at " + revision
                        + ": the " + statementsRun + " statement(s) before it stay applied (each DDL statement"
                        + " commits on its own here) and the version did not move";
        return new MigrationFailedException(revision, reason, statement, getCause(), statementsRun, outcome);
    }

    /** How many of the revision's statements ran before the failure. */
    public int statementsRun() {
        return statementsRun;
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
