package dev.autogen.dialect.mysql;

import java.util.List;

/**
 * The information_schema queries reflection runs, one per kind of object and each for the current
 * database and every other configured one together ({@link #forSchemas}), so the number of round
 * trips grows neither with the number of tables nor with the number of databases. A name outside
 * the current database comes back qualified ({@code billing.invoices}).
 */
final class MysqlCatalogQueries {
    /** Base tables and, on MariaDB, sequences, which information_schema lists among the tables. */
    static final String TABLES = """
            SELECT CASE WHEN TABLE_SCHEMA = DATABASE() THEN TABLE_NAME
                        ELSE CONCAT(TABLE_SCHEMA, '.', TABLE_NAME) END AS table_name,
                   TABLE_TYPE AS table_type, TABLE_COMMENT AS table_comment
            FROM information_schema.TABLES
            WHERE TABLE_SCHEMA IN (%1$s) AND TABLE_TYPE IN ('BASE TABLE', 'SEQUENCE')
            ORDER BY 1
            """;

    /**
     * COLUMN_DEFAULT is SQL on MariaDB ({@code 'text'}, {@code current_timestamp()}, {@code NULL});
     * on MySQL a literal is bare text and EXTRA says DEFAULT_GENERATED for an expression.
     */
    static final String COLUMNS = """
            SELECT CASE WHEN TABLE_SCHEMA = DATABASE() THEN TABLE_NAME
                        ELSE CONCAT(TABLE_SCHEMA, '.', TABLE_NAME) END AS table_name,
                   COLUMN_NAME AS column_name, COLUMN_TYPE AS column_type,
                   IS_NULLABLE AS is_nullable, COLUMN_DEFAULT AS column_default, EXTRA AS extra,
                   COLUMN_COMMENT AS column_comment, DATA_TYPE AS data_type
            FROM information_schema.COLUMNS
            WHERE TABLE_SCHEMA IN (%1$s)
            ORDER BY 1, ORDINAL_POSITION
            """;

    /** Primary and foreign keys, one row per key column in key order. */
    static final String KEYS = """
            SELECT CASE WHEN k.TABLE_SCHEMA = DATABASE() THEN k.TABLE_NAME
                        ELSE CONCAT(k.TABLE_SCHEMA, '.', k.TABLE_NAME) END AS table_name,
                   k.CONSTRAINT_NAME AS constraint_name,
                   tc.CONSTRAINT_TYPE AS constraint_type, k.COLUMN_NAME AS column_name,
                   CASE WHEN k.REFERENCED_TABLE_SCHEMA = DATABASE() THEN k.REFERENCED_TABLE_NAME
                        ELSE CONCAT(k.REFERENCED_TABLE_SCHEMA, '.', k.REFERENCED_TABLE_NAME) END AS referenced_table,
                   k.REFERENCED_COLUMN_NAME AS referenced_column,
                   rc.DELETE_RULE AS delete_rule
            FROM information_schema.KEY_COLUMN_USAGE k
            JOIN information_schema.TABLE_CONSTRAINTS tc ON tc.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA
                 AND tc.TABLE_NAME = k.TABLE_NAME AND tc.CONSTRAINT_NAME = k.CONSTRAINT_NAME
            LEFT JOIN information_schema.REFERENTIAL_CONSTRAINTS rc ON rc.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA
                 AND rc.TABLE_NAME = k.TABLE_NAME AND rc.CONSTRAINT_NAME = k.CONSTRAINT_NAME
            WHERE k.TABLE_SCHEMA IN (%1$s) AND tc.CONSTRAINT_TYPE IN ('PRIMARY KEY', 'FOREIGN KEY')
            ORDER BY 1, k.CONSTRAINT_NAME, k.ORDINAL_POSITION
            """;

    /** MariaDB names checks per table (CONSTRAINT_1 in many tables), so CHECK_CONSTRAINTS has TABLE_NAME. */
    static final String MARIADB_CHECKS = """
            SELECT CASE WHEN CONSTRAINT_SCHEMA = DATABASE() THEN TABLE_NAME
                        ELSE CONCAT(CONSTRAINT_SCHEMA, '.', TABLE_NAME) END AS table_name,
                   CONSTRAINT_NAME AS constraint_name, CHECK_CLAUSE AS check_clause
            FROM information_schema.CHECK_CONSTRAINTS
            WHERE CONSTRAINT_SCHEMA IN (%1$s)
            ORDER BY 1, CONSTRAINT_NAME
            """;

    /** MySQL names checks per database; the table comes from TABLE_CONSTRAINTS. */
    static final String MYSQL_CHECKS = """
            SELECT CASE WHEN tc.TABLE_SCHEMA = DATABASE() THEN tc.TABLE_NAME
                        ELSE CONCAT(tc.TABLE_SCHEMA, '.', tc.TABLE_NAME) END AS table_name,
                   cc.CONSTRAINT_NAME AS constraint_name, cc.CHECK_CLAUSE AS check_clause
            FROM information_schema.TABLE_CONSTRAINTS tc
            JOIN information_schema.CHECK_CONSTRAINTS cc ON cc.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA
                 AND cc.CONSTRAINT_NAME = tc.CONSTRAINT_NAME
            WHERE tc.TABLE_SCHEMA IN (%1$s) AND tc.CONSTRAINT_TYPE = 'CHECK'
            ORDER BY 1, cc.CONSTRAINT_NAME
            """;

    /**
     * Every index but the primary key's, one row per column in index order. A unique index is a
     * unique constraint (the server makes no difference). A functional index has no column name.
     */
    static final String INDEXES = """
            SELECT CASE WHEN TABLE_SCHEMA = DATABASE() THEN TABLE_NAME
                        ELSE CONCAT(TABLE_SCHEMA, '.', TABLE_NAME) END AS table_name,
                   INDEX_NAME AS index_name, NON_UNIQUE AS non_unique,
                   COLUMN_NAME AS column_name, COLLATION AS collation
            FROM information_schema.STATISTICS
            WHERE TABLE_SCHEMA IN (%1$s) AND INDEX_NAME <> 'PRIMARY'
            ORDER BY 1, INDEX_NAME, SEQ_IN_INDEX
            """;

    private MysqlCatalogQueries() {
    }

    /** {@code query} for the current database and {@code schemas} (other databases). */
    static String forSchemas(String query, List<String> schemas) {
        StringBuilder list = new StringBuilder("DATABASE()");
        schemas.forEach(schema -> list.append(", '").append(schema.replace("\\", "\\\\").replace("'", "''")).append("'"));
        return query.formatted(list);
    }
}
