package dev.autogen.runtime;

import dev.autogen.revision.RevisionChecksum;
import java.sql.SQLException;

/** Records an applied revision's checksum ({@link RevisionChecksum}), and forgets it when the revision is reverted. */
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
        for (String sql : table.recordSql(id, RevisionChecksum.of(step.revision().migration()))) {
            sink.execute(sql);
        }
    }
}
