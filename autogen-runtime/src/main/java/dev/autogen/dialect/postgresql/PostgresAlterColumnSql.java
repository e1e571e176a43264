package dev.autogen.dialect.postgresql;

import static dev.autogen.dialect.postgresql.PostgresKeywords.quote;

import dev.autogen.ops.AlterColumn;
import dev.autogen.schema.Column;
import java.util.ArrayList;
import java.util.List;

/**
 * ALTER COLUMN statements for only the aspects of a column that differ, in an order PostgreSQL
 * accepts: an old default goes before a type change that might not convert it, identity comes
 * off before and goes on after NOT NULL (an identity column must be NOT NULL). A type change that
 * may not hold every stored value is checked first ({@link PostgresTypeGuard}): the explicit cast
 * alone would truncate or round.
 */
final class PostgresAlterColumnSql {
    private final AlterColumn op;
    private final String prefix;
    private final List<String> sql = new ArrayList<>();

    private PostgresAlterColumnSql(AlterColumn op) {
        this.op = op;
        this.prefix = "ALTER TABLE " + quote(op.table()) + " ALTER COLUMN " + quote(op.column()) + " ";
    }

    static List<String> of(AlterColumn op) {
        PostgresAlterColumnSql alter = new PostgresAlterColumnSql(op);
        alter.build();
        return List.copyOf(alter.sql);
    }

    private void build() {
        Column from = op.from();
        Column to = op.to();
        if (op.identityChanged() && from.identity()) {
            sql.add(prefix + "DROP IDENTITY");
        }
        boolean dropDefaultFirst = op.defaultChanged() && from.defaultValue().isPresent();
        if (dropDefaultFirst) {
            sql.add(prefix + "DROP DEFAULT");
        }
        if (op.typeChanged()) {
            PostgresTypeGuard.of(op).ifPresent(sql::add);
            String type = PostgresTypes.toSql(to.type());
            sql.add(prefix + "TYPE " + type + " USING " + quote(op.column()) + "::" + type);
        }
        nullability(from, to);
        if (op.defaultChanged() && to.defaultValue().isPresent()) {
            sql.add(prefix + "SET DEFAULT " + to.defaultValue().get());
        }
        if (op.identityChanged() && to.identity()) {
            sql.add(prefix + "ADD " + PostgresDdl.IDENTITY);
        }
        if (op.commentChanged()) {
            sql.add(PostgresDdl.columnComment(op.table(), op.column(), to.comment()));
        }
    }

    /** Identity implies NOT NULL, so a column becoming identity is made NOT NULL first. */
    private void nullability(Column from, Column to) {
        boolean notNullBefore = !from.nullable() || from.identity();
        boolean notNullAfter = !to.nullable() || to.identity();
        if (notNullBefore && !notNullAfter) {
            sql.add(prefix + "DROP NOT NULL");
        } else if (!notNullBefore && notNullAfter) {
            sql.add(prefix + "SET NOT NULL");
        }
    }
}
