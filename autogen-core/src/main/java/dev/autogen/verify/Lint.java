package dev.autogen.verify;

import dev.autogen.dialect.Dialect;
import dev.autogen.ops.ChangeNote;
import dev.autogen.ops.CreateTable;
import dev.autogen.ops.DropTable;
import dev.autogen.ops.Op;
import dev.autogen.ops.RenameTable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The lint: every rule over a revision's upgrade, in order, each change seen with the tables the
 * revision created before it. {@code verify} reports the notes as warnings and the generated
 * migration's Javadoc flags the same changes with the same words.
 */
public final class Lint {
    private final List<LintRule> rules;

    private Lint(List<LintRule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The rules that hold on every database: data loss and changes that need the data to allow them. */
    public static Lint portable() {
        return new Lint(List.of(new DataLossRule(), new NotNullWithoutDefaultRule(), new NotNullOnExistingColumnRule()));
    }

    /**
     * The portable rules, with type changes judged as {@code dialect}'s database does them, and the
     * locks it takes.
     */
    public static Lint of(Dialect dialect) {
        return new Lint(List.of(new DataLossRule(dialect), new NotNullWithoutDefaultRule(),
                new NotNullOnExistingColumnRule(), new LockRule(dialect)));
    }

    /** Each change of {@code upgrade} with its notes, in the revision's order. */
    public List<LintedOp> check(List<Op> upgrade) {
        Set<String> created = new HashSet<>();
        List<LintedOp> linted = new ArrayList<>();
        for (Op op : upgrade) {
            LintContext context = new LintContext(created);
            List<ChangeNote> notes = new ArrayList<>();
            rules.forEach(rule -> notes.addAll(rule.check(op, context)));
            linted.add(new LintedOp(op, notes));
            if (op instanceof CreateTable create) {
                created.add(create.table().name());
            } else if (op instanceof DropTable drop) {
                created.remove(drop.table().name());
            } else if (op instanceof RenameTable rename && created.remove(rename.from())) {
                created.add(rename.to());
            }
        }
        return List.copyOf(linted);
    }

    /** The notes on {@code upgrade} as warnings, one per note. */
    public List<Finding> findings(List<Op> upgrade) {
        List<Finding> findings = new ArrayList<>();
        for (LintedOp linted : check(upgrade)) {
            // The change in plain words, then what can go wrong.
            linted.notes().forEach(note -> findings.add(Finding.warning(note.kind(), linted.op().describe() + ": "
                    + note.explanation()).advising(note.advice())));
        }
        return List.copyOf(findings);
    }
}
