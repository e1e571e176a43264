package dev.autogen.runtime;

import dev.autogen.AutogenException;
import java.util.Optional;

/**
 * A revision failed: its migration code threw, or one of its statements was refused. Online, its
 * transaction was rolled back, so neither schema nor version moved ({@link #rolledBack()} says so);
 * on a database whose DDL commits on its own the statements before the failing one stay applied,
 * the run recorded how far it got, and the message says how to go on ({@link #partlyApplied}).
 */
public final class MigrationFailedException extends AutogenException {
    private final String revision;
    private final Optional<String> statement;
    private final String reason;
    /** How many of the revision's statements ran before the failing one. */
    private final int statementsRun;
    /** True once the message says what the failure left behind; false while a caller still has to. */
    private final boolean outcomeKnown;

    public MigrationFailedException(String revision, String reason, Optional<String> statement, Throwable cause) {
        this(revision, reason, statement, cause, 0);
    }

    /** A statement failed after {@code statementsRun} of the revision's statements had run. */
    MigrationFailedException(String revision, String reason, Optional<String> statement, Throwable cause,
            int statementsRun) {
        this(revision, reason, statement, cause, statementsRun, "failed", "", false);
    }

    private MigrationFailedException(String revision, String reason, Optional<String> statement, Throwable cause,
            int statementsRun, String outcome, String advice, boolean outcomeKnown) {
        super("revision " + revision + " " + outcome + ": " + reason
                + statement.map(s -> " [statement: " + oneLine(s) + "]").orElse("") + advice, cause);
        this.revision = revision;
        this.statement = statement;
        this.reason = reason;
        this.statementsRun = statementsRun;
        this.outcomeKnown = outcomeKnown;
    }

    /** The same failure, saying that the transaction was rolled back. */
    public MigrationFailedException rolledBack() {
        return new MigrationFailedException(revision, reason, statement, getCause(), statementsRun,
                "failed and was rolled back, so neither schema nor version changed", "", true);
    }

    /**
     * The same failure in a revision that ran outside a transaction ({@code transactional = false}):
     * the statements before the failing one stay applied, the version did not move.
     */
    public MigrationFailedException outsideTransaction() {
        String outcome = statementsRun == 0
                ? "failed outside a transaction before any of its statements changed anything, so neither schema nor"
                        + " version changed"
                : "failed outside a transaction (transactional = false) after " + statementsRun + " of its statements"
                        + " ran: they stay applied and the version did not move";
        String advice = statementsRun == 0 ? "" : "; undo them by hand, or fix the cause and run it again if they"
                + " can run twice";
        return new MigrationFailedException(revision, reason, statement, getCause(), statementsRun,
                outcome, advice + concurrentAdvice(), true);
    }

    /** A failed {@code CREATE INDEX CONCURRENTLY} leaves an invalid index behind, which must be dropped. */
    private String concurrentAdvice() {
        return statement.filter(s -> s.contains(" CONCURRENTLY ") && s.startsWith("CREATE")).isPresent()
                ? "; PostgreSQL leaves a failed CREATE INDEX CONCURRENTLY behind as an INVALID index: drop it"
                        + " (DROP INDEX CONCURRENTLY) before running the revision again"
                : "";
    }

    /**
     * The same failure on a database that commits each DDL statement on its own, before any of the
     * revision's statements ran (its code threw, or its first statement failed): nothing changed.
     */
    public MigrationFailedException unchanged() {
        if (outcomeKnown) {
            return this;
        }
        return new MigrationFailedException(revision, reason, statement, getCause(), statementsRun,
                statementsRun == 0 && statement.isPresent()
                        ? "failed at its first statement, so neither schema nor version changed"
                        : "failed before its first statement ran, so neither schema nor version changed", "", true);
    }

    /**
     * A statement of a revision run statement by statement failed after {@code progress.ran()} of
     * them: those stay applied and recorded, the version did not move, and the next run resumes.
     *
     * @param parents where a revert of what ran leaves the database ({@code base}, or the parents)
     */
    static MigrationFailedException partlyApplied(RevisionProgress progress, String reason, Optional<String> statement,
            Throwable cause, String parents) {
        int failed = progress.ran() + 1;
        String at = "statement " + failed + " of " + progress.total();
        boolean upgrade = progress.direction() == Direction.UPGRADE;
        String outcome = "failed at " + at + (upgrade ? ", so the database is partially at " + progress.revision()
                + " (" + progress.ran() + " of " + progress.total() + " statements applied; the version did not move)"
                : " while reverting it, so the database is partially reverted from " + progress.revision() + " ("
                        + progress.ran() + " of " + progress.total() + " statements applied; the version still says "
                        + progress.revision() + ")");
        String advice = upgrade
                ? "; once the cause is fixed, `upgrade` resumes at statement " + failed + ", and `downgrade " + parents
                        + "` reverts the " + progress.ran() + " that ran"
                : "; once the cause is fixed, `downgrade` resumes at statement " + failed + ", and `upgrade "
                        + progress.revision() + "` reverts the " + progress.ran() + " that ran";
        return new MigrationFailedException(progress.revision(), reason, statement, cause, progress.ran(), outcome,
                advice, true);
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
