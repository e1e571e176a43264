package dev.autogen.runtime;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** Moves the version table's head rows across one step, as Alembic's head maintainer does. */
final class VersionUpdate {
    private final VersionTable table;
    private final Ancestry ancestry;

    VersionUpdate(VersionTable table, Ancestry ancestry) {
        this.table = table;
        this.ancestry = ancestry;
    }

    void apply(Connection c, MigrationStep step, List<String> heads) throws SQLException {
        if (step.direction() == Direction.UPGRADE) {
            upgrade(c, step.info().id(), step.info().parents(), heads);
        } else {
            downgrade(c, step.info().id(), step.info().parents(), heads);
        }
    }

    /** The parents that were heads give way to the revision; a merge absorbs several. */
    private void upgrade(Connection c, String id, List<String> parents, List<String> heads) throws SQLException {
        List<String> replaced = parents.stream().filter(heads::contains).toList();
        if (replaced.isEmpty()) {
            table.insert(c, id);
            return;
        }
        table.replace(c, replaced.get(0), id);
        for (String other : replaced.subList(1, replaced.size())) {
            table.delete(c, other);
        }
    }

    /** The parents come back as heads unless another head still includes them. */
    private void downgrade(Connection c, String id, List<String> parents, List<String> heads) throws SQLException {
        List<String> restored = parents.stream()
                .filter(p -> !ancestry.isBelowOtherHead(p, heads, id)).toList();
        if (restored.isEmpty()) {
            table.delete(c, id);
            return;
        }
        table.replace(c, id, restored.get(0));
        for (String other : restored.subList(1, restored.size())) {
            table.insert(c, other);
        }
    }
}
