package dev.autogen.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.autogen.schema.Column;
import dev.autogen.schema.ColumnType;
import dev.autogen.schema.Table;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MigrationPlanTest {
    private static final Table SEQUENCE_TABLE = Table.builder("thing_seq")
            .column(Column.builder("next_val", new ColumnType.Int(64)).build()).build();
    private static final BulkInsert FIRST_VALUE = new BulkInsert("thing_seq", List.of(Map.of("next_val", 1L)));

    @Test
    void rowsInsertedIntoATableThePlanCreatesGoWithTheTable() {
        MigrationPlan plan = new MigrationPlan(List.of(new CreateTable(SEQUENCE_TABLE), FIRST_VALUE));

        assertThat(plan.isUndoneWithItsTable(FIRST_VALUE)).isTrue();
        assertThat(plan.downgrade()).containsExactly(new DropTable(SEQUENCE_TABLE));
    }

    @Test
    void rowsInsertedIntoAnExistingTableCannotBeUndone() {
        MigrationPlan plan = new MigrationPlan(List.of(FIRST_VALUE));

        assertThat(plan.isUndoneWithItsTable(FIRST_VALUE)).isFalse();
        assertThatThrownBy(plan::downgrade).isInstanceOf(IrreversibleOperationException.class);
    }

    @Test
    void theDowngradeReversesEachOpLastFirst() {
        AddColumn add = new AddColumn("thing_seq", Column.builder("note", new ColumnType.Text()).build());
        MigrationPlan plan = new MigrationPlan(List.of(new CreateTable(SEQUENCE_TABLE), add));

        assertThat(plan.downgrade()).containsExactly(add.reverse(), new DropTable(SEQUENCE_TABLE));
    }
}
