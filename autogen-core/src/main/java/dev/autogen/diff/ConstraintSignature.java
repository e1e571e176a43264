package dev.autogen.diff;

import dev.autogen.schema.CheckConstraint;
import dev.autogen.schema.Constraint;
import dev.autogen.schema.ForeignKey;
import dev.autogen.schema.Index;
import dev.autogen.schema.PrimaryKey;
import dev.autogen.schema.ReferentialAction;
import dev.autogen.schema.UniqueConstraint;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What a constraint or index means, without its name: two with equal signatures are the same thing
 * even when the database or Hibernate generated different names for them. Built from the
 * dialect-normalized form, so that a check condition the database rewrote still matches.
 *
 * <p>The kind is part of the signature: a unique constraint and a unique index on the same columns
 * are different objects to the database (each is dropped its own way), so neither stands in for
 * the other.
 */
public record ConstraintSignature(
        Kind kind,
        List<String> columns,
        String referencedTable,
        List<String> referencedColumns,
        Optional<ReferentialAction> onDelete,
        String condition) implements Comparable<ConstraintSignature> {

    public enum Kind { PRIMARY_KEY, UNIQUE_CONSTRAINT, UNIQUE_INDEX, INDEX, FOREIGN_KEY, CHECK }

    private static final Comparator<ConstraintSignature> ORDER = Comparator
            .comparing(ConstraintSignature::kind)
            .thenComparing(s -> String.join(",", s.columns()))
            .thenComparing(ConstraintSignature::referencedTable)
            .thenComparing(s -> String.join(",", s.referencedColumns()))
            .thenComparing(s -> s.onDelete().map(Enum::ordinal).orElse(-1))
            .thenComparing(ConstraintSignature::condition);

    public ConstraintSignature {
        columns = List.copyOf(columns);
        referencedColumns = List.copyOf(referencedColumns);
    }

    public static ConstraintSignature of(Constraint constraint) {
        if (constraint instanceof PrimaryKey pk) {
            return columnsOnly(Kind.PRIMARY_KEY, pk.columns());
        } else if (constraint instanceof UniqueConstraint unique) {
            return columnsOnly(Kind.UNIQUE_CONSTRAINT, unique.columns());
        } else if (constraint instanceof ForeignKey fk) {
            return new ConstraintSignature(Kind.FOREIGN_KEY, fk.columns(), fk.referencedTable(),
                    fk.referencedColumns(), Optional.of(fk.onDelete()), "");
        }
        CheckConstraint check = (CheckConstraint) constraint;
        return new ConstraintSignature(Kind.CHECK, List.of(), "", List.of(), Optional.empty(), check.condition());
    }

    public static ConstraintSignature of(Index index) {
        // A column's direction is part of what the index means: "score DESC" is not "score".
        return columnsOnly(index.unique() ? Kind.UNIQUE_INDEX : Kind.INDEX, index.columnSpecs());
    }

    @Override
    public int compareTo(ConstraintSignature other) {
        return ORDER.compare(this, other);
    }

    private static ConstraintSignature columnsOnly(Kind kind, List<String> columns) {
        return new ConstraintSignature(kind, columns, "", List.of(), Optional.empty(), "");
    }
}
