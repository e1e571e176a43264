package dev.autogen.runtime;

import dev.autogen.dialect.Dialect;
import dev.autogen.schema.Schema;
import dev.autogen.revision.RevisionInfo;
import java.sql.SQLException;
import java.util.List;

/**
 * Offline mode ({@code --sql}): writes the SQL a run would execute into a script, with no
 * connection. The schema a database would have is replayed from base through the migrations'
 * own model ({@link RecordingOperations}), and each step goes through the same
 * {@link StepExecution} and {@link VersionUpdate} as online, into a {@link ScriptSink}.
 */
public final class OfflineMigrator {
    private final Dialect dialect;
    private final VersionTable versionTable;
    private final ChecksumTable checksums;
    private final ChecksumUpdate checksumUpdate;
    private final Ancestry ancestry;

    public OfflineMigrator(Dialect dialect, String versionTable, List<RevisionInfo> revisions) {
        this.dialect = dialect;
        this.versionTable = new VersionTable(versionTable, dialect);
        this.checksums = new ChecksumTable(versionTable, dialect);
        this.checksumUpdate = new ChecksumUpdate(checksums);
        this.ancestry = new Ancestry(revisions);
    }

    /** The schema after running {@code upgradesFromBase} on a database at {@code start}, without SQL. */
    public Schema replay(Schema start, List<MigrationStep> upgradesFromBase) {
        Schema state = start;
        for (MigrationStep step : upgradesFromBase) {
            state = StepExecution.record(step, state, dialect.implicitBehavior()).state();
        }
        return state;
    }

    /** Only the statements of one step's migration, without transaction or version-table lines. */
    public String statements(MigrationStep step, Schema before) {
        ScriptSink sink = new ScriptSink();
        sink.revision(step.info().id());
        try {
            StepExecution.apply(step, before, dialect, sink);
        } catch (SQLException e) {
            throw new IllegalStateException("a script sink never runs SQL", e);
        }
        return sink.script();
    }

    /**
     * The script that runs {@code steps} on a database at {@code startHeads} whose schema is
     * {@code startSchema}, one transaction per step as online. Starting at base, the first
     * transaction also creates the version table.
     */
    public String script(List<String> startHeads, Schema startSchema, List<MigrationStep> steps) {
        ScriptSink sink = new ScriptSink();
        Schema state = startSchema;
        List<String> heads = startHeads;
        boolean createVersionTable = startHeads.isEmpty();
        try {
            for (MigrationStep step : steps) {
                sink.comment(step.describe());
                sink.revision(step.info().id());
                boolean outside = !step.revision().transactional() && dialect.runsOutsideTransaction();
                if (outside) {
                    // As online: its statements under the session's lock, then the version in a transaction.
                    sink.comment("outside a transaction (transactional = false)");
                    dialect.lockSessionScript().forEach(sink::execute);
                    checksumUpdate.prepare(step);
                    state = StepExecution.apply(step, state, dialect, sink);
                }
                for (String begin : dialect.beginMigrationScript()) {
                    sink.execute(begin);
                }
                if (createVersionTable) {
                    for (String sql : versionTable.createSql()) {
                        sink.execute(sql);
                    }
                    for (String sql : checksums.createSql()) {
                        sink.execute(sql);
                    }
                    createVersionTable = false;
                }
                if (!outside) {
                    checksumUpdate.prepare(step);
                    state = StepExecution.apply(step, state, dialect, sink);
                }
                heads = new VersionUpdate(versionTable, ancestry).apply(sink, step, heads);
                checksumUpdate.apply(sink, step);
                sink.execute("COMMIT");
                if (outside) {
                    dialect.unlockSessionScript().forEach(sink::execute);
                }
                sink.blankLine();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("a script sink never runs SQL", e);
        }
        return sink.script();
    }
}
