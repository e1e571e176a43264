package dev.autogen.schema;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * A table: columns in declaration order, its constraints and indexes. Constraint and index lists
 * are kept in the order given; the diff pairs them by what they cover, so order carries no
 * meaning for them.
 *
 * <p>{@code initialRows} are rows the table must hold from its creation on, each mapping column
 * names to values: the first value of a table that emulates a sequence, a table generator's row.
 * Only the entities' model has them; reflection reads no data and the diff never compares them:
 * it inserts them right after creating the table.
 */
public record Table(
        String name,
        List<Column> columns,
        Optional<PrimaryKey> primaryKey,
        List<UniqueConstraint> uniqueConstraints,
        List<Index> indexes,
        List<ForeignKey> foreignKeys,
        List<CheckConstraint> checks,
        Optional<String> comment,
        List<Map<String, Object>> initialRows) {

    public Table {
        Names.require(name, "table name");
        columns = List.copyOf(columns);
        Objects.requireNonNull(primaryKey, "primaryKey == null");
        uniqueConstraints = List.copyOf(uniqueConstraints);
        indexes = List.copyOf(indexes);
        foreignKeys = List.copyOf(foreignKeys);
        checks = List.copyOf(checks);
        Objects.requireNonNull(comment, "comment == null");
        initialRows = copyRows(initialRows);
        requireDistinctColumns(name, columns);
    }

    public static Builder builder(String name) {
        return new Builder(name);
    }

    public Builder toBuilder() {
        Builder b = new Builder(name);
        b.columns.addAll(columns);
        b.primaryKey = primaryKey;
        b.uniqueConstraints.addAll(uniqueConstraints);
        b.indexes.addAll(indexes);
        b.foreignKeys.addAll(foreignKeys);
        b.checks.addAll(checks);
        b.comment = comment;
        b.initialRows.addAll(initialRows);
        return b;
    }

    public Optional<Column> column(String columnName) {
        return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
    }

    public List<String> columnNames() {
        return columns.stream().map(Column::name).toList();
    }

    /** Every constraint of this table, primary key first. */
    public List<Constraint> constraints() {
        List<Constraint> all = new ArrayList<>();
        primaryKey.ifPresent(all::add);
        all.addAll(uniqueConstraints);
        all.addAll(foreignKeys);
        all.addAll(checks);
        return all;
    }

    public Table withColumns(UnaryOperator<List<Column>> change) {
        return toBuilder().columns(change.apply(new ArrayList<>(columns))).build();
    }

    /** LinkedHashMap keeps column order and allows null values, which Map.copyOf does not. */
    private static List<Map<String, Object>> copyRows(List<Map<String, Object>> rows) {
        List<Map<String, Object>> copy = new ArrayList<>();
        for (Map<String, Object> row : rows) {
            copy.add(Collections.unmodifiableMap(new LinkedHashMap<>(row)));
        }
        return List.copyOf(copy);
    }

    private static void requireDistinctColumns(String table, List<Column> columns) {
        Set<String> seen = new HashSet<>();
        for (Column c : columns) {
            if (!seen.add(c.name())) {
                throw new IllegalArgumentException("table " + table + " has column " + c.name() + " twice");
            }
        }
    }

    public static final class Builder {
        private final String name;
        private final List<Column> columns = new ArrayList<>();
        private Optional<PrimaryKey> primaryKey = Optional.empty();
        private final List<UniqueConstraint> uniqueConstraints = new ArrayList<>();
        private final List<Index> indexes = new ArrayList<>();
        private final List<ForeignKey> foreignKeys = new ArrayList<>();
        private final List<CheckConstraint> checks = new ArrayList<>();
        private Optional<String> comment = Optional.empty();
        private final List<Map<String, Object>> initialRows = new ArrayList<>();

        private Builder(String name) {
            this.name = name;
        }

        public Builder column(Column column) {
            columns.add(column);
            return this;
        }

        public Builder columns(List<Column> all) {
            columns.clear();
            columns.addAll(all);
            return this;
        }

        public Builder primaryKey(PrimaryKey key) {
            return primaryKey(Optional.of(key));
        }

        public Builder primaryKey(Optional<PrimaryKey> key) {
            this.primaryKey = key;
            return this;
        }

        public Builder uniqueConstraint(UniqueConstraint unique) {
            uniqueConstraints.add(unique);
            return this;
        }

        public Builder uniqueConstraints(List<UniqueConstraint> all) {
            uniqueConstraints.clear();
            uniqueConstraints.addAll(all);
            return this;
        }

        public Builder index(Index index) {
            indexes.add(index);
            return this;
        }

        public Builder indexes(List<Index> all) {
            indexes.clear();
            indexes.addAll(all);
            return this;
        }

        public Builder foreignKey(ForeignKey key) {
            foreignKeys.add(key);
            return this;
        }

        public Builder foreignKeys(List<ForeignKey> all) {
            foreignKeys.clear();
            foreignKeys.addAll(all);
            return this;
        }

        public Builder check(CheckConstraint check) {
            checks.add(check);
            return this;
        }

        public Builder checks(List<CheckConstraint> all) {
            checks.clear();
            checks.addAll(all);
            return this;
        }

        /** Adds any kind of constraint to its list (a primary key replaces the existing one). */
        public Builder constraint(Constraint constraint) {
            if (constraint instanceof PrimaryKey pk) {
                primaryKey = Optional.of(pk);
            } else if (constraint instanceof UniqueConstraint uq) {
                uniqueConstraints.add(uq);
            } else if (constraint instanceof ForeignKey fk) {
                foreignKeys.add(fk);
            } else if (constraint instanceof CheckConstraint ck) {
                checks.add(ck);
            }
            return this;
        }

        public Builder comment(Optional<String> text) {
            this.comment = text;
            return this;
        }

        public Builder initialRow(Map<String, Object> row) {
            initialRows.add(row);
            return this;
        }

        public Builder initialRows(List<Map<String, Object>> rows) {
            initialRows.clear();
            initialRows.addAll(rows);
            return this;
        }

        public Table build() {
            return new Table(name, columns, primaryKey, uniqueConstraints, indexes, foreignKeys, checks, comment,
                    initialRows);
        }
    }
}
