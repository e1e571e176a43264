package dev.autogen.benchmark;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/** The history workload's results as a Markdown table, in the style of {@link ResultTable}. */
final class HistoryTable {
    static final String HEADER_NOTE = "# history workload: whole processes, median of the runs; cold = autogen's"
            + " caches emptied before each run";
    private static final String HEADER = "| R | database | step | autogen s | autogen cold s | Alembic s"
            + " | autogen / Alembic | autogen ms per revision |";

    private HistoryTable() {
    }

    static void print(List<HistoryRow> rows, PrintStream out) {
        out.println(HEADER);
        out.println("|---".repeat((int) HEADER.chars().filter(c -> c == '|').count() - 1) + "|");
        rows.forEach(r -> printRow(r, out));
    }

    static void printRow(HistoryRow r, PrintStream out) {
        double ratio = r.ratioToAlembic();
        out.println("| " + String.join(" | ", String.valueOf(r.revisions()), r.database(), "`" + r.step() + "`",
                ResultTable.seconds(r.autogen()), ResultTable.seconds(r.autogenCold()), ResultTable.seconds(r.alembic()),
                Double.isNaN(ratio) ? "-" : String.format(Locale.ROOT, "%.2f", ratio),
                String.format(Locale.ROOT, "%.1f", r.millisPerRevision())) + " |");
        out.flush();
    }
}
