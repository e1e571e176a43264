package dev.autogen.benchmark;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/** Prints the results as a Markdown table, ready to paste into docs/performance.md. */
final class ResultTable {
    private static final String HEADER = "| N | database | revision s | revision cold s | baseline revision s"
            + " | check s | Alembic revision s | peak MiB | migrations ms | entities cached ms | entities boot ms"
            + " | reflection ms | diff ms | render ms | floor ms | (refl+diff)/floor |";

    private ResultTable() {
    }

    static void print(List<ResultRow> rows, PrintStream out) {
        out.println(HEADER);
        out.println("|---".repeat((int) HEADER.chars().filter(c -> c == '|').count() - 1) + "|");
        rows.forEach(r -> printRow(r, out));
    }

    static void printRow(ResultRow r, PrintStream out) {
        PhaseTimes p = r.phases();
        out.println("| " + String.join(" | ", String.valueOf(r.size()), r.database(),
                seconds(r.revisionSeconds()), seconds(r.coldRevisionSeconds()), seconds(r.baselineRevisionSeconds()),
                seconds(r.checkSeconds()), seconds(r.alembicSeconds()), whole(r.peakMiB()), whole(p.migrations()),
                whole(p.entitiesCached()), whole(p.entities()),
                whole(p.reflection()), whole(p.diff()), whole(p.render()), whole(r.floorMillis()),
                ratio(r.reflectionAndDiffOverFloor())) + " |");
        out.flush();
    }

    static void printStartup(int size, List<String[]> rows, PrintStream out) {
        out.println("| command (N=" + size + ", SQLite) | median s | baseline median s | peak MiB |");
        out.println("|---|---|---|---|");
        rows.forEach(r -> out.println("| `" + r[0] + "` | " + r[1] + " | " + r[2] + " | " + r[3] + " |"));
    }

    static String seconds(double value) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.2f", value);
    }

    static String whole(double value) {
        return Double.isNaN(value) || value < 0 ? "-" : String.format(Locale.ROOT, "%.0f", value);
    }

    private static String ratio(double value) {
        return Double.isNaN(value) || Double.isInfinite(value) ? "-" : String.format(Locale.ROOT, "%.1f", value);
    }
}
