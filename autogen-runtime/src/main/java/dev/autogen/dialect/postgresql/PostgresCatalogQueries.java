package dev.autogen.dialect.postgresql;

import java.util.List;

/**
 * The pg_catalog queries reflection runs, one per kind of object and each for the current schema
 * and every other configured schema together ({@link #forSchemas}), so the number of round trips
 * grows neither with the number of tables nor with the number of schemas. A name outside the
 * current schema comes back qualified ({@code billing.invoices}). Only ordinary and
 * partitioned tables count; partitions belong to their parent.
 */
final class PostgresCatalogQueries {
    /** Comments come from a join to pg_description: obj_description() per row is a lookup per table. */
    static final String TABLES = """
            SELECT %2$s AS table_name, ds.description AS table_comment
            FROM pg_class c
            JOIN pg_namespace n ON n.oid = c.relnamespace
            LEFT JOIN pg_description ds ON ds.objoid = c.oid AND ds.classoid = 'pg_class'::regclass AND ds.objsubid = 0
            WHERE n.nspname IN (%1$s) AND c.relkind IN ('r', 'p') AND NOT c.relispartition
            ORDER BY 1
            """;

    /**
     * Identity columns have no pg_attrdef row; attidentity says 'a' (always) or 'd' (by default).
     * Comments are joined, as for tables: col_description() per column more than doubles the time.
     */
    static final String COLUMNS = """
            SELECT %2$s AS table_name, a.attname AS column_name,
                   format_type(a.atttypid, a.atttypmod) AS column_type, a.attnotnull AS not_null,
                   pg_get_expr(d.adbin, d.adrelid) AS default_value, a.attidentity <> '' AS is_identity,
                   a.attgenerated <> '' AS is_generated, ds.description AS column_comment
            FROM pg_class c
            JOIN pg_namespace n ON n.oid = c.relnamespace
            JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
            LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
            LEFT JOIN pg_description ds ON ds.objoid = c.oid AND ds.classoid = 'pg_class'::regclass
                 AND ds.objsubid = a.attnum
            WHERE n.nspname IN (%1$s) AND c.relkind IN ('r', 'p') AND NOT c.relispartition
            ORDER BY 1, a.attnum
            """;

    /**
     * Primary key, unique, foreign key and check constraints, one row per key column in key order
     * (a check without columns has one row of nulls): {@code unnest(conkey, confkey)} pairs each
     * column with the one it references, and plain joins name them, where one array subquery per
     * constraint costs three times as much. pg_get_expr(conbin) is the condition pg_get_constraintdef
     * prints inside CHECK (...), without the wrapper or a NOT VALID to strip.
     */
    static final String CONSTRAINTS = """
            SELECT %2$s AS table_name, con.conname AS constraint_name, con.contype AS kind,
                   a.attname AS column_name, %4$s AS referenced_table, fa.attname AS referenced_column,
                   con.confdeltype AS on_delete,
                   CASE WHEN con.contype = 'c' THEN pg_get_expr(con.conbin, con.conrelid) END AS check_condition
            FROM pg_constraint con
            JOIN pg_class c ON c.oid = con.conrelid
            JOIN pg_namespace n ON n.oid = c.relnamespace
            LEFT JOIN pg_class ref ON ref.oid = con.confrelid
            LEFT JOIN pg_namespace rn ON rn.oid = ref.relnamespace
            LEFT JOIN LATERAL unnest(con.conkey, con.confkey) WITH ORDINALITY AS k(attnum, ref_attnum, ord) ON true
            LEFT JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum
            LEFT JOIN pg_attribute fa ON fa.attrelid = con.confrelid AND fa.attnum = k.ref_attnum
            WHERE n.nspname IN (%1$s) AND c.relkind IN ('r', 'p') AND NOT c.relispartition
              AND con.contype IN ('p', 'u', 'f', 'c')
            ORDER BY 1, con.conname, k.ord
            """;

    /**
     * Indexes of their own: not the ones backing a primary key, unique or exclusion constraint.
     * Expression and partial indexes are skipped: an Index is a list of columns, which cannot
     * describe them. INCLUDE columns (past indnkeyatts) are not key columns.
     */
    static final String INDEXES = """
            SELECT %3$s AS table_name, i.relname AS index_name, ix.indisunique AS is_unique,
                   ARRAY(SELECT a.attname FROM unnest(ix.indkey::int2[]) WITH ORDINALITY AS k(attnum, ord)
                         JOIN pg_attribute a ON a.attrelid = ix.indrelid AND a.attnum = k.attnum
                         WHERE k.ord <= ix.indnkeyatts
                         ORDER BY k.ord) AS columns,
                   ARRAY(SELECT a.attname FROM unnest(ix.indkey::int2[], ix.indoption::int2[])
                                     WITH ORDINALITY AS k(attnum, opt, ord)
                         JOIN pg_attribute a ON a.attrelid = ix.indrelid AND a.attnum = k.attnum
                         WHERE k.ord <= ix.indnkeyatts AND (k.opt & 1) = 1
                         ORDER BY k.ord) AS descending
            FROM pg_index ix
            JOIN pg_class i ON i.oid = ix.indexrelid
            JOIN pg_class t ON t.oid = ix.indrelid
            JOIN pg_namespace n ON n.oid = t.relnamespace
            WHERE n.nspname IN (%1$s) AND t.relkind IN ('r', 'p') AND NOT t.relispartition
              AND ix.indexprs IS NULL AND ix.indpred IS NULL
              AND NOT EXISTS (SELECT 1 FROM pg_constraint con
                              WHERE con.conindid = ix.indexrelid AND con.conrelid = ix.indrelid
                                AND con.contype IN ('p', 'u', 'x'))
            ORDER BY 1, i.relname
            """;

    /**
     * Sequences of their own: not those an identity column (deptype 'i') or a serial column
     * (deptype 'a', owned by the column) draws from, which belong to their column.
     */
    static final String SEQUENCES = """
            SELECT %2$s AS sequence_name, s.seqstart AS start_value, s.seqincrement AS increment_by
            FROM pg_sequence s
            JOIN pg_class c ON c.oid = s.seqrelid
            JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname IN (%1$s)
              AND NOT EXISTS (SELECT 1 FROM pg_depend d
                              WHERE d.classid = 'pg_class'::regclass AND d.objid = s.seqrelid
                                AND d.refclassid = 'pg_class'::regclass AND d.refobjsubid > 0
                                AND d.deptype IN ('a', 'i'))
            ORDER BY 1
            """;

    private PostgresCatalogQueries() {
    }

    /** {@code query} for the current schema and {@code schemas}, names qualified outside the current one. */
    static String forSchemas(String query, List<String> schemas) {
        StringBuilder list = new StringBuilder("current_schema()");
        schemas.forEach(schema -> list.append(", ").append(PostgresLiterals.string(schema)));
        return query.formatted(list, qualified("n", "c"), qualified("n", "t"), qualified("rn", "ref"));
    }

    private static String qualified(String namespace, String relation) {
        return "CASE WHEN " + namespace + ".nspname = current_schema() THEN " + relation + ".relname ELSE "
                + namespace + ".nspname || '.' || " + relation + ".relname END";
    }
}
