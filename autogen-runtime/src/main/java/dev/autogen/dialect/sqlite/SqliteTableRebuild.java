package dev.autogen.dialect.sqlite;

import static dev.autogen.dialect.sqlite.SqliteTableSql.columnList;
import static dev.autogen.dialect.sqlite.SqliteTableSql.q;

import dev.autogen.schema.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * SQLite's copy-and-move for the changes its ALTER TABLE cannot make (Alembic's batch mode and
 * the procedure of sqlite.org/lang_altertable.html): create the new definition under a temporary
 * name, copy the rows, drop the old table, rename the new one into place, recreate the indexes.
 *
 * <p>Other tables' foreign keys name the table in their own SQL text, so they point at the new
 * table once it has the old name. This holds because migrations run with SQLite's
 * {@code foreign_keys} pragma off (the driver's default, and {@link SqliteMigrationLock} makes
 * sure of it): with it on, {@code DROP TABLE} would first delete the rows, cascading into the
 * referencing tables. The pragma cannot be switched inside the migration's transaction, so these
 * statements rely on it being off.
 */
final class SqliteTableRebuild {
    /** The temporary table's prefix; its name never survives a successful rebuild. */
    static final String TEMPORARY_PREFIX = "_autogen_tmp_";

    private SqliteTableRebuild() {
    }

    /** The statements that replace {@code current} by {@code replacement}, keeping its rows. */
    static List<String> statements(Table current, Table replacement) {
        String name = replacement.name();
        String temporary = TEMPORARY_PREFIX + name;
        List<String> sql = new ArrayList<>();
        sql.add(SqliteTableSql.createTable(replacement, temporary));
        List<String> kept = replacement.columnNames().stream().filter(c -> current.column(c).isPresent()).toList();
        if (!kept.isEmpty()) {
            // No CAST: the new column's affinity converts what it can and keeps the rest as stored.
            String columns = columnList(kept);
            sql.add("INSERT INTO " + q(temporary) + " " + columns + " SELECT "
                    + columns.substring(1, columns.length() - 1) + " FROM " + q(current.name()));
        }
        sql.add("DROP TABLE " + q(current.name()));
        sql.add("ALTER TABLE " + q(temporary) + " RENAME TO " + q(name));
        // Dropping the old table dropped its indexes with it.
        sql.addAll(SqliteTableSql.createIndexes(replacement));
        return sql;
    }
}
