package dev.autogen.dialect.mysql;

import dev.autogen.ops.AddConstraint;
import dev.autogen.ops.AlterColumn;
import dev.autogen.ops.ChangeNote;
import dev.autogen.ops.Op;
import dev.autogen.schema.CheckConstraint;
import dev.autogen.schema.ColumnType;
import dev.autogen.schema.ForeignKey;
import dev.autogen.schema.PrimaryKey;
import java.util.ArrayList;
import java.util.List;

/**
 * Which ALTER TABLEs copy the table (ALGORITHM=COPY: every row is copied into a new table while
 * writes wait) and which the server does in place or instantly, as of MariaDB 10.6 and MySQL 8.0.
 * Adding, dropping and renaming a column, changing a default or a comment, widening a varchar and
 * building an index run INSTANT or INPLACE with concurrent writes, and are not flagged.
 */
final class MysqlLockNotes {
    static final String TABLE_COPY = "table-copy";
    static final String TABLE_REBUILD = "table-rebuild";

    private MysqlLockNotes() {
    }

    static List<ChangeNote> of(Op op, MysqlServer server) {
        List<ChangeNote> notes = new ArrayList<>();
        if (op instanceof AlterColumn alter) {
            if (alter.typeChanged() && copies(alter.from().type(), alter.to().type(), server)) {
                notes.add(copy(alter.table(), "changing the type of " + alter.column(), "on a large table, add a column"
                        + " of the new type, fill it in batches, then switch the application over and drop the old one"));
            } else if (alter.nullabilityChanged()) {
                notes.add(new ChangeNote(TABLE_REBUILD, "REBUILDS TABLE", "changing whether " + alter.column()
                        + " takes NULL rebuilds " + alter.table() + " in place (ALGORITHM=INPLACE): writes go on,"
                        + " but it reads and writes every row and takes as long as a copy",
                        "on a large table, run it when the load is low"));
            }
        } else if (op instanceof AddConstraint add) {
            if (add.constraint() instanceof ForeignKey) {
                notes.add(copy(add.table(), "adding a foreign key while foreign_key_checks is on",
                        "on a large table, add it through op.execute(...) after SET foreign_key_checks = 0, which"
                                + " lets the server add it in place without checking the rows"));
            } else if (add.constraint() instanceof CheckConstraint) {
                notes.add(copy(add.table(), "adding a check constraint", "on a large table, run it when writes can wait"));
            } else if (add.constraint() instanceof PrimaryKey) {
                notes.add(new ChangeNote(TABLE_REBUILD, "REBUILDS TABLE", "adding a primary key rebuilds "
                        + add.table() + " in place: writes go on, but every row is rewritten",
                        "on a large table, run it when the load is low"));
            }
        }
        return List.copyOf(notes);
    }

    private static ChangeNote copy(String table, String what, String advice) {
        return new ChangeNote(TABLE_COPY, "COPIES TABLE", what + " copies every row of " + table
                + " into a new table (ALGORITHM=COPY) while all writes to it wait", advice);
    }

    /** False for the type changes done in place: a varchar made longer, an integer widened on MariaDB. */
    static boolean copies(ColumnType from, ColumnType to, MysqlServer server) {
        if (MysqlTypes.toSql(from, server).equals(MysqlTypes.toSql(to, server))) {
            return false;
        }
        // Within the same length-byte size (up to 255 bytes, or both above) a longer varchar is instant.
        return !(from instanceof ColumnType.Varchar a && to instanceof ColumnType.Varchar b && b.length() >= a.length()
                && (b.length() * 4 <= 255 || a.length() * 4 > 255));
    }
}
