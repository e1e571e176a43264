package dev.autogen.ops;

import dev.autogen.schema.CheckConstraint;
import dev.autogen.schema.Constraint;
import dev.autogen.schema.ForeignKey;
import dev.autogen.schema.PrimaryKey;
import dev.autogen.schema.UniqueConstraint;

/** Constraints in the words a reviewer reads. */
final class ConstraintWords {
    private ConstraintWords() {
    }

    static String of(Constraint constraint) {
        String name = constraint.name().map(n -> " " + n).orElse("");
        if (constraint instanceof PrimaryKey pk) {
            return "primary key" + name + " (" + String.join(", ", pk.columns()) + ")";
        } else if (constraint instanceof UniqueConstraint uq) {
            return "unique constraint" + name + " (" + String.join(", ", uq.columns()) + ")";
        } else if (constraint instanceof ForeignKey fk) {
            return "foreign key" + name + " (" + String.join(", ", fk.columns()) + ") -> "
                    + fk.referencedTable() + "(" + String.join(", ", fk.referencedColumns()) + ")"
                    + " on delete " + fk.onDelete().sql().toLowerCase(java.util.Locale.ROOT);
        }
        CheckConstraint ck = (CheckConstraint) constraint;
        return "check constraint" + name + " (" + ck.condition() + ")";
    }
}
