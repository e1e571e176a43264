package dev.autogen.sample.boot.migrations;

import static dev.autogen.migration.Columns.column;

import dev.autogen.migration.Migration;
import dev.autogen.migration.Operations;
import dev.autogen.migration.Revision;
import dev.autogen.migration.Type;

/**
 * add isbn code to books
 *
 * Changes:
 * - added column book.isbn_code
 */
@Revision(
        id = "e57628a7dcd7",
        parents = {"1826e60c9204"},
        message = "add isbn code to books",
        created = "2026-12-02T11:04:07Z"
)
public final class M20261202110407_AddIsbnCodeToBooks implements Migration {
    @Override
    public void upgrade(Operations op) {
        op.addColumn("book", column("isbn_code", Type.varchar(20)));
    }

    @Override
    public void downgrade(Operations op) {
        op.dropColumn("book", "isbn_code");
    }
}
