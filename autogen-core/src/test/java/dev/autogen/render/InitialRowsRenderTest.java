package dev.autogen.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.ops.BulkInsert;
import dev.autogen.ops.CreateTable;
import dev.autogen.ops.MigrationPlan;
import dev.autogen.schema.Column;
import dev.autogen.schema.ColumnType;
import dev.autogen.schema.Table;
import dev.autogen.revision.RevisionInfo;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The first row of a new sequence table: inserted by upgrade(), gone with the table in downgrade(). */
class InitialRowsRenderTest {

    @Test
    void theDowngradeDropsTheTableAndNeedsNoUndoForItsRows() {
        Table sequence = Table.builder("thing_seq")
                .column(Column.builder("next_val", new ColumnType.Int(64)).build()).build();
        MigrationPlan plan = new MigrationPlan(List.of(new CreateTable(sequence),
                new BulkInsert("thing_seq", List.of(Map.of("next_val", 5L)))));
        RevisionInfo revision = new RevisionInfo("1975ea83b712", List.of(), "ids", "2026-11-22T01:48:12Z", List.of());

        String source = MigrationRenderer.render(revision, "m", plan).source();

        String downgrade = source.substring(source.indexOf("public void downgrade"));
        assertThat(downgrade).contains("op.dropTable(\"thing_seq\"").doesNotContain("TODO").doesNotContain("bulkInsert");
        assertThat(source).contains("op.bulkInsert(\"thing_seq\"", "Map.of(\"next_val\", 5L)")
                .contains("- inserted 1 row(s) into thing_seq").doesNotContain("NOT REVERSIBLE");
    }
}
