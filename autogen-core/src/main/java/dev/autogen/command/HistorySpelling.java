package dev.autogen.command;

import dev.autogen.AutogenException;
import dev.autogen.diff.ObjectNames;
import dev.autogen.diff.SchemaDiff;
import dev.autogen.dialect.Dialect;
import dev.autogen.runtime.HistoryModel;
import dev.autogen.schema.Schema;
import java.util.List;
import java.util.function.Predicate;

/**
 * The database's schema as the migrations spell it. What {@code revision} drops or alters goes
 * into the file with its definition (the downgrade restores it), and a database spells some things
 * its own way ({@code 'x'::character varying}, a check condition rewritten). When the database
 * shows exactly what the history makes, same names included, the history's model is used in its
 * place: the downgrade then restores what the migrations wrote, portable across databases, and
 * the file is the one {@code revision --offline} writes. Otherwise the database is taken as it is.
 */
public final class HistorySpelling {
    private HistorySpelling() {
    }

    /**
     * @param heads the revisions the database is at
     * @param actual the reflected schema, filtered to {@code managed}
     */
    public static Schema of(HistoryModel history, Dialect dialect, List<String> heads, Schema actual,
            Predicate<String> managed) {
        if (heads.isEmpty()) {
            return actual;
        }
        try {
            Schema replayed = history.replay(heads, history.startFromDatabase(heads, actual)).schema()
                    .filterTables(managed);
            if (SchemaDiff.compare(replayed, actual, dialect).isEmpty() && ObjectNames.same(replayed, actual)) {
                return replayed;
            }
        } catch (AutogenException e) {
            // A history that cannot be replayed has no spelling to offer: the database's stands.
        }
        return actual;
    }
}
