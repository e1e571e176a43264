package dev.autogen.sample.boot.broken;

import static dev.autogen.migration.Columns.column;
import static dev.autogen.migration.Columns.primaryKey;

import dev.autogen.migration.Migration;
import dev.autogen.migration.Operations;
import dev.autogen.migration.Revision;
import dev.autogen.migration.Type;

/** Creates a table and adds a column, then fails: none of it may stay. */
@Revision(id = "badc0ffee000", parents = {"e57628a7dcd7"}, message = "broken audit log",
        created = "2026-12-02T11:00:00Z")
public final class M20261202110000_BrokenAuditLog implements Migration {
    @Override
    public void upgrade(Operations op) {
        op.createTable("audit_log", column("id", Type.bigint()).notNull(), primaryKey("id"));
        op.addColumn("book", column("audited", Type.varchar(10)));
        op.execute("INSERT INTO no_such_table (id) VALUES (1)");
    }

    @Override
    public void downgrade(Operations op) {
        op.dropColumn("book", "audited");
        op.dropTable("audit_log");
    }
}
