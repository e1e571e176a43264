package dev.autogen.diff;

import dev.autogen.schema.Index;
import dev.autogen.schema.Table;
import dev.autogen.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where a unique index and a unique constraint are one object (MySQL, MariaDB: both are a unique
 * key, and reflection reads every one as the constraint), a table's unique indexes are compared
 * as the unique constraints of the same name. The diff then adds a missing one as a constraint,
 * which creates the same key, and never drops a key only to create it again as the other kind.
 */
final class UniqueKeys {
    private UniqueKeys() {
    }

    static Table asConstraints(Table table) {
        if (table.indexes().stream().noneMatch(Index::unique)) {
            return table;
        }
        List<UniqueConstraint> uniques = new ArrayList<>(table.uniqueConstraints());
        List<Index> indexes = new ArrayList<>();
        for (Index index : table.indexes()) {
            if (index.unique()) {
                uniques.add(new UniqueConstraint(Optional.of(index.name()), index.columns()));
            } else {
                indexes.add(index);
            }
        }
        return table.toBuilder().uniqueConstraints(uniques).indexes(indexes).build();
    }
}
