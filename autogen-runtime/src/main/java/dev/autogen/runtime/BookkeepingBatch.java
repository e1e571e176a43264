package dev.autogen.runtime;

import dev.autogen.AutogenException;
import dev.autogen.dialect.Dialect;
import dev.autogen.ops.DataStep;
import dev.autogen.schema.Schema;
import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * A step's bookkeeping statements (the version row, the checksum, the progress table's clearing)
 * collected and sent as one JDBC batch: one round trip where they were one each, in the same
 * transaction and order. A version-table change must still change exactly one row: its count is
 * checked before the caller commits.
 */
final class BookkeepingBatch implements SqlSink {
    private final Connection connection;
    private final List<String> statements = new ArrayList<>();
    private final List<Boolean> versionChanges = new ArrayList<>();

    BookkeepingBatch(Connection connection) {
        this.connection = connection;
    }

    @Override
    public void execute(String sql) {
        statements.add(sql);
        versionChanges.add(false);
    }

    @Override
    public void changeVersion(String sql) {
        statements.add(sql);
        versionChanges.add(true);
    }

    @Override
    public void runData(Dialect dialect, DataStep step, Schema before) {
        throw new IllegalStateException("a data step is not bookkeeping: " + step.work().describe());
    }

    /** Executes the collected statements in order, in one round trip; none collected, none sent. */
    void send() throws SQLException {
        if (statements.isEmpty()) {
            return;
        }
        int[] counts;
        try (Statement s = connection.createStatement()) {
            for (String sql : statements) {
                s.addBatch(sql);
            }
            counts = s.executeBatch();
        } catch (BatchUpdateException e) {
            // The driver's wrapper names the batch; the database's own error says what went wrong.
            SQLException cause = e.getNextException();
            if (cause != null) {
                cause.addSuppressed(e);
                throw cause;
            }
            throw e;
        }
        for (int i = 0; i < statements.size(); i++) {
            if (versionChanges.get(i) && counts[i] != 1) {
                throw new AutogenException("version table update changed " + counts[i] + " rows instead of 1 ("
                        + statements.get(i) + "): another run may have moved the database; run `autogen current`"
                        + " and retry");
            }
        }
        statements.clear();
        versionChanges.clear();
    }
}
