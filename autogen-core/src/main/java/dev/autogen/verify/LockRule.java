package dev.autogen.verify;

import dev.autogen.dialect.Dialect;
import dev.autogen.ops.AddColumn;
import dev.autogen.ops.AddConstraint;
import dev.autogen.ops.AlterColumn;
import dev.autogen.ops.ChangeNote;
import dev.autogen.ops.CreateIndex;
import dev.autogen.ops.Op;
import java.util.List;
import java.util.Optional;

/**
 * Locks and rewrites of a table that existed before the revision, as the database at hand takes
 * them: what each database does is its dialect's knowledge ({@link Dialect#lockNotes}).
 */
public final class LockRule implements LintRule {
    private final Dialect dialect;

    public LockRule(Dialect dialect) {
        this.dialect = dialect;
    }

    @Override
    public List<ChangeNote> check(Op op, LintContext context) {
        Optional<String> table = changedTable(op);
        if (table.isEmpty() || !context.existedBefore(table.get())) {
            return List.of();
        }
        return dialect.lockNotes(op);
    }

    /** The existing table a change alters in place; creating, dropping and renaming only take a short lock. */
    private static Optional<String> changedTable(Op op) {
        if (op instanceof AlterColumn alter) {
            return Optional.of(alter.table());
        } else if (op instanceof CreateIndex create) {
            return Optional.of(create.table());
        } else if (op instanceof AddConstraint add) {
            return Optional.of(add.table());
        } else if (op instanceof AddColumn add) {
            return Optional.of(add.table());
        }
        return Optional.empty();
    }
}
