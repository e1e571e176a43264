package dev.autogen.dialect.postgresql;

import static dev.autogen.dialect.postgresql.PostgresKeywords.quote;

import dev.autogen.dialect.sql.StandardSql;
import dev.autogen.ops.DropIndex;
import dev.autogen.ops.DropSchema;
import dev.autogen.ops.CreateSchema;
import dev.autogen.ops.AddColumn;
import dev.autogen.ops.AddConstraint;
import dev.autogen.ops.AlterColumn;
import dev.autogen.ops.AlterSequence;
import dev.autogen.ops.AlterTableComment;
import dev.autogen.ops.CreateSequence;
import dev.autogen.ops.CreateIndex;
import dev.autogen.ops.CreateTable;
import dev.autogen.ops.DropIndex;
import dev.autogen.ops.DropColumn;
import dev.autogen.ops.DropConstraint;
import dev.autogen.ops.DropSequence;
import dev.autogen.schema.QualifiedName;
import dev.autogen.schema.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The PostgreSQL statements for each op. Pure: {@code before} answers what an op does not carry. */
final class PostgresSql extends StandardSql {
    PostgresSql(Schema before) {
        super(before, PostgresDdl.STANDARD);
    }

    @Override
    protected String literal(Object value) {
        return PostgresLiterals.value(value);
    }

    /** {@code CREATE INDEX CONCURRENTLY} when asked for: it cannot run in a transaction. */
    @Override
    public List<String> visitCreateIndex(CreateIndex op) {
        String sql = PostgresDdl.createIndex(op.table(), op.index());
        return List.of(op.concurrently() ? sql.replaceFirst("^CREATE (UNIQUE )?INDEX ", "CREATE $1INDEX CONCURRENTLY ")
                : sql);
    }

    /** An index lives in its table's schema, and DROP INDEX finds it there only by a qualified name. */
    @Override
    public List<String> visitDropIndex(DropIndex op) {
        String name = quote(QualifiedName.of(QualifiedName.schemaOf(op.table()), op.index().name()));
        return List.of(op.concurrently() ? "DROP INDEX CONCURRENTLY " + name : "DROP INDEX " + name);
    }

    @Override
    public List<String> visitCreateTable(CreateTable op) {
        return PostgresDdl.createTable(op.table());
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
        return List.of(ddl().dropColumn(op.table(), op.column().name()));
    }

    @Override
    public List<String> visitAlterColumn(AlterColumn op) {
        return PostgresAlterColumnSql.of(op);
    }

    @Override
    public List<String> visitAddConstraint(AddConstraint op) {
        return List.of(ddl().addConstraint(op.table(), op.constraint()));
    }

    /** PostgreSQL drops constraints only by name: an unnamed one takes its name from {@code before}. */
    @Override
    public List<String> visitDropConstraint(DropConstraint op) {
        String name = PostgresConstraintNames.nameOf(op.table(), op.constraint(), before());
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
    public List<String> visitCreateSchema(CreateSchema op) {
        return List.of("CREATE SCHEMA " + quote(op.name()));
    }

    /** RESTRICT, PostgreSQL's default: a schema that still holds anything is refused, never emptied. */
    @Override
    public List<String> visitDropSchema(DropSchema op) {
        return List.of("DROP SCHEMA " + quote(op.name()) + " RESTRICT");
    }
}
