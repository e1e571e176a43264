package dev.autogen.dialect.postgresql;

import dev.autogen.ops.AddConstraint;
import dev.autogen.ops.AlterColumn;
import dev.autogen.ops.ChangeNote;
import dev.autogen.ops.CreateIndex;
import dev.autogen.ops.Op;
import dev.autogen.schema.CheckConstraint;
import dev.autogen.schema.ColumnType;
import dev.autogen.schema.ForeignKey;
import dev.autogen.schema.PrimaryKey;
import dev.autogen.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which changes to an existing PostgreSQL table take a lock that stops the application, or
 * rewrite every row, as of PostgreSQL 12 and later. Widening a varchar, turning it into text and
 * raising a numeric's precision at the same scale are catalog-only changes and are not flagged.
 */
final class PostgresLockNotes {
    static final String TABLE_REWRITE = "table-rewrite";
    static final String BLOCKING_INDEX = "blocking-index";
    static final String NOT_NULL_SCAN = "not-null-scan";
    static final String CONSTRAINT_SCAN = "constraint-scan";

    private PostgresLockNotes() {
    }

    static List<ChangeNote> of(Op op) {
        List<ChangeNote> notes = new ArrayList<>();
        if (op instanceof AlterColumn alter) {
            if (alter.typeChanged() && rewrites(alter.from().type(), alter.to().type())) {
                notes.add(new ChangeNote(TABLE_REWRITE, "REWRITES TABLE", "PostgreSQL rewrites every row of "
                        + alter.table() + " and rebuilds its indexes under an ACCESS EXCLUSIVE lock, so all reads"
                        + " and writes wait until it ends", "on a large table, add a column of the new type,"
                        + " fill it in batches, then switch the application over and drop the old one"));
            }
            if (alter.nullabilityChanged() && !alter.to().nullable()) {
                notes.add(new ChangeNote(NOT_NULL_SCAN, "LOCKS TABLE", "SET NOT NULL reads every row of "
                        + alter.table() + " under an ACCESS EXCLUSIVE lock, so all reads and writes wait until it"
                        + " ends", "on a large table, first add CHECK (" + alter.column() + " IS NOT NULL) NOT VALID,"
                        + " VALIDATE it in a later revision (that does not block writes), then SET NOT NULL, which"
                        + " uses the validated check instead of a scan"));
            }
        } else if (op instanceof CreateIndex create && !create.concurrently()) {
            notes.add(new ChangeNote(BLOCKING_INDEX, "BLOCKS WRITES", "CREATE INDEX without CONCURRENTLY blocks"
                    + " every write to " + create.table() + " until the index is built", "on a large table, build"
                    + " it beforehand with CREATE INDEX CONCURRENTLY, which cannot run inside the migration's"
                    + " transaction: op.createIndex(...).concurrently() in a revision marked"
                    + " @Revision(transactional = false); or run this revision when writes can wait"));
        } else if (op instanceof AddConstraint add) {
            addConstraint(add).ifPresent(notes::add);
        }
        return List.copyOf(notes);
    }

    private static Optional<ChangeNote> addConstraint(AddConstraint add) {
        String table = add.table();
        if (add.constraint() instanceof ForeignKey key) {
            return Optional.of(new ChangeNote(CONSTRAINT_SCAN, "LOCKS TABLE", "adding a foreign key"
                    + " without NOT VALID checks every row of " + table + " while writes to " + table + " and "
                    + key.referencedTable() + " are blocked", "on a large table, add it with NOT VALID through"
                    + " op.execute(...) and run ALTER TABLE ... VALIDATE CONSTRAINT in a later revision, which"
                    + " does not block writes"));
        }
        if (add.constraint() instanceof CheckConstraint) {
            return Optional.of(new ChangeNote(CONSTRAINT_SCAN, "LOCKS TABLE", "adding a check constraint"
                    + " without NOT VALID reads every row of " + table + " under an ACCESS EXCLUSIVE lock",
                    "on a large table, add it with NOT VALID through op.execute(...) and run ALTER TABLE ..."
                            + " VALIDATE CONSTRAINT in a later revision, which does not block writes"));
        }
        if (add.constraint() instanceof UniqueConstraint || add.constraint() instanceof PrimaryKey) {
            return Optional.of(new ChangeNote(BLOCKING_INDEX, "LOCKS TABLE", "the constraint builds its"
                    + " index under an ACCESS EXCLUSIVE lock on " + table + ", so all reads and writes wait until"
                    + " it is built", "on a large table, build a unique index with CREATE UNIQUE INDEX"
                    + " CONCURRENTLY beforehand and add the constraint with ... USING INDEX"));
        }
        return Optional.empty();
    }

    /** False for the changes PostgreSQL makes in its catalog alone, without touching a row. */
    static boolean rewrites(ColumnType from, ColumnType to) {
        if (PostgresTypes.toSql(from).equals(PostgresTypes.toSql(to))) {
            return false;
        }
        if (from instanceof ColumnType.Varchar a) {
            return !(to instanceof ColumnType.Text || to instanceof ColumnType.Varchar b && b.length() >= a.length());
        }
        if (from instanceof ColumnType.Numeric a && to instanceof ColumnType.Numeric b) {
            return !(b.precision() == 0 || a.precision() != 0 && b.scale() == a.scale() && b.precision() >= a.precision());
        }
        return true;
    }
}
