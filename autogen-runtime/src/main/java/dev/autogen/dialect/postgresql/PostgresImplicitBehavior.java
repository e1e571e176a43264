package dev.autogen.dialect.postgresql;

import dev.autogen.schema.CheckConstraint;
import dev.autogen.schema.Constraint;
import dev.autogen.schema.ImplicitBehavior;
import dev.autogen.schema.PrimaryKey;
import dev.autogen.schema.Schema;
import dev.autogen.schema.Table;
import dev.autogen.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What PostgreSQL does beyond the statement: it names every constraint created without a name
 * ({@link PostgresConstraintNames#named}), a {@code CREATE TABLE} keeps one index per key (a unique
 * constraint on the primary key's columns, or on an earlier one's, is folded into it, lending it its
 * name when it had none), and dropping a column drops the checks that use it.
 */
final class PostgresImplicitBehavior implements ImplicitBehavior {
    static final PostgresImplicitBehavior INSTANCE = new PostgresImplicitBehavior();

    private PostgresImplicitBehavior() {
    }

    @Override
    public Table stored(Optional<Table> before, Table after, Schema schema) {
        Table table = before.isEmpty() ? foldDuplicateKeys(after) : withoutChecksOnDroppedColumns(before.get(), after);
        return PostgresConstraintNames.named(table, schema);
    }

    @Override
    public boolean isImplicitName(Table table, Constraint constraint) {
        return constraint.name().isPresent() && PostgresConstraintNames.isDefaultName(table.name(), constraint,
                table.columnNames(), constraint.name().get());
    }

    /** A name longer than 63 bytes is cut, as PostgreSQL cuts every identifier it reads. */
    @Override
    public String storedName(String name) {
        return PostgresObjectNames.clipped(name);
    }

    /** transformIndexConstraints: the primary key first, then each unique constraint on other columns. */
    static Table foldDuplicateKeys(Table table) {
        Optional<PrimaryKey> key = table.primaryKey();
        List<UniqueConstraint> kept = new ArrayList<>();
        for (UniqueConstraint unique : table.uniqueConstraints()) {
            if (key.isPresent() && key.get().columns().equals(unique.columns())) {
                if (key.get().name().isEmpty()) {
                    key = Optional.of(key.get().withName(unique.name()));
                }
                continue;
            }
            int same = indexOfColumns(kept, unique.columns());
            if (same < 0) {
                kept.add(unique);
            } else if (kept.get(same).name().isEmpty()) {
                kept.set(same, kept.get(same).withName(unique.name()));
            }
        }
        return table.toBuilder().primaryKey(key).uniqueConstraints(kept).build();
    }

    private static int indexOfColumns(List<UniqueConstraint> uniques, List<String> columns) {
        for (int i = 0; i < uniques.size(); i++) {
            if (uniques.get(i).columns().equals(columns)) {
                return i;
            }
        }
        return -1;
    }

    private static Table withoutChecksOnDroppedColumns(Table before, Table after) {
        List<String> dropped = before.columnNames().stream().filter(c -> after.column(c).isEmpty()).toList();
        if (dropped.isEmpty()) {
            return after;
        }
        List<CheckConstraint> kept = after.checks().stream().filter(c -> {
            Set<String> used = PostgresConstraintNames.referencedColumns(c.condition(), before.columnNames());
            return dropped.stream().noneMatch(used::contains);
        }).toList();
        return after.toBuilder().checks(kept).build();
    }
}
