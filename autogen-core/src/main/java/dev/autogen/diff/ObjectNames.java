package dev.autogen.diff;

import dev.autogen.schema.ConstraintNames;
import dev.autogen.schema.Index;
import dev.autogen.schema.Schema;
import dev.autogen.schema.Sequence;
import dev.autogen.schema.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The names by which a schema's objects are addressed (a migration's {@code dropConstraint} and
 * {@code dropIndex} name them), per table and kind, which the diff deliberately does not compare:
 * two schemas the diff finds equal still address their constraints differently when these differ.
 * A constraint without a name is addressed by the name autogen generates for it.
 */
public final class ObjectNames {
    private ObjectNames() {
    }

    /** {@code table -> "constraint kind: names"}, each list sorted; sequences under their own key. */
    public static Map<String, List<String>> of(Schema schema) {
        Map<String, List<String>> names = new TreeMap<>();
        for (Table table : schema.tables()) {
            List<String> parts = new ArrayList<>();
            table.primaryKey().ifPresent(pk -> parts.add("primary key " + ConstraintNames.of(table.name(), pk)));
            table.uniqueConstraints().forEach(c -> parts.add("unique " + ConstraintNames.of(table.name(), c)));
            table.foreignKeys().forEach(c -> parts.add("foreign key " + ConstraintNames.of(table.name(), c)));
            table.checks().forEach(c -> parts.add("check " + ConstraintNames.of(table.name(), c)));
            table.indexes().stream().map(Index::name).forEach(n -> parts.add("index " + n));
            parts.sort(null);
            names.put(table.name(), List.copyOf(parts));
        }
        names.put("\u0000sequences", schema.sequences().stream().map(Sequence::name).sorted().toList());
        return names;
    }

    /** True when both schemas address every constraint and index by the same names. */
    public static boolean same(Schema a, Schema b) {
        return of(a).equals(of(b));
    }
}
