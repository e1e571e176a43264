package dev.autogen.schema;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * A table with every name in it (its own, its columns', keys', indexes', the tables and columns
 * its foreign keys reference, the columns of its first rows) as the database stores it, given by
 * {@code stored} ({@link ImplicitBehavior#storedName}): PostgreSQL keeps 63 bytes of a longer name.
 * Check conditions keep their text: the database reports them in its own words anyway.
 */
public final class StoredTableNames {
    private StoredTableNames() {
    }

    public static Table of(Table table, UnaryOperator<String> stored) {
        List<Column> columns = table.columns().stream().map(c -> c.withName(stored.apply(c.name()))).toList();
        Optional<PrimaryKey> key = table.primaryKey()
                .map(pk -> new PrimaryKey(pk.name().map(stored), names(pk.columns(), stored)));
        List<UniqueConstraint> uniques = table.uniqueConstraints().stream()
                .map(u -> new UniqueConstraint(u.name().map(stored), names(u.columns(), stored))).toList();
        List<Index> indexes = table.indexes().stream().map(i -> new Index(stored.apply(i.name()),
                names(i.columns(), stored), i.unique(), names(i.descending(), stored))).toList();
        List<ForeignKey> keys = table.foreignKeys().stream().map(f -> new ForeignKey(f.name().map(stored),
                names(f.columns(), stored), stored.apply(f.referencedTable()), names(f.referencedColumns(), stored),
                f.onDelete())).toList();
        List<CheckConstraint> checks = table.checks().stream()
                .map(c -> new CheckConstraint(c.name().map(stored), c.condition())).toList();
        return new Table(stored.apply(table.name()), columns, key, uniques, indexes, keys, checks, table.comment(),
                rows(table.initialRows(), stored));
    }

    /** Each row with its column names as stored. */
    public static List<Map<String, Object>> rows(List<Map<String, Object>> rows, UnaryOperator<String> stored) {
        return rows.stream().map(row -> {
            Map<String, Object> named = new LinkedHashMap<>();
            row.forEach((column, value) -> named.put(stored.apply(column), value));
            return named;
        }).toList();
    }

    public static List<String> names(List<String> names, UnaryOperator<String> stored) {
        return names.stream().map(stored).toList();
    }
}
