package dev.autogen.dialect.sql;

import dev.autogen.ops.BulkInsert;
import dev.autogen.AutogenException;
import dev.autogen.ops.BoundStatement;
import dev.autogen.ops.CreateIndex;
import dev.autogen.ops.DataStep;
import dev.autogen.ops.DropIndex;
import dev.autogen.ops.DropTable;
import dev.autogen.ops.ExecuteSql;
import dev.autogen.ops.OpVisitor;
import dev.autogen.ops.Placeholders;
import dev.autogen.ops.RenameColumn;
import dev.autogen.ops.RenameTable;
import dev.autogen.schema.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The statements of the ops standard SQL writes alike everywhere; a dialect's visitor extends it,
 * writes the ops its database does its own way and overrides any of these where it differs.
 * Pure: {@code before} answers what an op does not carry.
 */
public abstract class StandardSql implements OpVisitor<List<String>> {
    private final Schema before;
    private final StandardDdl ddl;

    protected StandardSql(Schema before, StandardDdl ddl) {
        this.before = before;
        this.ddl = ddl;
    }

    /** The schema the op applies to. */
    protected final Schema before() {
        return before;
    }

    /** The standard statements in this database's quoting. */
    protected final StandardDdl ddl() {
        return ddl;
    }

    /** A value of a bulk-insert row as this database's literal. */
    protected abstract String literal(Object value);

    /** The INSERT of a row that names no column: every column takes its default. */
    protected String insertDefaults(String table) {
        return "INSERT INTO " + ddl.quote(table) + " DEFAULT VALUES";
    }

    @Override
    public List<String> visitDropTable(DropTable op) {
        return List.of(ddl.dropTable(op.table().name()));
    }

    @Override
    public List<String> visitRenameTable(RenameTable op) {
        return List.of(ddl.renameTable(op.from(), op.to()));
    }

    @Override
    public List<String> visitRenameColumn(RenameColumn op) {
        return List.of(ddl.renameColumn(op.table(), op.from(), op.to()));
    }

    @Override
    public List<String> visitCreateIndex(CreateIndex op) {
        return List.of(ddl.createIndex(op.table(), op.index()));
    }

    @Override
    public List<String> visitDropIndex(DropIndex op) {
        return List.of("DROP INDEX " + ddl.quote(op.index().name()));
    }

    @Override
    public List<String> visitExecuteSql(ExecuteSql op) {
        return List.of(op.sql());
    }

    /** One INSERT per row, so rows may name different columns. */
    @Override
    public List<String> visitBulkInsert(BulkInsert op) {
        List<String> sql = new ArrayList<>();
        for (Map<String, Object> row : op.rows()) {
            if (row.isEmpty()) {
                sql.add(insertDefaults(op.table()));
            } else {
                List<String> values = row.values().stream().map(this::literal).toList();
                sql.add(ddl.insert(op.table(), List.copyOf(row.keySet()), values));
            }
        }
        return sql;
    }

    /**
     * A bound statement with its values written in as this database's literals, for a script;
     * online the values are bound instead. A Java callback has no SQL.
     */
    @Override
    public List<String> visitDataStep(DataStep op) {
        if (op.work() instanceof BoundStatement bound) {
            return List.of(Placeholders.fill(bound.sql(), bound.params().stream().map(this::literal).toList()));
        }
        throw new AutogenException(op.work().describe() + " is Java code: it runs only online, where it gets the"
                + " revision's connection, and cannot be written as SQL");
    }
}
