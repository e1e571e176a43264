package dev.autogen.verify;

import dev.autogen.ops.AddColumn;
import dev.autogen.ops.AddConstraint;
import dev.autogen.ops.CreateIndex;
import dev.autogen.ops.CreateSequence;
import dev.autogen.ops.CreateTable;
import dev.autogen.ops.DropColumn;
import dev.autogen.ops.DropConstraint;
import dev.autogen.ops.DropIndex;
import dev.autogen.ops.DropSequence;
import dev.autogen.ops.DropTable;
import dev.autogen.ops.Op;

/**
 * A drift op (what would bring the database to what its revisions make) said the other way
 * round, as what is wrong with the database: "table pets is missing".
 */
final class DriftWords {
    private DriftWords() {
    }

    static String of(Op op) {
        if (op instanceof CreateTable create) {
            return "table " + create.table().name() + " is missing";
        }
        if (op instanceof DropTable drop) {
            return "table " + drop.table().name() + " is there, but no applied revision creates it";
        }
        if (op instanceof AddColumn add) {
            return "column " + add.table() + "." + add.column().name() + " is missing";
        }
        if (op instanceof DropColumn drop) {
            return "column " + drop.table() + "." + drop.column().name()
                    + " is there, but no applied revision adds it";
        }
        if (op instanceof CreateIndex create) {
            return "index " + create.index().name() + " on " + create.table() + " is missing";
        }
        if (op instanceof DropIndex drop) {
            return "index " + drop.index().name() + " on " + drop.table()
                    + " is there, but no applied revision creates it";
        }
        if (op instanceof CreateSequence create) {
            return "sequence " + create.sequence().name() + " is missing";
        }
        if (op instanceof DropSequence drop) {
            return "sequence " + drop.sequence().name() + " is there, but no applied revision creates it";
        }
        if (op instanceof AddConstraint || op instanceof DropConstraint) {
            return "a constraint differs; to match its revisions the database needs: " + op.describe();
        }
        return "the schema differs; to match its revisions the database needs: " + op.describe();
    }
}
