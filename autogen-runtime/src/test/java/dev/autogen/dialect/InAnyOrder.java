package dev.autogen.dialect;

import dev.autogen.schema.CheckConstraint;
import dev.autogen.schema.ForeignKey;
import dev.autogen.schema.Index;
import dev.autogen.schema.Table;
import dev.autogen.schema.UniqueConstraint;
import java.util.Comparator;

/**
 * A table with its constraint and index lists sorted. A normal form keeps each list in the order
 * given (the diff pairs elements with their normal forms by position), and the order in which a
 * database reports constraints means nothing, so tests that compare whole tables sort them first.
 */
public final class InAnyOrder {
    private InAnyOrder() {
    }

    public static Table of(Table table) {
        return table.toBuilder()
                .uniqueConstraints(table.uniqueConstraints().stream()
                        .sorted(Comparator.comparing(UniqueConstraint::toString)).toList())
                .indexes(table.indexes().stream().sorted(Comparator.comparing(Index::toString)).toList())
                .foreignKeys(table.foreignKeys().stream().sorted(Comparator.comparing(ForeignKey::toString)).toList())
                .checks(table.checks().stream().sorted(Comparator.comparing(CheckConstraint::toString)).toList())
                .build();
    }
}
