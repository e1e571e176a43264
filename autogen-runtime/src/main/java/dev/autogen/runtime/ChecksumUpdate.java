package dev.autogen.runtime;

import dev.autogen.migration.Migration;
import dev.autogen.revision.RevisionChecksum;
import java.sql.SQLException;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Records an applied revision's checksum ({@link RevisionChecksum}), and forgets it when the
 * revision is reverted. The checksum calls the migration's methods, so it is taken once per
 * revision and before the step records its own operations: the step then runs exactly what the
 * checksum saw last, even for a migration whose calls change from one invocation to the next.
 */
final class ChecksumUpdate {
    private final ChecksumTable table;
    private final Map<Migration, String> computed = new IdentityHashMap<>();

    ChecksumUpdate(ChecksumTable table) {
        this.table = table;
    }

    /** Takes the checksum of an upgrade's revision, if not taken yet; call before recording the step. */
    void prepare(MigrationStep step) {
        if (step.direction() == Direction.UPGRADE) {
            checksum(step);
        }
    }

    void apply(SqlSink sink, MigrationStep step) throws SQLException {
        String id = step.info().id();
        if (step.direction() == Direction.DOWNGRADE) {
            sink.execute(table.forgetSql(id));
            return;
        }
        for (String sql : table.recordSql(id, checksum(step))) {
            sink.execute(sql);
        }
    }

    /** The checksum of the step's revision, taken once; call before recording the step. */
    String checksum(MigrationStep step) {
        Migration migration = step.revision().migration();
        // A squashed range's remainder ends at the squashed revision: the database records that file.
        Migration recorded = migration instanceof SquashRemainder remainder ? remainder.squashed() : migration;
        return computed.computeIfAbsent(recorded, RevisionChecksum::of);
    }
}
