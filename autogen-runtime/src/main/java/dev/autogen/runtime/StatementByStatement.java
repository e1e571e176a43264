package dev.autogen.runtime;

import dev.autogen.AutogenException;
import dev.autogen.dialect.Dialect;
import dev.autogen.ops.DataStep;
import dev.autogen.ops.Op;
import dev.autogen.ops.SchemaEvolution;
import dev.autogen.schema.Schema;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A revision on a database whose DDL commits statement by statement (MariaDB, MySQL), where "all
 * or nothing" cannot hold: before the first statement the whole plan is recorded
 * ({@link ProgressTable}), after each statement how far it got, in the statement's own commit
 * where the statement is data (a DDL statement has committed by itself just before). A run that
 * stops (a failing statement, a killed process) leaves the database "partially at" the revision;
 * the next run in the same direction resumes at the statement that did not run, one in the other
 * direction reverts the ops that ran, newest first. The version row is the caller's: it moves only
 * after every statement ran.
 */
final class StatementByStatement {
    private static final String DATA_PLACE = "/* autogen data step ";

    private final Dialect dialect;
    private final ProgressTable table;

    StatementByStatement(Dialect dialect, ProgressTable table) {
        this.dialect = dialect;
        this.table = table;
    }

    /**
     * The statements of each recorded op from the schema as it stands before it, and those of its
     * reverse from the schema after it. Pure, as the dialect's SQL is: every statement is known
     * before the first one runs.
     */
    RevisionProgress plan(MigrationStep step, RecordingOperations recorded, Schema before, String checksum) {
        List<PlannedOp> ops = new ArrayList<>();
        Schema state = before;
        int data = 0;
        for (Op op : recorded.ops()) {
            Schema after = SchemaEvolution.apply(state, op, dialect.implicitBehavior());
            if (op instanceof DataStep dataStep) {
                // Its place in the plan: a Java callback has no text to keep, and the run binds the values.
                ops.add(new PlannedOp(List.of(marker(++data, dataStep)), Optional.empty()));
                state = after;
                continue;
            }
            List<String> statements;
            try {
                statements = dialect.toSql(op, state);
            } catch (AutogenException e) {
                throw new MigrationFailedException(step.info().id(), e.getMessage(), Optional.empty(), e);
            }
            ops.add(new PlannedOp(statements, undo(op, after)));
            state = after;
        }
        return new RevisionProgress(step.info().id(), step.direction(), checksum, ops, 0);
    }

    private Optional<List<String>> undo(Op op, Schema after) {
        try {
            return Optional.of(dialect.toSql(op.reverse(), after));
        } catch (AutogenException e) {
            // Raw SQL without a reverse, or a reverse this database refuses: reverting it is the user's.
            return Optional.empty();
        }
    }

    /** Records the plan, then runs it from its first statement. */
    void start(Connection c, RevisionProgress plan, String parents, List<DataStep> data) throws SQLException {
        table.start(c, plan);
        c.commit();
        runFrom(c, plan, parents, data);
    }

    /**
     * Runs the statements after the {@code progress.ran()} that ran, each committed with its mark.
     * A failure before any statement ran forgets the plan, so the database is not "partially at"
     * a revision it holds nothing of. A data step's place runs the matching one of {@code data} (the
     * revision's data steps in call order), whose writes commit with its mark.
     */
    void runFrom(Connection c, RevisionProgress progress, String parents, List<DataStep> data) throws SQLException {
        List<String> statements = progress.statements();
        for (int n = progress.ran() + 1; n <= statements.size(); n++) {
            String sql = statements.get(n - 1);
            try {
                Optional<Integer> place = dataPlace(sql);
                if (place.isPresent()) {
                    DataStepRunner.run(c, dataStep(data, place.get(), progress));
                } else {
                    execute(c, sql);
                }
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly(c, e);
                boolean refusal = e instanceof SQLException sqlException && dialect.refusal(sqlException).isPresent();
                String reason = e instanceof SQLException sqlException ? dialect.failureReason(sqlException, sql)
                        : e.getMessage();
                Optional<String> shown = refusal ? Optional.empty() : Optional.of(sql);
                if (n == 1) {
                    table.clear(c);
                    c.commit();
                    throw new MigrationFailedException(progress.revision(), reason, shown, e).unchanged();
                }
                throw MigrationFailedException.partlyApplied(progress.ran(n - 1), reason, shown, e, parents);
            }
            table.mark(c, n, true);
            c.commit();
        }
    }

    /** The place of the {@code number}th data step in a plan, as the progress table stores it. */
    static String marker(int number, DataStep step) {
        return DATA_PLACE + number + " */ " + step.work().describe();
    }

    private static Optional<Integer> dataPlace(String statement) {
        if (!statement.startsWith(DATA_PLACE)) {
            return Optional.empty();
        }
        int end = statement.indexOf(" */", DATA_PLACE.length());
        return Optional.of(Integer.parseInt(statement.substring(DATA_PLACE.length(), end)));
    }

    private static DataStep dataStep(List<DataStep> data, int number, RevisionProgress progress) {
        if (number > data.size()) {
            throw new AutogenException("the plan of " + progress.describe() + " runs data step " + number + " but the"
                    + " revision has " + data.size());
        }
        return data.get(number - 1);
    }

    /**
     * Reverts what ran of a revision that stopped part way: the undo of each op whose statements all
     * ran, newest first, each op's marks cleared in its commit; then forgets the revision. Refused,
     * before anything runs, when an op ran only in part or has no reverse: then only a person can
     * tell what to undo.
     */
    void revert(Connection c, RevisionProgress progress, String advice) throws SQLException {
        List<PlannedOp> complete = progress.completeOps();
        int ran = progress.ran();
        if (progress.statementsOfPartOp() > 0) {
            int first = ran - progress.statementsOfPartOp() + 1;
            throw new AutogenException("cannot revert what ran of " + progress.describe() + ": statement " + first
                    + " [" + oneLine(progress.statements().get(first - 1)) + "] began an operation whose other"
                    + " statements did not run, so it has no exact reverse; " + advice);
        }
        int number = 0;
        for (PlannedOp op : complete) {
            if (op.undo().isEmpty() && !op.statements().isEmpty()) {
                throw new AutogenException("cannot revert what ran of " + progress.describe() + ": statement "
                        + (number + 1) + " [" + oneLine(op.statements().get(0)) + "] has no reverse (raw SQL or a data step); "
                        + advice);
            }
            number += op.statements().size();
        }
        for (int i = complete.size() - 1; i >= 0; i--) {
            PlannedOp op = complete.get(i);
            for (String sql : op.undo().orElse(List.of())) {
                try {
                    execute(c, sql);
                } catch (SQLException e) {
                    rollbackQuietly(c, e);
                    throw new AutogenException("reverting what ran of " + progress.describe() + " failed: "
                            + e.getMessage() + " [statement: " + oneLine(sql) + "]; " + advice, e);
                }
            }
            for (int k = 0; k < op.statements().size(); k++) {
                table.mark(c, ran--, false);
            }
            c.commit();
        }
        table.clear(c);
        c.commit();
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static void rollbackQuietly(Connection c, Exception cause) {
        try {
            c.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    private static String oneLine(String sql) {
        return sql.replaceAll("\\s+", " ").strip();
    }
}
