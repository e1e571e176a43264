package dev.autogen.command;

import dev.autogen.AutogenException;
import dev.autogen.SecretMask;
import dev.autogen.config.AutogenConfig;
import dev.autogen.dialect.Dialect;
import dev.autogen.runtime.HistoryModel;
import dev.autogen.runtime.MigrationFailedException;
import dev.autogen.runtime.VersionTable;
import dev.autogen.schema.Schema;
import dev.autogen.verify.Finding;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The schema {@code verify} creates on its scratch database before the first revision: nothing for
 * a history that creates all it uses. A history that adopted an existing database (an empty first
 * revision stamped on it, or revisions that drop or change what none of them creates) starts from
 * that database's schema before its first revision, read from the configured database (only read,
 * and only then); where that database cannot show it, from what the first revisions drop or change,
 * as their downgrades define it, when that is enough to replay the history.
 *
 * @param schema what to create first
 * @param adoptingRoots empty root revisions that stand for the adopted schema, not empty revisions
 * @param facts what the report says about it
 * @param problem why the start could not be known, when it could not
 */
record HistoryStart(Schema schema, Set<String> adoptingRoots, List<String> facts, Optional<Finding> problem) {

    static HistoryStart of(Project project, HistoryModel history, List<String> heads) {
        List<String> emptyRoots = history.emptyRoots();
        if (emptyRoots.isEmpty() && history.createsAllItUses(heads)) {
            return new HistoryStart(Schema.EMPTY, Set.of(), List.of(), Optional.empty());
        }
        String why = !emptyRoots.isEmpty()
                ? "revision " + String.join(", ", emptyRoots) + " changes nothing, so the history starts from the"
                        + " schema of the database it was stamped on"
                : "the history drops or changes what none of its revisions creates";
        try {
            Schema fromDatabase = fromDatabase(project, history);
            return new HistoryStart(fromDatabase, Set.copyOf(emptyRoots), List.of("starting schema: "
                    + count(fromDatabase) + ", read from " + SecretMask.url(project.config().url())
                    + " as it was before the first revision (" + why + ")"), Optional.empty());
        } catch (AutogenException unavailable) {
            Schema fromHistory = history.startFromHistory(heads);
            Optional<String> failure = replayFailure(history, heads, fromHistory);
            if (emptyRoots.isEmpty() && failure.isEmpty()) {
                return new HistoryStart(fromHistory, Set.of(), List.of("starting schema: " + count(fromHistory)
                        + " that the first revisions drop or change, as their downgrades define them (the configured"
                        + " database cannot show more: " + unavailable.getMessage() + ")"), Optional.empty());
            }
            return new HistoryStart(Schema.EMPTY, Set.of(), List.of(), Optional.of(Finding.error("unknown-start",
                    why + failure.map(f -> " (" + f + ")").orElse("") + "; verify takes that schema from the configured"
                            + " database, but " + unavailable.getMessage())
                    .advising("run verify with `url` pointing at the database the history was stamped on, or"
                            + " start the history with a revision that creates the schema (`autogen baseline`)")));
        }
    }

    private static Optional<String> replayFailure(HistoryModel history, List<String> heads, Schema start) {
        try {
            history.replay(heads, start);
            return Optional.empty();
        } catch (MigrationFailedException e) {
            return Optional.of(e.getMessage());
        }
    }

    /** The configured database's schema before the first revision; its version table must say where it is. */
    private static Schema fromDatabase(Project project, HistoryModel history) {
        AutogenConfig config = project.config();
        Dialect dialect = project.dialect();
        try (Connection c = project.connect()) {
            List<String> heads = new VersionTable(config.versionTable(), dialect).heads(c);
            if (heads.isEmpty()) {
                throw new AutogenException("it has no revision stamped (its version table "
                        + config.versionTable() + " is empty or missing)");
            }
            for (String head : heads) {
                if (!project.graph().contains(head)) {
                    throw new AutogenException("its version table names revision " + head
                            + ", which no migration defines");
                }
            }
            // As the baseline writes it: a serial column becomes the identity column it stands for.
            return BaselineCommand.creatable(history.startFromDatabase(heads, dialect.reflect(c,
                    config.tableFilter(), config.schemas())), dialect);
        } catch (SQLException e) {
            throw new AutogenException("it cannot be read: " + e.getMessage(), e);
        }
    }

    private static String count(Schema schema) {
        int tables = schema.tables().size();
        int sequences = schema.sequences().size();
        return tables + (tables == 1 ? " table" : " tables")
                + (sequences == 0 ? "" : " and " + sequences + (sequences == 1 ? " sequence" : " sequences"));
    }
}
