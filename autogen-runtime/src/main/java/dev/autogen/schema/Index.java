package dev.autogen.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * A named index; {@code unique} makes it a unique index (not a unique constraint). The order of
 * {@code columns} is part of its meaning, and so is each column's direction: {@code descending}
 * names the columns sorted {@code DESC} (an index on {@code score DESC} serves another
 * {@code ORDER BY} than one on {@code score}).
 */
public record Index(String name, List<String> columns, boolean unique, List<String> descending) {
    private static final String DESC = " DESC";
    private static final String ASC = " ASC";

    public Index {
        Names.require(name, "index name");
        columns = Names.requireColumns(columns, "index " + name);
        Objects.requireNonNull(descending, "descending == null");
        for (String column : descending) {
            if (!columns.contains(column)) {
                throw new IllegalArgumentException("index " + name + " sorts " + column
                        + " descending, which is not one of its columns");
            }
        }
        List<String> inColumnOrder = columns;
        descending = inColumnOrder.stream().filter(descending::contains).toList();
    }

    /** An index whose columns all sort ascending, as most do. */
    public Index(String name, List<String> columns, boolean unique) {
        this(name, columns, unique, List.of());
    }

    /**
     * An index from column specs as JPA's {@code columnList} and the migration API write them:
     * {@code "score"}, {@code "score DESC"} or {@code "score ASC"}.
     */
    public static Index of(String name, List<String> specs, boolean unique) {
        List<String> columns = new ArrayList<>();
        List<String> descending = new ArrayList<>();
        for (String spec : Objects.requireNonNull(specs, "index " + name + " == null")) {
            String trimmed = Names.require(spec, "column name in index " + name).strip();
            String upper = trimmed.toUpperCase(Locale.ROOT);
            if (upper.endsWith(DESC) && trimmed.length() > DESC.length()) {
                String column = trimmed.substring(0, trimmed.length() - DESC.length()).strip();
                columns.add(column);
                descending.add(column);
            } else if (upper.endsWith(ASC) && trimmed.length() > ASC.length()) {
                columns.add(trimmed.substring(0, trimmed.length() - ASC.length()).strip());
            } else {
                columns.add(trimmed);
            }
        }
        return new Index(name, columns, unique, descending);
    }

    /** True when {@code column} sorts descending in this index. */
    public boolean isDescending(String column) {
        return descending.contains(column);
    }

    /** Each column as {@link #of} reads it: {@code "score"} or {@code "score DESC"}. */
    public List<String> columnSpecs() {
        return columns.stream().map(c -> isDescending(c) ? c + DESC : c).toList();
    }

    /** The same index with its columns renamed by {@code rename} (a column renamed keeps its direction). */
    public Index withColumns(UnaryOperator<String> rename) {
        return new Index(name, columns.stream().map(rename).toList(), unique,
                descending.stream().map(rename).toList());
    }
}
