package dev.autogen.dialect.sqlite;

import dev.autogen.schema.ColumnType;
import dev.autogen.schema.Constraint;
import dev.autogen.schema.ImplicitBehavior;
import dev.autogen.schema.PrimaryKey;
import dev.autogen.schema.Schema;
import dev.autogen.schema.Table;
import dev.autogen.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What SQLite does beyond the statement. Each {@code CREATE TABLE} (and every rebuild writes one)
 * makes one automatic index per key: a unique constraint on the columns of an earlier one, or of a
 * primary key that is not the rowid, makes none and is gone. Those indexes are named
 * {@code sqlite_autoindex_<table>_<n>}, numbered in the order the keys are written, which is a
 * name a person reading {@code .indexes} may use for the constraint. Constraint names are only
 * those written: SQLite makes none up.
 */
final class SqliteImplicitBehavior implements ImplicitBehavior {
    static final SqliteImplicitBehavior INSTANCE = new SqliteImplicitBehavior();

    private SqliteImplicitBehavior() {
    }

    @Override
    public Table stored(Optional<Table> before, Table after, Schema schema) {
        List<List<String>> indexed = new ArrayList<>();
        after.primaryKey().filter(pk -> !isRowid(after, pk)).ifPresent(pk -> indexed.add(lower(pk.columns())));
        List<UniqueConstraint> kept = new ArrayList<>();
        for (UniqueConstraint unique : after.uniqueConstraints()) {
            if (!indexed.contains(lower(unique.columns()))) {
                indexed.add(lower(unique.columns()));
                kept.add(unique);
            }
        }
        return kept.size() == after.uniqueConstraints().size() ? after
                : after.toBuilder().uniqueConstraints(kept).build();
    }

    @Override
    public List<String> otherNames(Table table, Constraint constraint) {
        List<Constraint> keys = new ArrayList<>();
        table.primaryKey().filter(pk -> !isRowid(table, pk)).ifPresent(keys::add);
        keys.addAll(table.uniqueConstraints());
        int position = keys.indexOf(constraint);
        return position < 0 ? List.of() : List.of("sqlite_autoindex_" + table.name() + "_" + (position + 1));
    }

    /** The rowid needs no index: a sole INTEGER (or identity) key column is its alias. */
    private static boolean isRowid(Table table, PrimaryKey key) {
        return key.columns().size() == 1 && table.column(key.columns().get(0))
                .map(c -> c.identity() || SqliteNormalizer.type(c.type()).equals(new ColumnType.Int(32)))
                .orElse(false);
    }

    private static List<String> lower(List<String> columns) {
        return columns.stream().map(c -> c.toLowerCase(java.util.Locale.ROOT)).toList();
    }
}
