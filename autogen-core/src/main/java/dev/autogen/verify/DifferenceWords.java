package dev.autogen.verify;

import dev.autogen.ops.AddColumn;
import dev.autogen.ops.AddConstraint;
import dev.autogen.ops.AlterColumn;
import dev.autogen.ops.AlterSequence;
import dev.autogen.ops.AlterTableComment;
import dev.autogen.ops.CreateIndex;
import dev.autogen.ops.CreateSequence;
import dev.autogen.ops.CreateTable;
import dev.autogen.ops.DropColumn;
import dev.autogen.ops.DropConstraint;
import dev.autogen.ops.DropIndex;
import dev.autogen.ops.DropSequence;
import dev.autogen.ops.DropTable;
import dev.autogen.ops.Op;
import dev.autogen.ops.TypeWords;
import dev.autogen.schema.Column;
import java.util.ArrayList;
import java.util.List;

/**
 * A difference between two schemas, said from the point of view of whoever is wrong. The diff
 * gives the ops that turn the schema found into the schema wanted; each becomes one sentence: a
 * thing missing, a thing left over, or a thing that is not as wanted.
 */
enum DifferenceWords {
    /** Wanted: the entities; found: the migrations' schema at head. */
    HEAD_VS_ENTITIES("the migrations never create %s", "the migrations create %s, which the entities do not have",
            "%s: the entities want %s"),
    /** Wanted: the schema before the upgrade; found: the schema after upgrade and downgrade. */
    AFTER_DOWNGRADE("%s is missing after the downgrade (it existed before the upgrade)",
            "%s is still there after the downgrade", "%s is not restored: before the upgrade it had %s"),
    /** Wanted: the schema after the first upgrade; found: the schema after upgrading again. */
    AFTER_REUPGRADE("%s is missing after the second upgrade (the first one created it)",
            "%s is there after the second upgrade but not after the first", "%s: the first upgrade gave it %s"),
    /** Wanted: the schema the applied revisions make (replayed); found: the database's. */
    DRIFT("%s is missing", "%s is there, but no applied revision creates it", "%s: the applied revisions give it %s");

    private final String missing;
    private final String extra;
    private final String changed;

    DifferenceWords(String missing, String extra, String changed) {
        this.missing = missing;
        this.extra = extra;
        this.changed = changed;
    }

    /** One sentence for one op of {@code SchemaDiff.compare(wanted, found)}. */
    String say(Op op) {
        if (op instanceof CreateTable || op instanceof AddColumn || op instanceof CreateIndex
                || op instanceof AddConstraint || op instanceof CreateSequence) {
            return missing.formatted(op.describe().replaceFirst("^added ", ""));
        }
        if (op instanceof DropTable || op instanceof DropColumn || op instanceof DropIndex
                || op instanceof DropConstraint || op instanceof DropSequence) {
            return extra.formatted(op.describe().replaceFirst("^dropped ", ""));
        }
        if (op instanceof AlterColumn alter) {
            return changed.formatted("column " + alter.table() + "." + alter.column(), wanted(alter.from(), alter.to()));
        }
        if (op instanceof AlterSequence alter) {
            return changed.formatted("sequence " + alter.to().name(), "start " + alter.to().start() + " and increment "
                    + alter.to().increment());
        }
        if (op instanceof AlterTableComment comment) {
            return changed.formatted("table " + comment.table(), comment.to().map(c -> "comment '" + c + "'")
                    .orElse("no comment"));
        }
        // The diff emits no other op; should it one day, its own words still name the difference.
        return changed.formatted("the schema", "what this change makes: " + op.describe());
    }

    /** What the wanted column has that the found one lacks, in the words of a column definition. */
    private static String wanted(Column found, Column wanted) {
        List<String> parts = new ArrayList<>();
        if (!found.type().equals(wanted.type())) {
            parts.add("type " + TypeWords.of(wanted.type()) + " (not " + TypeWords.of(found.type()) + ")");
        }
        if (found.nullable() != wanted.nullable()) {
            parts.add(wanted.nullable() ? "NULL allowed" : "NOT NULL");
        }
        if (!found.defaultValue().equals(wanted.defaultValue())) {
            parts.add(wanted.defaultValue().map(d -> "default " + d).orElse("no default")
                    + found.defaultValue().map(d -> " (not " + d + ")").orElse(""));
        }
        if (!found.comment().equals(wanted.comment())) {
            parts.add(wanted.comment().map(c -> "comment '" + c + "'").orElse("no comment"));
        }
        if (found.identity() != wanted.identity()) {
            parts.add(wanted.identity() ? "an identity column" : "no identity");
        }
        return String.join(", ", parts);
    }
}
