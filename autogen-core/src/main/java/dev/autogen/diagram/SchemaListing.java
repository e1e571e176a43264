package dev.autogen.diagram;

import dev.autogen.ops.TypeWords;
import dev.autogen.schema.Column;
import dev.autogen.schema.ForeignKey;
import dev.autogen.schema.Index;
import dev.autogen.schema.Schema;
import dev.autogen.schema.Table;

/** Tables as plain lines for a terminal: each column with its type, and the table's keys and indexes. */
public final class SchemaListing {
    private SchemaListing() {
    }

    public static String render(Schema schema) {
        StringBuilder out = new StringBuilder();
        for (Table table : schema.tables()) {
            out.append(table.name()).append('\n');
            for (Column column : table.columns()) {
                out.append("  ").append(column.name()).append(' ').append(TypeWords.of(column.type()))
                        .append(column.nullable() ? "" : " not null")
                        .append(column.defaultValue().map(d -> " default " + d).orElse(""))
                        .append(column.identity() ? " identity" : "").append('\n');
            }
            table.primaryKey().ifPresent(pk -> out.append("  primary key (").append(String.join(", ", pk.columns()))
                    .append(")\n"));
            table.uniqueConstraints().forEach(u -> out.append("  unique (").append(String.join(", ", u.columns()))
                    .append(")\n"));
            for (ForeignKey fk : table.foreignKeys()) {
                out.append("  foreign key (").append(String.join(", ", fk.columns())).append(") references ")
                        .append(fk.referencedTable()).append(" (").append(String.join(", ", fk.referencedColumns()))
                        .append(")\n");
            }
            for (Index index : table.indexes()) {
                out.append("  ").append(index.unique() ? "unique index " : "index ").append(index.name()).append(" (")
                        .append(String.join(", ", index.columns())).append(")\n");
            }
        }
        schema.sequences().forEach(s -> out.append("sequence ").append(s.name()).append('\n'));
        return out.toString();
    }
}
