package dev.autogen.oracle;

import dev.autogen.schema.Schema;
import dev.autogen.schema.Table;
import java.util.ArrayList;
import java.util.List;

/** Small edits of a schema model for the random changes. */
final class Tables {
    private Tables() {
    }

    static Schema replace(Schema schema, Table table) {
        List<Table> tables = new ArrayList<>(schema.tables());
        tables.replaceAll(t -> t.name().equals(table.name()) ? table : t);
        return new Schema(tables, schema.sequences());
    }

    static Schema add(Schema schema, Table table) {
        List<Table> tables = new ArrayList<>(schema.tables());
        tables.add(table);
        return new Schema(tables, schema.sequences());
    }

    /** Whether any foreign key of the schema references {@code table}. */
    static boolean isReferenced(Schema schema, String table) {
        return schema.tables().stream().flatMap(t -> t.foreignKeys().stream())
                .anyMatch(fk -> fk.referencedTable().equals(table));
    }
}
