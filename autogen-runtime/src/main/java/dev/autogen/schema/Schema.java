package dev.autogen.schema;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/** A database schema: tables and sequences, each sorted by name so that equal schemas are equal. */
public record Schema(List<Table> tables, List<Sequence> sequences) {

    public static final Schema EMPTY = new Schema(List.of(), List.of());

    public Schema {
        tables = tables.stream().sorted(Comparator.comparing(Table::name)).toList();
        sequences = sequences.stream().sorted(Comparator.comparing(Sequence::name)).toList();
        requireDistinct(tables.stream().map(Table::name).toList(), "table");
        requireDistinct(sequences.stream().map(Sequence::name).toList(), "sequence");
    }

    public Optional<Table> table(String name) {
        return tables.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    public Optional<Sequence> sequence(String name) {
        return sequences.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    public Schema filterTables(Predicate<String> include) {
        return new Schema(tables.stream().filter(t -> include.test(t.name())).toList(), sequences);
    }

    private static void requireDistinct(List<String> names, String what) {
        Set<String> seen = new HashSet<>();
        for (String n : names) {
            if (!seen.add(n)) {
                throw new IllegalArgumentException("schema has " + what + " " + n + " twice");
            }
        }
    }
}
