package dev.autogen.render;

import dev.autogen.schema.Schema;
import dev.autogen.schema.Sequence;
import dev.autogen.schema.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * The Javadoc of a baseline revision: that it is one, where its schema came from, that the
 * database it came from was stamped rather than migrated, and what it creates.
 */
public final class BaselineSummary {
    private BaselineSummary() {
    }

    /**
     * @param source where the schema was read, as it may be shown (no password)
     * @param leftOut tables of the database the baseline leaves out (other tools' version tables,
     *     those the configuration excludes)
     */
    public static String of(String message, Schema schema, String source, String date, List<String> leftOut) {
        List<String> lines = new ArrayList<>();
        if (!message.isBlank()) {
            message.strip().lines().forEach(line -> lines.addAll(ChangeSummary.wrap(line, "", "")));
            lines.add("");
        }
        lines.addAll(ChangeSummary.wrap("Baseline: the schema of " + source + " as autogen found it on " + date
                + ", written by `autogen baseline`. That database was stamped at this revision, not migrated;"
                + " on an empty database this revision creates the same schema, and later revisions build on it.",
                "", ""));
        lines.add("");
        lines.addAll(ChangeSummary.wrap("Tables (" + schema.tables().size() + "): "
                + String.join(", ", schema.tables().stream().map(Table::name).toList()) + ".", "", "    "));
        if (!schema.sequences().isEmpty()) {
            lines.addAll(ChangeSummary.wrap("Sequences (" + schema.sequences().size() + "): "
                    + String.join(", ", schema.sequences().stream().map(Sequence::name).toList()) + ".", "", "    "));
        }
        if (!leftOut.isEmpty()) {
            lines.addAll(ChangeSummary.wrap("Left out: " + String.join(", ", leftOut) + " (other tools' version"
                    + " tables and what include.tables and exclude.tables leave out).", "", "    "));
        }
        return String.join("\n", lines) + "\n";
    }
}
