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
        tables = sorted(tables, Table::name, "table");
        sequences = sorted(sequences, Sequence::name, "sequence");
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

    /**
     * The items in name order, each name once. Every step of a migration run makes a new schema
     * from the last one's tables, almost always still in order (a new table is put in its place), so
     * the order is checked in one pass and the list sorted only when it is not: a history of
     * hundreds of revisions then pays no sort per step.
     */
    private static <T> List<T> sorted(List<T> items, Function<T, String> name, String what) {
        List<T> result = List.copyOf(items);
        if (!inOrder(result, name)) {
            result = result.stream().sorted(Comparator.comparing(name)).toList();
        }
        for (int i = 1; i < result.size(); i++) {
            String n = name.apply(result.get(i));
            if (n.equals(name.apply(result.get(i - 1)))) {
                throw new IllegalArgumentException("schema has " + what + " " + n + " twice");
            }
        }
        return result;
    }

    private static <T> boolean inOrder(List<T> items, Function<T, String> name) {
        for (int i = 1; i < items.size(); i++) {
            if (name.apply(items.get(i - 1)).compareTo(name.apply(items.get(i))) > 0) {
                return false;
            }
        }
        return true;
    }
}
