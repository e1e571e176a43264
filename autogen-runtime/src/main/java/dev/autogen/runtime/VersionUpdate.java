package dev.autogen.runtime;

import dev.autogen.revision.RevisionInfo;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Moves the version table's head rows across one step, as Alembic's head maintainer does, and
 * says which heads result: an online run re-reads them, an offline script keeps count itself.
 */
final class VersionUpdate {
    private final VersionTable table;
    private final Ancestry ancestry;

    VersionUpdate(VersionTable table, Ancestry ancestry) {
        this.table = table;
        this.ancestry = ancestry;
    }

    /** Sends the version-table changes of {@code step} to the sink; returns the heads after it. */
    List<String> apply(SqlSink sink, MigrationStep step, List<String> heads) throws SQLException {
        return apply(sink, step.info(), step.direction(), heads);
    }

    /** As above, for a revision known by its place in the graph only. */
    List<String> apply(SqlSink sink, RevisionInfo revision, Direction direction, List<String> heads)
            throws SQLException {
        String id = revision.id();
        List<String> parents = revision.parents();
        List<String> after = new ArrayList<>(heads);
        if (direction == Direction.UPGRADE) {
            // The parents that were heads give way to the revision; a merge absorbs several.
            move(sink, after, parents.stream().filter(heads::contains).toList(), id);
        } else {
            // The parents come back as heads unless another head still includes them.
            List<String> restored = parents.stream().filter(p -> !ancestry.isBelowOtherHead(p, heads, id)).toList();
            moveDown(sink, after, id, restored);
        }
        return after.stream().sorted().toList();
    }

    private void move(SqlSink sink, List<String> heads, List<String> replaced, String id) throws SQLException {
        if (replaced.isEmpty()) {
            sink.changeVersion(table.insertSql(id));
        } else {
            sink.changeVersion(table.replaceSql(replaced.get(0), id));
            for (String other : replaced.subList(1, replaced.size())) {
                sink.changeVersion(table.deleteSql(other));
            }
        }
        heads.removeAll(replaced);
        heads.add(id);
    }

    private void moveDown(SqlSink sink, List<String> heads, String id, List<String> restored) throws SQLException {
        if (restored.isEmpty()) {
            sink.changeVersion(table.deleteSql(id));
        } else {
            sink.changeVersion(table.replaceSql(id, restored.get(0)));
            for (String other : restored.subList(1, restored.size())) {
                sink.changeVersion(table.insertSql(other));
            }
        }
        heads.remove(id);
        heads.addAll(restored);
    }
}
