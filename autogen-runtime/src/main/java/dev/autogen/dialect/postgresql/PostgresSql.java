package dev.autogen.dialect.postgresql;

import static dev.autogen.dialect.postgresql.PostgresKeywords.quote;

import dev.autogen.ops.AddColumn;
import dev.autogen.ops.AddConstraint;
import dev.autogen.ops.AlterColumn;
import dev.autogen.ops.AlterSequence;
import dev.autogen.ops.AlterTableComment;
import dev.autogen.ops.BulkInsert;
import dev.autogen.ops.CreateIndex;
import dev.autogen.ops.CreateSequence;
import dev.autogen.ops.CreateTable;
import dev.autogen.ops.DropColumn;
import dev.autogen.ops.DropConstraint;
import dev.autogen.ops.DropIndex;
import dev.autogen.ops.DropSequence;
import dev.autogen.ops.DropTable;
import dev.autogen.ops.ExecuteSql;
import dev.autogen.ops.OpVisitor;
import dev.autogen.ops.RenameColumn;
import dev.autogen.ops.RenameTable;
import dev.autogen.schema.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The PostgreSQL statements for each op. Pure: {@code before} answers what an op does not carry. */
final class PostgresSql implements OpVisitor<List<String>> {
    private final Schema before;

    PostgresSql(Schema before) {
        this.before = before;
    }

    @Override
    public List<String> visitCreateTable(CreateTable op) {
        return PostgresDdl.createTable(op.table());
    }

    @Override
    public List<String> visitDropTable(DropTable op) {
        return List.of("DROP TABLE " + quote(op.table().name()));
    }

    @Override
    public List<String> visitRenameTable(RenameTable op) {
        return List.of("ALTER TABLE " + quote(op.from()) + " RENAME TO " + quote(op.to()));
    }

    @Override
    public List<String> visitAddColumn(AddColumn op) {
        List<String> sql = new ArrayList<>();
        sql.add("ALTER TABLE " + quote(op.table()) + " ADD COLUMN " + PostgresDdl.column(op.table(), op.column()));
        op.column().comment().ifPresent(text ->
                sql.add(PostgresDdl.columnComment(op.table(), op.column().name(), Optional.of(text))));
        return sql;
    }

    @Override
    public List<String> visitDropColumn(DropColumn op) {
        return List.of("ALTER TABLE " + quote(op.table()) + " DROP COLUMN " + quote(op.column().name()));
    }

    @Override
    public List<String> visitAlterColumn(AlterColumn op) {
        return PostgresAlterColumnSql.of(op);
    }

    @Override
    public List<String> visitRenameColumn(RenameColumn op) {
        return List.of("ALTER TABLE " + quote(op.table()) + " RENAME COLUMN " + quote(op.from()) + " TO "
                + quote(op.to()));
    }

    @Override
    public List<String> visitCreateIndex(CreateIndex op) {
        return List.of(PostgresDdl.createIndex(op.table(), op.index()));
    }

    @Override
    public List<String> visitDropIndex(DropIndex op) {
        return List.of("DROP INDEX " + quote(op.index().name()));
    }

    @Override
    public List<String> visitAddConstraint(AddConstraint op) {
        return List.of("ALTER TABLE " + quote(op.table()) + " ADD " + PostgresDdl.constraint(op.constraint()));
    }

    /** PostgreSQL drops constraints only by name: an unnamed one takes its name from {@code before}. */
    @Override
    public List<String> visitDropConstraint(DropConstraint op) {
        String name = PostgresConstraintNames.nameOf(op.table(), op.constraint(), before);
        return List.of("ALTER TABLE " + quote(op.table()) + " DROP CONSTRAINT " + quote(name));
    }

    @Override
    public List<String> visitCreateSequence(CreateSequence op) {
        return List.of("CREATE SEQUENCE " + quote(op.sequence().name()) + " START WITH " + op.sequence().start()
                + " INCREMENT BY " + op.sequence().increment());
    }

    @Override
    public List<String> visitDropSequence(DropSequence op) {
        return List.of("DROP SEQUENCE " + quote(op.sequence().name()));
    }

    /** ALTER SEQUENCE keeps the current value: START WITH only changes where a RESTART would begin. */
    @Override
    public List<String> visitAlterSequence(AlterSequence op) {
        StringBuilder sql = new StringBuilder("ALTER SEQUENCE ").append(quote(op.name()));
        if (op.from().increment() != op.to().increment()) {
            sql.append(" INCREMENT BY ").append(op.to().increment());
        }
        if (op.from().start() != op.to().start()) {
            sql.append(" START WITH ").append(op.to().start());
        }
        return op.from().equals(op.to()) ? List.of() : List.of(sql.toString());
    }

    @Override
    public List<String> visitAlterTableComment(AlterTableComment op) {
        return List.of(PostgresDdl.tableComment(op.table(), op.to()));
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
                sql.add("INSERT INTO " + quote(op.table()) + " DEFAULT VALUES");
                continue;
            }
            List<String> values = row.values().stream().map(PostgresLiterals::value).toList();
            sql.add("INSERT INTO " + quote(op.table()) + " (" + PostgresDdl.names(List.copyOf(row.keySet()))
                    + ") VALUES (" + String.join(", ", values) + ")");
        }
        return sql;
    }
}
