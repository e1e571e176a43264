package dev.autogen.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where a unique index and a unique constraint are one object (MySQL, MariaDB: both are a unique
 * key, and reflection reads every one as the constraint), a table's unique indexes are taken as the
 * unique constraints of the same name: the diff compares them so (it adds a missing one as a
 * constraint, which creates the same key, and never drops a key only to create it again as the
 * other kind), and the model of what a statement left holds them so, as reflection will. A unique
 * index with a {@code DESC} column stays an index: a constraint has no direction, and reflection
 * reads such a key as the index it is.
 */
public final class UniqueKeys {
    private UniqueKeys() {
    }

    /** {@code table} with each unique index as the unique constraint of its name. */
    public static Table asConstraints(Table table) {
        if (table.indexes().stream().noneMatch(UniqueKeys::isConstraint)) {
            return table;
        }
        List<UniqueConstraint> uniques = new ArrayList<>(table.uniqueConstraints());
        List<Index> indexes = new ArrayList<>();
        for (Index index : table.indexes()) {
            if (isConstraint(index)) {
                uniques.add(new UniqueConstraint(Optional.of(index.name()), index.columns()));
            } else {
                indexes.add(index);
            }
        }
        return table.toBuilder().uniqueConstraints(uniques).indexes(indexes).build();
    }

    /** A unique index whose columns all sort ascending: one thing with the unique constraint. */
    public static boolean isConstraint(Index index) {
        return index.unique() && index.descending().isEmpty();
    }
}
