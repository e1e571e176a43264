package dev.autogen.render;

import com.palantir.javapoet.CodeBlock;
import dev.autogen.ops.AddColumn;
import dev.autogen.ops.CreateTable;
import dev.autogen.ops.DropColumn;
import dev.autogen.ops.DropTable;
import dev.autogen.ops.IrreversibleOperationException;
import dev.autogen.ops.MigrationPlan;
import dev.autogen.ops.Op;
import dev.autogen.verify.Lint;
import dev.autogen.ops.ChangeNote;
import dev.autogen.verify.LintedOp;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The class Javadoc a reviewer reads first: the message, each change in plain words flagged with
 * the lint's notes (data loss, changes that need the data to allow them, locks on the configured
 * database) and what to do instead, and a drop plus add that is likely a rename with the line that
 * keeps the data instead.
 */
final class ChangeSummary {
    /** Within a class Javadoc, each line follows " * ", so 96 characters end at column 99. */
    private static final int WIDTH = 96;

    private ChangeSummary() {
    }

    /**
     * Plain text, one line per entry; the caller escapes it for a comment. Changes are flagged by
     * {@code lint}, so the words are those {@code verify} reports.
     */
    static String of(String message, MigrationPlan plan, Lint lint) {
        List<String> lines = new ArrayList<>();
        if (!message.isBlank()) {
            message.strip().lines().forEach(line -> lines.addAll(wrap(line, "", "")));
            lines.add("");
        }
        if (plan.isEmpty()) {
            lines.addAll(wrap("This revision is empty: write its changes in upgrade() and their exact reverse"
                    + " in downgrade().", "", ""));
            return String.join("\n", lines) + "\n";
        }
        lines.add("Changes:");
        for (LintedOp linted : lint.check(plan.upgrade())) {
            lines.addAll(entry(linted, plan));
        }
        for (List<String> rename : likelyRenames(plan.upgrade())) {
            lines.add("");
            lines.addAll(rename);
        }
        return String.join("\n", lines) + "\n";
    }

    /** Words filled into lines that keep the comment within 100 columns; a longer word gets a line alone. */
    static List<String> wrap(String text, String firstPrefix, String nextPrefix) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder(firstPrefix);
        boolean empty = true;
        for (String word : text.split(" ")) {
            if (!empty && line.length() + 1 + word.length() > WIDTH) {
                lines.add(line.toString());
                line = new StringBuilder(nextPrefix);
                empty = true;
            }
            line.append(empty ? "" : " ").append(word);
            empty = false;
        }
        lines.add(line.toString());
        return lines;
    }

    /** The change, flagged with the lint's first note; any further notes follow on lines of their own. */
    private static List<String> entry(LintedOp linted, MigrationPlan plan) {
        Op op = linted.op();
        String describe = oneLine(op.describe());
        if (linted.notes().isEmpty()) {
            return wrap(reversible(op, plan) ? describe
                    : "NOT REVERSIBLE: " + describe + " (downgrade() cannot undo it)", "- ", "  ");
        }
        ChangeNote first = linted.notes().get(0);
        List<String> lines = new ArrayList<>(wrap(first.label() + ": " + describe + " (" + first.explanation() + "; "
                + first.advice() + ")", "- ", "  "));
        for (ChangeNote note : linted.notes().subList(1, linted.notes().size())) {
            lines.addAll(wrap(note.label() + ": " + note.explanation() + "; " + note.advice(), "  ", "  "));
        }
        return lines;
    }

    private static boolean reversible(Op op, MigrationPlan plan) {
        if (plan.isUndoneWithItsTable(op)) {
            return true;
        }
        try {
            op.reverse();
            return true;
        } catch (IrreversibleOperationException e) {
            return false;
        }
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s*\\R\\s*", " ");
    }

    /** A dropped and an added column of one table with the same type, or tables with the same columns. */
    private static List<List<String>> likelyRenames(List<Op> ops) {
        List<List<String>> renames = new ArrayList<>();
        Set<Op> paired = new HashSet<>();
        for (Op dropped : ops) {
            for (Op added : ops) {
                if (!paired.contains(added) && !paired.contains(dropped) && sameThing(dropped, added)) {
                    paired.add(dropped);
                    paired.add(added);
                    renames.add(renameHint(dropped, added));
                }
            }
        }
        return renames;
    }

    private static boolean sameThing(Op dropped, Op added) {
        if (dropped instanceof DropColumn d && added instanceof AddColumn a) {
            return d.table().equals(a.table()) && d.column().type().equals(a.column().type());
        }
        if (dropped instanceof DropTable d && added instanceof CreateTable c) {
            return d.table().columns().equals(c.table().columns());
        }
        return false;
    }

    private static List<String> renameHint(Op dropped, Op added) {
        if (dropped instanceof DropColumn d) {
            String table = d.table();
            String from = d.column().name();
            String to = ((AddColumn) added).column().name();
            return hint("column " + table + "." + from + " was dropped and " + table + "." + to
                    + " added with the same type.", "dropColumn and addColumn",
                    CodeBlock.of("op.renameColumn($L, $L, $L);",
                            JavaString.of(table), JavaString.of(from), JavaString.of(to)),
                    CodeBlock.of("op.renameColumn($L, $L, $L);",
                            JavaString.of(table), JavaString.of(to), JavaString.of(from)), table + "." + from + "=" + to);
        }
        String from = ((DropTable) dropped).table().name();
        String to = ((CreateTable) added).table().name();
        return hint("table " + from + " was dropped and " + to + " created with the same columns.",
                "dropTable and createTable", CodeBlock.of("op.renameTable($L, $L);",
                        JavaString.of(from), JavaString.of(to)),
                CodeBlock.of("op.renameTable($L, $L);", JavaString.of(to), JavaString.of(from)), from + "=" + to);
    }

    private static List<String> hint(String what, String calls, CodeBlock upgrade, CodeBlock downgrade,
            String renameOption) {
        List<String> lines = new ArrayList<>(wrap("Likely rename: " + what + " If it is a rename, this migration"
                + " loses the data; to keep it, replace the " + calls + " calls in upgrade() with", "", ""));
        lines.add("    " + upgrade);
        lines.add("and those in downgrade() with");
        lines.add("    " + downgrade);
        lines.add("or delete this file and run `autogen revision --rename " + renameOption + "`.");
        return lines;
    }
}
