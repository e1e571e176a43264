package dev.autogen.diff;

import dev.autogen.schema.Constraint;
import dev.autogen.schema.ForeignKey;
import dev.autogen.schema.Index;
import dev.autogen.schema.PrimaryKey;
import dev.autogen.schema.UniqueConstraint;
import java.util.Optional;
import java.util.Set;

/**
 * A key a foreign key can reference: a table and a set of its columns, covered by a primary key, a
 * unique constraint or a unique index. Databases match a foreign key to such a key by column set,
 * so column order does not count here.
 */
record ReferencedKey(String table, Set<String> columns) {
    ReferencedKey {
        columns = Set.copyOf(columns);
    }

    static ReferencedKey referencedBy(ForeignKey fk) {
        return new ReferencedKey(fk.referencedTable(), Set.copyOf(fk.referencedColumns()));
    }

    /** The key a primary key or unique constraint provides; none for other constraints. */
    static Optional<ReferencedKey> of(String table, Constraint constraint) {
        if (constraint instanceof PrimaryKey pk) {
            return Optional.of(new ReferencedKey(table, Set.copyOf(pk.columns())));
        } else if (constraint instanceof UniqueConstraint unique) {
            return Optional.of(new ReferencedKey(table, Set.copyOf(unique.columns())));
        }
        return Optional.empty();
    }

    /** The key a unique index provides; none for a plain index. */
    static Optional<ReferencedKey> of(String table, Index index) {
        return index.unique() ? Optional.of(new ReferencedKey(table, Set.copyOf(index.columns()))) : Optional.empty();
    }
}
