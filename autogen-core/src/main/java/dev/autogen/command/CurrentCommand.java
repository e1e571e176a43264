package dev.autogen.command;

import dev.autogen.AutogenException;
import dev.autogen.config.AutogenConfig;
import dev.autogen.dialect.Dialect;
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
     * @param drift empty when not asked for or not comparable (a head no migration defines);
     *     otherwise the differences, none when the schema matches
     */
    public record CurrentState(List<String> heads, Optional<List<Finding>> drift) {
        public CurrentState {
            heads = List.copyOf(heads);
        }
    }

    public static CurrentState run(Project project, boolean compareSchema) {
        if (!compareSchema) {
            return new CurrentState(project.currentHeads(), Optional.empty());
        }
        AutogenConfig config = project.config();
        Dialect dialect = project.dialect();
        try (Connection c = project.connect()) {
            List<String> heads = new VersionTable(config.versionTable(), dialect).heads(c);
            if (!heads.stream().allMatch(project.graph()::contains)) {
                return new CurrentState(heads, Optional.empty());
            }
            Schema actual = dialect.reflect(c, config.tableFilter());
            return new CurrentState(heads, Optional.of(DriftCheck.of(project.history(), heads, actual, dialect,
                    config.tableFilter()).findings()));
        } catch (SQLException e) {
            throw new AutogenException("cannot read the database: " + e.getMessage(), e);
        }
    }
}
