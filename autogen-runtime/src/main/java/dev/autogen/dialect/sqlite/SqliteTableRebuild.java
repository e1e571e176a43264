package dev.autogen.dialect.sqlite;

import static dev.autogen.dialect.sqlite.SqliteTableSql.columnList;
import static dev.autogen.dialect.sqlite.SqliteTableSql.q;

import dev.autogen.dialect.sqlite.SqliteStoredTable.StoredObject;
import dev.autogen.schema.Index;
import dev.autogen.schema.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * SQLite's copy-and-move for the changes its ALTER TABLE cannot make (Alembic's batch mode and
 * the procedure of sqlite.org/lang_altertable.html): create the new definition under a temporary
 * name, copy the rows, drop the old table, rename the new one into place, recreate the indexes
 * and triggers.
 *
 * <p>On a live database ({@link SqliteStoredTable}) the new definition is the stored text with
 * only the change made ({@link SqliteTableText}), and every index and trigger of the table is
 * written again from its own stored statement, so what the model has no words for survives:
 * collations, generated columns, declared type spellings, partial and expression indexes,
 * triggers. Without a database (offline SQL) the model is all there is, and the table is written
 * from it.
 *
 * <p>Other tables' foreign keys name the table in their own SQL text, so they point at the new
 * table once it has the old name. This holds because migrations run with SQLite's
 * {@code foreign_keys} pragma off (the driver's default, and {@link SqliteMigrationLock} makes
 * sure of it): with it on, {@code DROP TABLE} would first delete the rows, cascading into the
 * referencing tables. The pragma cannot be switched inside the migration's transaction, so these
 * statements rely on it being off. Views and other tables' triggers that name the table are not
 * dropped with it, but SQLite (3.26+) checks them when a table is renamed and refuses while the
 * name they use is missing; {@code legacy_alter_table} skips that check for the one rename.
 */
final class SqliteTableRebuild {
    /** The temporary table's prefix; its name never survives a successful rebuild. */
    static final String TEMPORARY_PREFIX = "_autogen_tmp_";

    private SqliteTableRebuild() {
    }

    /** The statements that replace {@code current} by {@code replacement}, keeping its rows. */
    static List<String> statements(Table current, Table replacement, Optional<SqliteStoredTable> stored) {
        String name = replacement.name();
        String temporary = TEMPORARY_PREFIX + name;
        List<String> sql = new ArrayList<>();
        sql.add(stored.map(s -> SqliteTableText.rewrite(s.createTable(), current, replacement, temporary))
                .orElseGet(() -> SqliteTableSql.createTable(replacement, temporary)));
        List<String> kept = replacement.columnNames().stream().filter(c -> current.column(c).isPresent()).toList();
        if (!kept.isEmpty()) {
            // No CAST: the new column's affinity converts what it can and keeps the rest as stored.
            String columns = columnList(kept);
            sql.add("INSERT INTO " + q(temporary) + " " + columns + " SELECT "
                    + columns.substring(1, columns.length() - 1) + " FROM " + q(current.name()));
        }
        sql.add("DROP TABLE " + q(current.name()));
        sql.add("PRAGMA legacy_alter_table = ON");
        sql.add("ALTER TABLE " + q(temporary) + " RENAME TO " + q(name));
        sql.add("PRAGMA legacy_alter_table = OFF");
        // Dropping the old table dropped its indexes and triggers with it.
        sql.addAll(stored.map(s -> recreate(s, current, replacement)).orElseGet(
                () -> SqliteTableSql.createIndexes(replacement)));
        return sql;
    }

    /**
     * The table's indexes and triggers, in the order they were created: each stored statement
     * again, unless it is an index the model holds and the change drops or alters (the model's
     * version is written instead), then the indexes the change adds.
     */
    private static List<String> recreate(SqliteStoredTable stored, Table current, Table replacement) {
        List<String> sql = new ArrayList<>();
        List<Index> unwritten = new ArrayList<>(replacement.indexes());
        for (StoredObject object : stored.objects()) {
            Optional<Index> modelled = index(current, object.name()).filter(i -> object.type().equals("index"));
            if (modelled.isEmpty()) {
                sql.add(object.sql());
            } else if (unwritten.remove(modelled.get())) {
                sql.add(object.sql());
            }
        }
        for (Index index : unwritten) {
            sql.add(SqliteTableSql.createIndex(replacement.name(), index));
        }
        return sql;
    }

    private static Optional<Index> index(Table table, String name) {
        return table.indexes().stream().filter(i -> i.name().equalsIgnoreCase(name)).findFirst();
    }
}
