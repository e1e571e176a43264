package dev.autogen.command;

import dev.autogen.AutogenException;
import dev.autogen.runtime.HistoryModel;
import dev.autogen.runtime.MigrationFailedException;
import dev.autogen.schema.Schema;
import java.util.List;

/**
 * The schema a database at {@code heads} would have, for the commands that work without one
 * ({@code revision --offline}, {@code check --offline}): the history replayed from what it says
 * it starts from. A history that starts from a schema it does not describe (an empty first
 * revision, or revisions that change tables none of them creates) cannot be replayed so: that is an
 * error saying to use the database instead.
 */
final class OfflineHistory {
    private OfflineHistory() {
    }

    static Schema headSchema(Project project, List<String> heads, String command) {
        HistoryModel history = project.history();
        List<String> emptyRoots = history.emptyRoots();
        if (!emptyRoots.isEmpty()) {
            throw new AutogenException(command + " --offline cannot see the schema the history starts from: revision "
                    + String.join(", ", emptyRoots) + " changes nothing, so the history starts from the database it was"
                    + " stamped on; run `autogen " + command + "` against that database instead");
        }
        try {
            return history.replay(heads, history.startFromHistory(heads)).schema();
        } catch (MigrationFailedException e) {
            throw new AutogenException(command + " --offline cannot replay the migrations without a database ("
                    + e.getMessage() + "): the history starts from a schema it does not describe; run `autogen "
                    + command + "` against the database instead", e);
        }
    }
}
