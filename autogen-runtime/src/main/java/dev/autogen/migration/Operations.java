package dev.autogen.migration;

import dev.autogen.schema.ReferentialAction;
import java.util.List;
import java.util.Map;

/**
 * What a migration can do to the database; the Java spelling of Alembic's {@code op}. Calls are
 * checked against the schema as it stands at this revision, so a call naming a table or column
 * that does not exist fails before any SQL runs.
 */
public interface Operations {

    /** Creates a table from {@link Columns#column columns}, keys, checks and indexes. */
    void createTable(String name, TableElement... elements);

    void dropTable(String name);

    void renameTable(String from, String to);

    void addColumn(String table, ColumnDefinition column);

    void dropColumn(String table, String column);

    /** Changes type, nullability, default or comment: {@code alterColumn("t", "c", Alter.nullable(false))}. */
    void alterColumn(String table, String column, ColumnChange... changes);

    void renameColumn(String table, String from, String to);

    /**
     * Each column as JPA's {@code columnList} writes it: {@code "score"} or {@code "score DESC"}.
     * {@code op.createIndex(...).concurrently()} builds it without blocking writes ({@link IndexCall}).
     */
    IndexCall createIndex(String name, String table, String... columns);

    IndexCall createUniqueIndex(String name, String table, String... columns);

    IndexCall dropIndex(String name, String table);

    void createUniqueConstraint(String name, String table, String... columns);

    void createForeignKey(String name, String table, List<String> columns, String referencedTable,
            List<String> referencedColumns);

    void createForeignKey(String name, String table, List<String> columns, String referencedTable,
            List<String> referencedColumns, ReferentialAction onDelete);

    void createCheckConstraint(String name, String table, String condition);

    void createPrimaryKey(String name, String table, String... columns);

    /** Drops a constraint of any kind by name. */
    void dropConstraint(String name, String table);

    void createSequence(String name, long start, long increment);

    void dropSequence(String name);

    /** Changes a sequence's start and increment in place, keeping its current value. */
    void alterSequence(String name, long start, long increment);

    /**
     * Creates a schema (PostgreSQL) or database (MySQL, MariaDB) that tables are then named into,
     * {@code op.createTable("billing.invoices", ...)}.
     */
    void createSchema(String name);

    /** Drops an empty schema (PostgreSQL) or database (MySQL, MariaDB); one that holds anything is refused. */
    void dropSchema(String name);

    /** Sets a table's comment, replacing any it has. */
    void createTableComment(String table, String comment);

    void dropTableComment(String table);

    /**
     * Runs SQL as given; the schema model cannot follow it, so prefer the typed calls. Transaction
     * control (COMMIT, ROLLBACK, BEGIN, SAVEPOINT, ...) is refused: autogen runs each revision in one
     * transaction of its own.
     */
    void execute(String sql);

    /**
     * Runs one statement with its {@code ?} placeholders bound to {@code params} in order (as a
     * {@code PreparedStatement} binds them): {@code op.execute("UPDATE t SET c = ? WHERE c IS NULL", "none")}.
     * For data: the schema model takes it for a change of rows. An offline script writes the values
     * in as literals.
     */
    void execute(String sql, Object... params);

    /**
     * Runs Java code on the revision's connection, inside the revision's transaction, after the
     * calls before it: {@code op.run(connection -> ...)}. For data: the schema model takes it for a
     * change of rows. An offline script cannot hold it (see docs/data-migrations.md).
     */
    void run(DataCallback callback);

    /** Inserts rows, each a map from column name to value. */
    void bulkInsert(String table, List<Map<String, Object>> rows);
}
