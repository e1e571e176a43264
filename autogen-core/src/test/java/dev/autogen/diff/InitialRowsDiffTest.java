package dev.autogen.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.ops.BulkInsert;
import dev.autogen.ops.CreateTable;
import dev.autogen.schema.Column;
import dev.autogen.schema.ColumnType;
import dev.autogen.schema.Schema;
import dev.autogen.schema.Table;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A table that must start with rows (an emulated sequence) is created, then given its rows. */
class InitialRowsDiffTest {
    private static final Table BARE = Table.builder("thing_seq")
            .column(Column.builder("next_val", new ColumnType.Int(64)).build()).build();
    private static final Table WITH_ROW = BARE.toBuilder().initialRow(Map.of("next_val", 5L)).build();

    @Test
    void aNewTableIsCreatedThenGivenItsRows() {
        assertThat(SchemaDiff.compare(schema(WITH_ROW), Schema.EMPTY, TestDialect.identity()))
                .containsExactly(new CreateTable(BARE), new BulkInsert("thing_seq", List.of(Map.of("next_val", 5L))));
    }

    @Test
    void rowsOfAnExistingTableAreNeverCompared() {
        // The generator moves next_val on as it hands out ids; the database never holds the first row.
        assertThat(SchemaDiff.compare(schema(WITH_ROW), schema(BARE), TestDialect.identity())).isEmpty();
    }

    private static Schema schema(Table table) {
        return new Schema(List.of(table), List.of());
    }
}
