package dev.autogen.benchmark;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/** The history workload's results as a Markdown table, in the style of {@link ResultTable}. */
final class HistoryTable {
    static final String HEADER_NOTE = "# history workload: whole processes, median of the runs; cold = autogen's"
            + " caches emptied before each run; CPU = user + system seconds of the process and its children";
    private static final String HEADER = "| R | database | step | autogen s | autogen cold s | Alembic s"
            + " | autogen / Alembic | autogen ms per revision | autogen CPU s | autogen cold CPU s | Alembic CPU s"
            + " | CPU autogen / Alembic | autogen CPU ms per revision |";

    private HistoryTable() {
    }

    static void print(List<HistoryRow> rows, PrintStream out) {
        out.println(HEADER);
        out.println("|---".repeat((int) HEADER.chars().filter(c -> c == '|').count() - 1) + "|");
        rows.forEach(r -> printRow(r, out));
    }

    static void printRow(HistoryRow r, PrintStream out) {
        out.println("| " + String.join(" | ", String.valueOf(r.revisions()), r.database(), stepLabel(r.step()),
                ResultTable.seconds(r.autogen()), ResultTable.seconds(r.autogenCold()), ResultTable.seconds(r.alembic()),
                ratio(r.ratioToAlembic()), String.format(Locale.ROOT, "%.1f", r.millisPerRevision()),
                ResultTable.seconds(r.autogenCpu()), ResultTable.seconds(r.autogenColdCpu()),
                ResultTable.seconds(r.alembicCpu()), ratio(r.cpuRatioToAlembic()),
                Double.isNaN(r.cpuMillisPerRevision()) ? "-" : String.format(Locale.ROOT, "%.1f", r.cpuMillisPerRevision()))
                + " |");
        out.flush();
    }

    private static String stepLabel(String step) {
        return step.equals("edited") ? "`revision` after an entity edit" : "`" + step + "`";
    }

    private static String ratio(double value) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.2f", value);
    }
}
