package dev.autogen.schema;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/** A database schema: tables and sequences, each sorted by name so that equal schemas are equal. */
public record Schema(List<Table> tables, List<Sequence> sequences) {

    public static final Schema EMPTY = new Schema(List.of(), List.of());

    public Schema {
        tables = tables.stream().sorted(Comparator.comparing(Table::name)).toList();
        sequences = sequences.stream().sorted(Comparator.comparing(Sequence::name)).toList();
        requireDistinct(tables, Table::name, "table");
        requireDistinct(sequences, Sequence::name, "sequence");
    }

    /**
     * A binary search of the sorted tables: migrations look tables up for every op, and a long
     * history runs its steps against a schema of hundreds of tables.
     */
    public Optional<Table> table(String name) {
        int low = 0;
        int high = tables.size() - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            Table t = tables.get(middle);
            int order = t.name().compareTo(name);
            if (order == 0) {
                return Optional.of(t);
            } else if (order < 0) {
                low = middle + 1;
            } else {
                high = middle - 1;
            }
        }
        return Optional.empty();
    }

    public Optional<Sequence> sequence(String name) {
        return sequences.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    public Schema filterTables(Predicate<String> include) {
        return new Schema(tables.stream().filter(t -> include.test(t.name())).toList(), sequences);
    }

    /** {@code sorted} is in name order, so a name given twice stands next to itself. */
    private static <T> void requireDistinct(List<T> sorted, Function<T, String> name, String what) {
        for (int i = 1; i < sorted.size(); i++) {
            String n = name.apply(sorted.get(i));
            if (n.equals(name.apply(sorted.get(i - 1)))) {
                throw new IllegalArgumentException("schema has " + what + " " + n + " twice");
            }
        }
    }
}
