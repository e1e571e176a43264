package dev.autogen.dialect.sql;

import dev.autogen.schema.CheckConstraint;
import dev.autogen.schema.Constraint;
import dev.autogen.schema.ForeignKey;
import dev.autogen.schema.PrimaryKey;
import dev.autogen.schema.Schema;
import dev.autogen.schema.UniqueConstraint;
import java.util.Optional;
import java.util.function.BiPredicate;

/**
 * Finds, in the schema a migration starts from, the name of the constraint an op describes
 * without one: databases drop constraints by name, and an unnamed constraint got one from the
 * database when it was made.
 */
public final class ExistingConstraints {
    private ExistingConstraints() {
    }

    /**
     * The name of the named constraint of {@code table} in {@code before} with the shape of
     * {@code wanted}: the primary key; a unique key or foreign key on the same columns (and
     * referenced table); a check whose condition {@code sameCheck} judges equal.
     */
    public static Optional<String> nameOf(String table, Constraint wanted, Schema before,
            BiPredicate<String, String> sameCheck) {
        return before.table(table).flatMap(t -> t.constraints().stream()
                .filter(c -> c.name().isPresent() && sameShape(c, wanted, sameCheck))
                .map(c -> c.name().get()).findFirst());
    }

    private static boolean sameShape(Constraint existing, Constraint wanted, BiPredicate<String, String> sameCheck) {
        if (existing instanceof PrimaryKey && wanted instanceof PrimaryKey) {
            return true;
        } else if (existing instanceof UniqueConstraint a && wanted instanceof UniqueConstraint b) {
            return a.columns().equals(b.columns());
        } else if (existing instanceof ForeignKey a && wanted instanceof ForeignKey b) {
            return a.columns().equals(b.columns()) && a.referencedTable().equals(b.referencedTable());
        } else if (existing instanceof CheckConstraint a && wanted instanceof CheckConstraint b) {
            return sameCheck.test(a.condition(), b.condition());
        }
        return false;
    }
}
