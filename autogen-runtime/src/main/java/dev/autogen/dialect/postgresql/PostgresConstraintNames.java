package dev.autogen.dialect.postgresql;

import dev.autogen.dialect.postgresql.PostgresSqlTokens.Kind;
import dev.autogen.dialect.sql.ExistingConstraints;
import dev.autogen.dialect.postgresql.PostgresSqlTokens.Token;
import dev.autogen.schema.CheckConstraint;
import dev.autogen.schema.Constraint;
import dev.autogen.schema.ForeignKey;
import dev.autogen.schema.Index;
import dev.autogen.schema.PrimaryKey;
import dev.autogen.schema.Schema;
import dev.autogen.schema.Table;
import dev.autogen.schema.UniqueConstraint;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names PostgreSQL gives constraints created without one ({@code books_pkey},
 * {@code books_title_key}, {@code books_author_id_fkey}, {@code books_price_check}), and how to
 * find the name of an existing constraint an op does not name.
 */
final class PostgresConstraintNames {
    private PostgresConstraintNames() {
    }

    /** The name an unnamed constraint really has: the one in {@code before}, else PostgreSQL's default. */
    static String nameOf(String table, Constraint constraint, Schema before) {
        if (constraint.name().isPresent()) {
            return constraint.name().get();
        }
        Optional<String> found = ExistingConstraints.nameOf(table, constraint, before,
                (a, b) -> PostgresExpressions.canonical(a).equals(PostgresExpressions.canonical(b)));
        return found.orElseGet(() -> defaultName(table, constraint,
                before.table(table).map(Table::columnNames).orElse(List.of())));
    }

    /** True when {@code name} is what PostgreSQL would call {@code constraint} unnamed, counter suffix included. */
    static boolean isDefaultName(String table, Constraint constraint, List<String> tableColumns, String name) {
        String label = label(constraint);
        String second = secondPart(constraint, tableColumns);
        if (name.equals(PostgresObjectNames.objectName(table, second, label))) {
            return true;
        }
        // On a clash PostgreSQL appends a counter to the label (books_price_check1) and shortens again.
        Matcher counter = Pattern.compile(".*_" + label + "(\\d{1,9})").matcher(name);
        return counter.matches() && name.equals(PostgresObjectNames.objectName(table, second, label + counter.group(1)));
    }

    static String defaultName(String table, Constraint constraint, List<String> tableColumns) {
        return PostgresObjectNames.objectName(table, secondPart(constraint, tableColumns), label(constraint));
    }

    /**
     * The table with each unnamed constraint named as PostgreSQL names it, in the order it does:
     * checks while the table is created, then the primary key and unique constraints (each names
     * an index, so its name must be free among relations as well as constraints), then foreign
     * keys. The other tables of {@code schema} (and its sequences) hold names that are taken.
     */
    static Table named(Table table, Schema schema) {
        if (table.constraints().stream().allMatch(c -> c.name().isPresent())) {
            return table;
        }
        TakenNames taken = new TakenNames(table, schema);
        List<String> columns = table.columnNames();
        Table.Builder b = table.toBuilder();
        b.checks(table.checks().stream().map(c -> c.name().isPresent() ? c
                : c.withName(Optional.of(taken.constraint(table.name(), secondPart(c, columns), "check")))).toList());
        b.primaryKey(table.primaryKey().map(pk -> pk.name().isPresent() ? pk
                : pk.withName(Optional.of(taken.index(table.name(), null, "pkey")))));
        b.uniqueConstraints(table.uniqueConstraints().stream().map(u -> u.name().isPresent() ? u
                : u.withName(Optional.of(taken.index(table.name(), secondPart(u, columns), "key")))).toList());
        b.foreignKeys(table.foreignKeys().stream().map(f -> f.name().isPresent() ? f
                : f.withName(Optional.of(taken.constraint(table.name(), secondPart(f, columns), "fkey")))).toList());
        return b.build();
    }

    /**
     * The names a new constraint of {@code table} must not take: every constraint's in the schema,
     * and, for one that makes an index, every relation's (tables, indexes, sequences). Looked up
     * only for the few names tried, so naming one table does not cost a pass over a large schema
     * per constraint more than once.
     */
    private static final class TakenNames {
        private final Table table;
        private final Schema schema;
        private final Set<String> chosen = new HashSet<>();

        TakenNames(Table table, Schema schema) {
            this.table = table;
            this.schema = schema;
        }

        /** ChooseConstraintName: free among constraints. */
        String constraint(String first, String second, String label) {
            return choose(first, second, label, false);
        }

        /** ChooseRelationName for an index-backed key: free among constraints and relations. */
        String index(String first, String second, String label) {
            return choose(first, second, label, true);
        }

        private String choose(String first, String second, String label, boolean relation) {
            String name = PostgresObjectNames.objectName(first, second, label);
            for (int pass = 1; isTaken(name, relation); pass++) {
                name = PostgresObjectNames.objectName(first, second, label + pass);
            }
            chosen.add(name);
            return name;
        }

        private boolean isTaken(String name, boolean relation) {
            if (chosen.contains(name) || takenIn(table, name, relation)) {
                return true;
            }
            for (Table other : schema.tables()) {
                if (!other.name().equals(table.name()) && takenIn(other, name, relation)) {
                    return true;
                }
            }
            return relation && schema.sequences().stream().anyMatch(s -> s.name().equals(name));
        }

        /**
         * Runs once per other table of the schema for every name tried, so it walks the table's
         * parts as they are, without building {@link Table#constraints()}: a long history applies
         * one step per revision against an ever larger schema.
         */
        private static boolean takenIn(Table t, String name, boolean relation) {
            if (t.primaryKey().isPresent() && hasName(t.primaryKey().get(), name)) {
                return true;
            }
            for (Constraint c : t.uniqueConstraints()) {
                if (hasName(c, name)) {
                    return true;
                }
            }
            for (Constraint c : t.foreignKeys()) {
                if (hasName(c, name)) {
                    return true;
                }
            }
            for (Constraint c : t.checks()) {
                if (hasName(c, name)) {
                    return true;
                }
            }
            if (!relation) {
                return false;
            }
            if (t.name().equals(name)) {
                return true;
            }
            for (Index i : t.indexes()) {
                if (i.name().equals(name)) {
                    return true;
                }
            }
            return false;
        }

        private static boolean hasName(Constraint c, String name) {
            return c.name().isPresent() && c.name().get().equals(name);
        }
    }

    /** The columns part of a default name, or null when the name has none. */
    private static String secondPart(Constraint constraint, List<String> tableColumns) {
        if (constraint instanceof UniqueConstraint uq) {
            return PostgresObjectNames.columnsPart(uq.columns());
        } else if (constraint instanceof ForeignKey fk) {
            return PostgresObjectNames.columnsPart(fk.columns());
        } else if (constraint instanceof CheckConstraint ck) {
            // A check on exactly one column is named after it; any other check after the table alone.
            Set<String> used = referencedColumns(ck.condition(), tableColumns);
            return used.size() == 1 ? used.iterator().next() : null;
        }
        return null;
    }

    private static String label(Constraint constraint) {
        if (constraint instanceof PrimaryKey) {
            return "pkey";
        } else if (constraint instanceof UniqueConstraint) {
            return "key";
        } else if (constraint instanceof ForeignKey) {
            return "fkey";
        }
        return "check";
    }

    /** The columns of {@code tableColumns} that {@code condition} names. */
    static Set<String> referencedColumns(String condition, List<String> tableColumns) {
        Set<String> used = new LinkedHashSet<>();
        for (Token t : PostgresSqlTokens.of(condition).orElse(List.of())) {
            String name = t.kind() == Kind.QUOTED_NAME ? t.text().substring(1, t.text().length() - 1).replace("\"\"", "\"")
                    : t.kind() == Kind.WORD ? t.text().toLowerCase(Locale.ROOT) : null;
            if (name != null && tableColumns.contains(name)) {
                used.add(name);
            }
        }
        return used;
    }
}
