package dev.autogen.runtime;

import dev.autogen.revision.SourceChecksum;
import java.sql.SQLException;

/** Records an applied revision's source checksum, and forgets it when the revision is reverted. */
final class ChecksumUpdate {
    private final ChecksumTable table;

    ChecksumUpdate(ChecksumTable table) {
        this.table = table;
    }

    void apply(SqlSink sink, MigrationStep step) throws SQLException {
        String id = step.info().id();
        if (step.direction() == Direction.DOWNGRADE) {
            sink.execute(table.forgetSql(id));
            return;
        }
        var checksum = SourceChecksum.of(step.revision().source());
        if (checksum.isPresent()) {
            for (String sql : table.recordSql(id, checksum.get())) {
                sink.execute(sql);
            }
        } else {
            // A revision loaded from a compiled class has no source to checksum; drop any stale sum.
            sink.execute(table.forgetSql(id));
        }
    }
}
