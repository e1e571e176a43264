package dev.autogen.dialect.sqlite;

import static dev.autogen.dialect.sqlite.SqliteTableSql.q;

import dev.autogen.AutogenException;
import dev.autogen.dialect.sql.StandardSql;
import dev.autogen.ops.DropSchema;
import dev.autogen.ops.CreateSchema;
import dev.autogen.ops.AddColumn;
import dev.autogen.ops.AddConstraint;
import dev.autogen.ops.AlterColumn;
import dev.autogen.ops.AlterSequence;
import dev.autogen.ops.AlterTableComment;
import dev.autogen.ops.CreateSequence;
import dev.autogen.ops.CreateTable;
import dev.autogen.ops.DropColumn;
import dev.autogen.ops.DropConstraint;
import dev.autogen.ops.DropSequence;
import dev.autogen.ops.Op;
import dev.autogen.ops.RenameColumn;
import dev.autogen.ops.RenameTable;
import dev.autogen.ops.SchemaEvolution;
import dev.autogen.schema.Column;
import dev.autogen.schema.Schema;
import dev.autogen.schema.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The statements of each op on SQLite. Native ALTER TABLE where SQLite has it (add, rename and
 * drop of a free column, renames, indexes); a table rebuild ({@link SqliteTableRebuild}) for the
 * rest. {@code before} supplies the whole table a rebuild needs; on a live database the rebuild
 * also reads the table's stored text ({@link SqliteStoredTable}) to keep what the model does not hold.
 */
final class SqliteSql extends StandardSql {
    /** The stored text of a table on a live database; empty offline, where the model is all there is. */
    private final Function<String, Optional<SqliteStoredTable>> stored;

    SqliteSql(Schema before, Function<String, Optional<SqliteStoredTable>> stored) {
        super(before, SqliteTableSql.STANDARD);
        this.stored = stored;
    }

    @Override
    protected String literal(Object value) {
        return SqliteLiterals.of(value);
    }

    @Override
    public List<String> visitCreateTable(CreateTable op) {
        return SqliteTableSql.create(op.table());
    }

    @Override
    public List<String> visitRenameTable(RenameTable op) {
        // SQLite (3.26+) rewrites other tables' foreign keys to follow the new name.
        return super.visitRenameTable(op);
    }

    @Override
    public List<String> visitAddColumn(AddColumn op) {
        if (addsInPlace(op.column())) {
            Table table = before().table(op.table()).orElse(Table.builder(op.table()).build());
            return List.of("ALTER TABLE " + q(op.table()) + " ADD COLUMN " + SqliteTableSql.column(table, op.column()));
        }
        return rebuild(op.table(), op);
    }

    @Override
    public List<String> visitDropColumn(DropColumn op) {
        if (isCovered(requireTable(op.table()), op.column().name())) {
            return rebuild(op.table(), op);
        }
        return List.of(ddl().dropColumn(op.table(), op.column().name()));
    }

    /** Only a change SQLite stores (type, nullability, default) needs statements; it has no comments. */
    @Override
    public List<String> visitAlterColumn(AlterColumn op) {
        Table table = requireTable(op.table());
        if (SqliteTableSql.column(table, op.from()).equals(SqliteTableSql.column(table, op.to()))) {
            return List.of();
        }
        return rebuild(op.table(), op);
    }

    @Override
    public List<String> visitRenameColumn(RenameColumn op) {
        // SQLite (3.25+) rewrites indexes, constraints and other tables' foreign keys with it.
        return super.visitRenameColumn(op);
    }

    /** SQLite cannot add or drop a constraint of an existing table. */
    @Override
    public List<String> visitAddConstraint(AddConstraint op) {
        return rebuild(op.table(), op);
    }

    @Override
    public List<String> visitDropConstraint(DropConstraint op) {
        return rebuild(op.table(), op);
    }

    @Override
    public List<String> visitCreateSequence(CreateSequence op) {
        throw noSequences(op.sequence().name(), "created");
    }

    @Override
    public List<String> visitDropSequence(DropSequence op) {
        throw noSequences(op.sequence().name(), "dropped");
    }

    @Override
    public List<String> visitAlterSequence(AlterSequence op) {
        throw noSequences(op.name(), "altered");
    }

    /** SQLite keeps no comments: a table's comment changes nothing there. */
    @Override
    public List<String> visitAlterTableComment(AlterTableComment op) {
        requireTable(op.table());
        return List.of();
    }

    /**
     * SQLite's ADD COLUMN refuses, on a table with rows, a NOT NULL column without a non-null
     * default and any default that is not a constant (CURRENT_TIMESTAMP, an expression). This
     * method is pure, so it cannot know whether the table is empty and rebuilds in both cases.
     */
    private static boolean addsInPlace(Column column) {
        if (column.defaultValue().isPresent() && !SqliteLiterals.isConstant(column.defaultValue().get())) {
            return false;
        }
        return column.nullable() || column.defaultValue().filter(d -> !SqliteLiterals.isNull(d)).isPresent();
    }

    /** SQLite's DROP COLUMN refuses a column that a key, an index or a check constraint uses. */
    private static boolean isCovered(Table table, String column) {
        Pattern word = Pattern.compile("(?<![A-Za-z0-9_$])\"?" + Pattern.quote(column) + "\"?(?![A-Za-z0-9_$])",
                Pattern.CASE_INSENSITIVE);
        return table.primaryKey().filter(pk -> pk.columns().contains(column)).isPresent()
                || table.uniqueConstraints().stream().anyMatch(u -> u.columns().contains(column))
                || table.foreignKeys().stream().anyMatch(f -> f.columns().contains(column))
                || table.indexes().stream().anyMatch(i -> i.columns().contains(column))
                || table.checks().stream().anyMatch(c -> word.matcher(c.condition()).find());
    }

    private List<String> rebuild(String tableName, Op op) {
        Table current = requireTable(tableName);
        Table replacement = SchemaEvolution.apply(before(), op).table(tableName).orElseThrow();
        return SqliteTableRebuild.statements(current, replacement, stored.apply(tableName));
    }

    private Table requireTable(String name) {
        return before().table(name).orElseThrow(() -> new AutogenException("table " + name
                + " is not in the schema the migration started from, so SQLite cannot rebuild it; "
                + "create it in an earlier step or revision"));
    }

    private static AutogenException noSequences(String name, String done) {
        return new AutogenException("SQLite has no sequences, so sequence " + name + " cannot be " + done
                + "; on SQLite map the generator to a table "
                + "(Hibernate already emulates sequences with tables there) or leave the call out");
    }

    @Override
    public List<String> visitCreateSchema(CreateSchema op) {
        throw noSchemas(op.name());
    }

    @Override
    public List<String> visitDropSchema(DropSchema op) {
        throw noSchemas(op.name());
    }

    private static AutogenException noSchemas(String name) {
        return new AutogenException("SQLite has no schemas, so schema " + name + " cannot be created or dropped;"
                + " tables in several schemas need PostgreSQL, MariaDB or MySQL");
    }
}
