package dev.autogen.render;

import com.palantir.javapoet.CodeBlock;
import dev.autogen.ops.AddColumn;
import dev.autogen.ops.AlterColumn;
import dev.autogen.ops.CreateTable;
import dev.autogen.ops.DropColumn;
import dev.autogen.ops.DropSequence;
import dev.autogen.ops.DropTable;
import dev.autogen.ops.IrreversibleOperationException;
import dev.autogen.ops.MigrationPlan;
import dev.autogen.ops.Op;
import dev.autogen.ops.TypeWords;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The class Javadoc a reviewer reads first: the message, each change in plain words, data loss
 * flagged with its reason, and a drop plus add that is likely a rename with the line that keeps the
 * data instead.
 */
final class ChangeSummary {
    /** Within a class Javadoc, each line follows " * ", so 96 characters end at column 99. */
    private static final int WIDTH = 96;

    private ChangeSummary() {
    }

    /** Plain text, one line per entry; the caller escapes it for a comment. */
    static String of(String message, MigrationPlan plan) {
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
        for (Op op : plan.upgrade()) {
            lines.addAll(wrap(flagged(op, plan).replaceAll("\\s*\\R\\s*", " "), "- ", "  "));
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

    private static String flagged(Op op, MigrationPlan plan) {
        if (op.isDestructive()) {
            return "DATA LOSS: " + op.describe() + " (" + lossReason(op) + ")";
        }
        Optional<String> needs = needsData(op, plan);
        if (needs.isPresent()) {
            return "NEEDS DATA: " + op.describe() + " (" + needs.get() + ")";
        }
        if (plan.isUndoneWithItsTable(op)) {
            return op.describe();
        }
        try {
            op.reverse();
            return op.describe();
        } catch (IrreversibleOperationException e) {
            return "NOT REVERSIBLE: " + op.describe() + " (downgrade() cannot undo it)";
        }
    }

    /** A change that fails on a table whose rows do not already satisfy it. */
    private static Optional<String> needsData(Op op, MigrationPlan plan) {
        if (op instanceof AddColumn add && !add.column().nullable() && add.column().defaultValue().isEmpty()
                && plan.upgrade().stream().noneMatch(o -> o instanceof CreateTable c && c.table().name().equals(add.table()))) {
            return Optional.of("fails if " + add.table() + " has rows: give the column a server default, or add it"
                    + " nullable, fill it, then make it NOT NULL");
        }
        if (op instanceof AlterColumn alter && alter.nullabilityChanged() && !alter.to().nullable()) {
            return Optional.of("fails if a row holds NULL in it: fill those rows first");
        }
        return Optional.empty();
    }

    private static String lossReason(Op op) {
        if (op instanceof DropTable) {
            return "the table and all its rows are deleted";
        } else if (op instanceof DropColumn) {
            return "the column and all its values are deleted";
        } else if (op instanceof AlterColumn alter) {
            return "values that do not fit " + TypeWords.of(alter.to().type()) + " are truncated or rejected";
        } else if (op instanceof DropSequence drop) {
            return "its current value is lost: created again, it hands out ids from " + drop.sequence().start()
                    + " again";
        }
        return "data it removes cannot be brought back";
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
                    CodeBlock.of("op.renameColumn($S, $S, $S);", table, from, to),
                    CodeBlock.of("op.renameColumn($S, $S, $S);", table, to, from));
        }
        String from = ((DropTable) dropped).table().name();
        String to = ((CreateTable) added).table().name();
        return hint("table " + from + " was dropped and " + to + " created with the same columns.",
                "dropTable and createTable", CodeBlock.of("op.renameTable($S, $S);", from, to),
                CodeBlock.of("op.renameTable($S, $S);", to, from));
    }

    private static List<String> hint(String what, String calls, CodeBlock upgrade, CodeBlock downgrade) {
        List<String> lines = new ArrayList<>(wrap("Likely rename: " + what + " If it is a rename, this migration"
                + " loses the data; to keep it, replace the " + calls + " calls in upgrade() with", "", ""));
        lines.add("    " + upgrade);
        lines.add("and those in downgrade() with");
        lines.add("    " + downgrade);
        return lines;
    }
}
