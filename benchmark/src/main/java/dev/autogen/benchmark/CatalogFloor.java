package dev.autogen.benchmark;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The floor reflection is held against: ONE catalog query returning every column, key, index and
 * constraint of the schema's tables, every value read as text, and nothing built from the rows.
 */
final class CatalogFloor {
    private static final String POSTGRES = """
            SELECT c.relname::text, 'column', a.attname::text, format_type(a.atttypid, a.atttypmod) || ' ' || a.attnotnull
                   || coalesce(' ' || pg_get_expr(d.adbin, d.adrelid), '') || ' ' || a.attidentity::text
            FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
            LEFT JOIN pg_attrdef d ON d.adrelid = c.oid AND d.adnum = a.attnum
            WHERE n.nspname = current_schema() AND c.relkind = 'r'
            UNION ALL
            SELECT c.relname::text, con.contype::text, con.conname::text, pg_get_constraintdef(con.oid)
            FROM pg_constraint con JOIN pg_class c ON c.oid = con.conrelid
            JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = current_schema() AND c.relkind = 'r'
            UNION ALL
            SELECT t.relname::text, 'index', i.relname::text, pg_get_indexdef(i.oid)
            FROM pg_index ix JOIN pg_class i ON i.oid = ix.indexrelid JOIN pg_class t ON t.oid = ix.indrelid
            JOIN pg_namespace n ON n.oid = t.relnamespace
            WHERE n.nspname = current_schema() AND t.relkind = 'r'
            """;

    private static final String SQLITE = """
            SELECT m.name, 'column', c.name, c.type || ' ' || c."notnull" || ' ' || coalesce(c.dflt_value, '') || ' ' || c.pk
            FROM sqlite_master m, pragma_table_xinfo(m.name) c WHERE m.type = 'table'
            UNION ALL
            SELECT m.name, 'index', il.name, il."unique" || ' ' || il.origin || ' ' || ii.name
            FROM sqlite_master m, pragma_index_list(m.name) il, pragma_index_info(il.name) ii WHERE m.type = 'table'
            UNION ALL
            SELECT m.name, 'foreign key', fk."table", fk."from" || ' ' || fk."to" || ' ' || fk.on_delete
            FROM sqlite_master m, pragma_foreign_key_list(m.name) fk WHERE m.type = 'table'
            UNION ALL
            SELECT name, 'definition', name, sql FROM sqlite_master WHERE type = 'table'
            """;

    private CatalogFloor() {
    }

    /** Milliseconds for one run of the query on an open connection; {@code rows} receives the row count. */
    static double measure(Connection connection, boolean postgres, int[] rows) throws SQLException {
        long start = System.nanoTime();
        int count = 0;
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(postgres ? POSTGRES : SQLITE)) {
            while (r.next()) {
                for (int i = 1; i <= 4; i++) {
                    r.getString(i);
                }
                count++;
            }
        }
        rows[0] = count;
        return (System.nanoTime() - start) / 1e6;
    }
}
