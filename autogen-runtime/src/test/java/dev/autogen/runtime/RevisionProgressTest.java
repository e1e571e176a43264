package dev.autogen.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * How far a revision got, told in statements and in whole operations: only an operation all of
 * whose statements ran can be reverted by its recorded reverse.
 */
class RevisionProgressTest {
    /** Three ops: one statement, two statements (a column's foreign key, then the column), one statement. */
    private static final List<PlannedOp> OPS = List.of(
            new PlannedOp(List.of("CREATE TABLE ledger (id bigint)"), Optional.of(List.of("DROP TABLE ledger"))),
            new PlannedOp(List.of("ALTER TABLE books DROP FOREIGN KEY fk_books_author",
                    "ALTER TABLE books DROP COLUMN author_id"), Optional.of(List.of("ALTER TABLE books ADD author_id"
                            + " bigint", "ALTER TABLE books ADD CONSTRAINT fk_books_author FOREIGN KEY (author_id)"
                            + " REFERENCES authors (id)"))),
            new PlannedOp(List.of("INSERT INTO ledger (id) VALUES (1)"), Optional.empty()));

    @Test
    void statementsAreNumberedAcrossOperations() {
        RevisionProgress progress = new RevisionProgress("a1", Direction.UPGRADE, "ops:x", OPS, 0);
        assertThat(progress.total()).isEqualTo(4);
        assertThat(progress.statements().get(2)).isEqualTo("ALTER TABLE books DROP COLUMN author_id");
        assertThat(progress.describe()).isEqualTo("a1 (partially applied: 0 of 4 statements)");
        assertThat(progress.ran(3).describe()).isEqualTo("a1 (partially applied: 3 of 4 statements)");
        assertThat(new RevisionProgress("a1", Direction.DOWNGRADE, "ops:x", OPS, 1).describe())
                .isEqualTo("a1 (partially reverted: 1 of 4 statements)");
    }

    @Test
    void anOperationCountsAsRunOnlyWhenAllItsStatementsRan() {
        RevisionProgress progress = new RevisionProgress("a1", Direction.UPGRADE, "ops:x", OPS, 0);
        assertThat(progress.completeOps()).isEmpty();
        assertThat(progress.ran(1).completeOps()).containsExactly(OPS.get(0));
        assertThat(progress.ran(1).statementsOfPartOp()).isZero();
        // The foreign key dropped, the column not yet: the second op ran in part.
        assertThat(progress.ran(2).completeOps()).containsExactly(OPS.get(0));
        assertThat(progress.ran(2).statementsOfPartOp()).isEqualTo(1);
        assertThat(progress.ran(3).completeOps()).containsExactly(OPS.get(0), OPS.get(1));
        assertThat(progress.ran(4).completeOps()).isEqualTo(OPS);
    }

    @Test
    void moreStatementsRanThanThereAreIsRefused() {
        assertThatThrownBy(() -> new RevisionProgress("a1", Direction.UPGRADE, "ops:x", OPS, 5))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
