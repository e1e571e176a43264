package dev.autogen.diff;

import static dev.autogen.diff.Fixtures.check;
import static dev.autogen.diff.Fixtures.index;
import static dev.autogen.diff.Fixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.ops.Op;
import dev.autogen.schema.Schema;
import dev.autogen.schema.Table;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The same schemas give the same ops in the same order, whatever order constraints were read in. */
class SchemaDiffDeterminismTest {

    /** Both sides carry several constraints and indexes per table, so their order can vary. */
    static Schema crowded(Schema schema) {
        return Fixtures.change(Fixtures.change(schema, "books", b -> b
                .uniqueConstraint(unique("uk_books_title_status", "title", "status"))
                .index(index("ix_books_status", "status"))
                .check(check(null, "length(title) > 0"))), "authors", b -> b
                .index(index("ix_authors_name", "name"))
                .check(check("ck_authors_name", "name <> ''")));
    }

    static Schema shuffled(Schema schema, Random random) {
        List<Table> tables = new ArrayList<>();
        for (Table t : schema.tables()) {
            tables.add(t.toBuilder()
                    .uniqueConstraints(shuffle(t.uniqueConstraints(), random))
                    .indexes(shuffle(t.indexes(), random))
                    .foreignKeys(shuffle(t.foreignKeys(), random))
                    .checks(shuffle(t.checks(), random))
                    .build());
        }
        List<Table> reversed = new ArrayList<>(tables);
        Collections.reverse(reversed);
        return new Schema(reversed, shuffle(schema.sequences(), random));
    }

    private static <T> List<T> shuffle(List<T> items, Random random) {
        List<T> copy = new ArrayList<>(items);
        Collections.shuffle(copy, random);
        return copy;
    }

    @Test
    void constraintOrderInTheInputDoesNotChangeTheOps() {
        Schema target = SchemaDiffRoundTripTest.evolved();
        Schema actual = crowded(Fixtures.library());
        List<Op> expected = SchemaDiff.compare(target, actual, TestDialect.identity());
        Random random = new Random(7);

        assertThat(expected).hasSizeGreaterThan(10);
        for (int round = 0; round < 20; round++) {
            List<Op> again = SchemaDiff.compare(shuffled(target, random), shuffled(actual, random),
                    TestDialect.identity());
            assertThat(again).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void tablesAndTheirChangesComeOutByNameWithinAPhase() {
        Schema target = Fixtures.change(Fixtures.change(Fixtures.library(), "books",
                b -> b.index(index("ix_books_status", "status"))), "authors",
                b -> b.index(index("ix_authors_name", "name")));

        List<Op> ops = SchemaDiff.compare(target, Fixtures.library(), TestDialect.identity());

        assertThat(ops).extracting(Op::describe).containsExactly(
                "added index ix_authors_name on authors(name)",
                "added index ix_books_status on books(status)");
    }
}
