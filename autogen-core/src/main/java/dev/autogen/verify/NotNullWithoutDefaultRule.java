package dev.autogen.verify;

import dev.autogen.ops.AddColumn;
import dev.autogen.ops.ChangeNote;
import dev.autogen.ops.Op;
import java.util.List;

/** A NOT NULL column added to an existing table without a server default: the rows already there have no value. */
public final class NotNullWithoutDefaultRule implements LintRule {
    public static final String KIND = "not-null-without-default";

    @Override
    public List<ChangeNote> check(Op op, LintContext context) {
        if (op instanceof AddColumn add && !add.column().nullable() && add.column().defaultValue().isEmpty()
                && !add.column().identity() && context.existedBefore(add.table())) {
            return List.of(new ChangeNote(KIND, "NEEDS DATA", "fails if " + add.table() + " has rows",
                    "give the column a server default, or add it nullable, fill it, then make it NOT NULL"));
        }
        return List.of();
    }
}
