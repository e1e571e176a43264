package dev.autogen.verify;

import dev.autogen.ops.AlterColumn;
import dev.autogen.ops.ChangeNote;
import dev.autogen.ops.DropColumn;
import dev.autogen.ops.DropSequence;
import dev.autogen.ops.DropTable;
import dev.autogen.ops.Op;
import dev.autogen.ops.TypeWords;
import java.util.List;

/**
 * A change whose downgrade cannot bring the data back: a dropped table, column or sequence, or a
 * narrowed type (shorter string, fewer digits or a lower scale, fewer integer bits, a decimal made
 * integer, a lost time zone, a change of kind).
 */
public final class DataLossRule implements LintRule {
    public static final String KIND = "data-loss";

    @Override
    public List<ChangeNote> check(Op op, LintContext context) {
        if (!op.isDestructive()) {
            return List.of();
        }
        if (op instanceof DropTable drop) {
            return note("the table and all its rows are deleted", "make sure nothing reads "
                    + drop.table().name() + " any more and keep a backup: the downgrade creates it again, empty");
        } else if (op instanceof DropColumn drop) {
            return note("the column and all its values are deleted", "make sure nothing reads it any more and keep a"
                    + " backup: the downgrade adds it back, empty; if it was renamed, use renameColumn instead");
        } else if (op instanceof AlterColumn alter) {
            String to = TypeWords.of(alter.to().type());
            return note("values that do not fit " + to + " are truncated or rejected", "check that every stored"
                    + " value of " + alter.table() + "." + alter.column() + " fits " + to + " first, or keep the"
                    + " wider type");
        } else if (op instanceof DropSequence drop) {
            return note("its current value is lost: created again, it hands out ids from " + drop.sequence().start()
                    + " again", "keep the sequence while anything takes ids from it");
        }
        return note("data it removes cannot be brought back", "keep a backup of what it removes");
    }

    private static List<ChangeNote> note(String explanation, String advice) {
        return List.of(new ChangeNote(KIND, "DATA LOSS", explanation, advice));
    }
}
