package dev.autogen.verify;

import dev.autogen.ops.AlterColumn;
import dev.autogen.ops.ChangeNote;
import dev.autogen.ops.Op;
import java.util.List;

/** An existing column made NOT NULL: a row that holds NULL in it makes the change fail. */
public final class NotNullOnExistingColumnRule implements LintRule {
    public static final String KIND = "not-null-on-existing-column";

    @Override
    public List<ChangeNote> check(Op op, LintContext context) {
        if (op instanceof AlterColumn alter && alter.nullabilityChanged() && !alter.to().nullable()
                && context.existedBefore(alter.table())) {
            return List.of(new ChangeNote(KIND, "NEEDS DATA", "fails if a row holds NULL in it",
                    "fill those rows first, with an UPDATE in this revision before the change"));
        }
        return List.of();
    }
}
