package dev.autogen.oracle;

import dev.autogen.schema.Column;
import dev.autogen.schema.ColumnType;
import dev.autogen.schema.Index;
import dev.autogen.schema.PrimaryKey;
import dev.autogen.schema.Schema;
import dev.autogen.schema.Table;
import dev.autogen.testing.TestDatabase;
import java.util.ArrayList;
import java.util.List;

/**
 * What one database refuses of a random model that the others take, so that the generator only
 * makes models the database can hold; a model the database takes is never narrowed. MariaDB (InnoDB,
 * utf8mb4) refuses a name over 64 characters, where PostgreSQL cuts it to 63 bytes, refuses a key
 * over 3,072 bytes (4 bytes a character: a {@code varchar(255)} takes 1,020), prefixes a lone
 * text or blob column of a plain index to fit (so with another column it no longer fits), and
 * takes no text or blob column in a primary key. A unique key of any length is a hash there.
 *
 * @param maxNameChars the longest name the database takes, 0 for no limit
 * @param maxKeyBytes the widest key of a plain index or primary key, 0 for no limit
 */
record SchemaLimits(int maxNameChars, int maxKeyBytes) {
    static final SchemaLimits NONE = new SchemaLimits(0, 0);
    static final SchemaLimits MARIADB = new SchemaLimits(64, 3072);
    private static final int CHAR_BYTES = 4;

    static SchemaLimits of(TestDatabase db) {
        return db.isMariaDb() ? MARIADB : NONE;
    }

    /** {@code name} cut to the longest the database takes (the long names differ early, so they stay apart). */
    String name(String name) {
        return maxNameChars > 0 && name.length() > maxNameChars ? name.substring(0, maxNameChars) : name;
    }

    List<String> names(List<String> names) {
        return names.stream().map(this::name).toList();
    }

    /**
     * {@code schema} with each plain index and primary key the database cannot hold narrowed: an
     * index too wide keeps its first column, a primary key loses its text and blob columns (id stays).
     */
    Schema fit(Schema schema) {
        if (maxKeyBytes == 0) {
            return schema;
        }
        List<Table> tables = new ArrayList<>();
        for (Table table : schema.tables()) {
            tables.add(fit(table));
        }
        return new Schema(tables, schema.sequences());
    }

    private Table fit(Table table) {
        Table.Builder b = table.toBuilder();
        b.indexes(table.indexes().stream().map(i -> i.unique() || keyBytes(table, i.columns()) <= maxKeyBytes ? i
                : new Index(i.name(), i.columns().subList(0, 1), false,
                        i.descending().stream().filter(c -> c.equals(i.columns().get(0))).toList())).toList());
        b.primaryKey(table.primaryKey().map(pk -> {
            List<String> keyable = pk.columns().stream()
                    .filter(c -> !unbounded(table.column(c).map(Column::type).orElseThrow())).toList();
            return keyable.size() == pk.columns().size() ? pk : new PrimaryKey(pk.name(), keyable);
        }));
        return b.build();
    }

    private int keyBytes(Table table, List<String> columns) {
        int bytes = 0;
        for (String column : columns) {
            ColumnType type = table.column(column).map(Column::type).orElseThrow();
            if (unbounded(type)) {
                bytes += maxKeyBytes; // the prefix the server takes of a lone one
            } else if (type instanceof ColumnType.Varchar v) {
                bytes += CHAR_BYTES * v.length();
            } else if (type instanceof ColumnType.Char c) {
                bytes += CHAR_BYTES * c.length();
            } else {
                bytes += 16; // numbers, times, booleans and uuids take at most 16
            }
        }
        return bytes;
    }

    private static boolean unbounded(ColumnType type) {
        return type instanceof ColumnType.Text || type instanceof ColumnType.Blob;
    }
}
