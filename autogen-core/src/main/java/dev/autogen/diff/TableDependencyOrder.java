package dev.autogen.diff;

import dev.autogen.schema.ForeignKey;
import dev.autogen.schema.Table;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * A set of tables in creation order: every table after the tables its foreign keys reference
 * (within the set; a self reference needs no order). Foreign keys that cannot be created with
 * their table are set apart as deferred: those that close a cycle, and those the caller names
 * (referencing a key that does not exist yet). Dropping runs the same order backwards.
 *
 * <p>Tables are visited by name and their foreign keys in list order, so the result, including
 * which key of a cycle is deferred, is the same on every run.
 */
final class TableDependencyOrder {
    private enum State { VISITING, DONE }

    private final Map<String, Table> tables = new TreeMap<>();
    private final Predicate<ForeignKey> deferAnyway;
    private final Map<String, State> states = new HashMap<>();
    private final List<String> order = new ArrayList<>();
    private final Map<String, List<ForeignKey>> deferred = new HashMap<>();

    private TableDependencyOrder(List<Table> tables, Predicate<ForeignKey> deferAnyway) {
        tables.forEach(t -> this.tables.put(t.name(), t));
        this.deferAnyway = deferAnyway;
        this.tables.keySet().forEach(this::visit);
    }

    /** {@code deferAnyway} names foreign keys to defer even when they close no cycle. */
    static TableDependencyOrder of(List<Table> tables, Predicate<ForeignKey> deferAnyway) {
        return new TableDependencyOrder(tables, deferAnyway);
    }

    /** Position in creation order: a table comes after every table it references. */
    int rank(String table) {
        return order.indexOf(table);
    }

    /** The table's foreign keys that must be added after all the tables exist. */
    List<ForeignKey> deferred(String table) {
        return deferred.getOrDefault(table, List.of());
    }

    /** The table without its deferred foreign keys. */
    Table withoutDeferred(Table table) {
        List<ForeignKey> later = deferred(table.name());
        if (later.isEmpty()) {
            return table;
        }
        return table.toBuilder()
                .foreignKeys(table.foreignKeys().stream().filter(fk -> !later.contains(fk)).toList())
                .build();
    }

    private void visit(String name) {
        if (states.containsKey(name)) {
            return;
        }
        states.put(name, State.VISITING);
        for (ForeignKey fk : tables.get(name).foreignKeys()) {
            String referenced = fk.referencedTable();
            if (deferAnyway.test(fk) || states.get(referenced) == State.VISITING && !referenced.equals(name)) {
                deferred.computeIfAbsent(name, n -> new ArrayList<>()).add(fk);
            } else if (tables.containsKey(referenced)) {
                visit(referenced);
            }
        }
        states.put(name, State.DONE);
        order.add(name);
    }
}
