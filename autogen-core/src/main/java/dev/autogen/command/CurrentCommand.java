package dev.autogen.command;

import dev.autogen.AutogenException;
import dev.autogen.config.AutogenConfig;
import dev.autogen.dialect.Dialect;
import dev.autogen.runtime.ProgressTable;
import dev.autogen.runtime.RevisionProgress;
import dev.autogen.runtime.VersionTable;
import dev.autogen.schema.Schema;
import dev.autogen.verify.DriftCheck;
import dev.autogen.verify.Finding;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * {@code autogen current}: the revisions the database is at and, verbosely, whether its schema
 * shows them (the "migration applied but table missing" case).
 */
public final class CurrentCommand {
    private CurrentCommand() {
    }

    /**
     * @param drift empty when not asked for or not comparable (a head no migration defines, a
     *     revision applied in part); otherwise the differences, none when the schema matches
     * @param partial the revision a run stopped in part way (MariaDB, MySQL), which the version
     *     table does not show: {@code a1b2c3d4e5f6 (partially applied: 3 of 5 statements)}
     */
    public record CurrentState(List<String> heads, Optional<List<Finding>> drift, Optional<RevisionProgress> partial) {
        public CurrentState {
            heads = List.copyOf(heads);
        }
    }

    public static CurrentState run(Project project, boolean compareSchema) {
        if (!compareSchema) {
            return new CurrentState(project.currentHeads(), Optional.empty(), project.partialRevision());
        }
        AutogenConfig config = project.config();
        Dialect dialect = project.dialect();
        try (Connection c = project.connect()) {
            List<String> heads = new VersionTable(config.versionTable(), dialect).heads(c);
            Optional<RevisionProgress> partial = dialect.transactionalDdl() ? Optional.empty()
                    : new ProgressTable(config.versionTable(), dialect).read(c);
            // The last revision of a squashed range stands for the squashed revision.
            List<String> known = project.replacements().canonical(heads);
            if (!known.stream().allMatch(project.graph()::contains) || partial.isPresent()) {
                return new CurrentState(heads, Optional.empty(), partial);
            }
            Schema actual = dialect.reflect(c, config.tableFilter(), config.schemas());
            return new CurrentState(heads, Optional.of(DriftCheck.of(project.history(), known, actual, dialect,
                    config.tableFilter()).findings()), partial);
        } catch (SQLException e) {
            throw new AutogenException("cannot read the database: " + e.getMessage(), e);
        }
    }
}
