package dev.autogen.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.schema.Column;
import dev.autogen.schema.ColumnType;
import dev.autogen.schema.PrimaryKey;
import dev.autogen.schema.Table;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A created table lists its key first, as a person writes it, whatever order Hibernate chose. */
class CreatedTableColumnOrderTest {

    @Test
    void primaryKeyColumnsComeFirstAndTheRestKeepTheirOrder() {
        Table hibernateOrder = Table.builder("books")
                .column(Column.builder("price", new ColumnType.Numeric(10, 2)).build())
                .column(Column.builder("tenant", new ColumnType.Int(32)).nullable(false).build())
                .column(Column.builder("author", new ColumnType.Varchar(255)).build())
                .column(Column.builder("id", new ColumnType.Int(64)).nullable(false).build())
                .primaryKey(PrimaryKey.of("tenant", "id"))
                .build();

        Table written = SchemaDiff.keyColumnsFirst(hibernateOrder);

        assertThat(written.columnNames()).containsExactly("tenant", "id", "price", "author");
        assertThat(written.primaryKey()).isEqualTo(hibernateOrder.primaryKey());
    }

    @Test
    void aTableWithoutKeyIsUnchanged() {
        Table noKey = Table.builder("log")
                .column(Column.builder("b", new ColumnType.Text()).build())
                .column(Column.builder("a", new ColumnType.Text()).build())
                .build();
        assertThat(SchemaDiff.keyColumnsFirst(noKey)).isEqualTo(noKey);
        assertThat(SchemaDiff.keyColumnsFirst(noKey).columnNames()).isEqualTo(List.of("b", "a"));
    }
}
