package dev.autogen.command;

import java.nio.file.Path;
import java.util.List;

/**
 * The baseline revision written and stamped: its file and id, the tables and sequences it creates,
 * and the tables of the database it leaves out (other tools' version tables).
 */
public record BaselineResult(Path file, String revisionId, List<String> tables, List<String> sequences,
        List<String> leftOut) {
    public BaselineResult {
        tables = List.copyOf(tables);
        sequences = List.copyOf(sequences);
        leftOut = List.copyOf(leftOut);
    }
}
