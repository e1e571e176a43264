package dev.autogen.dialect.mysql;

import dev.autogen.AutogenException;
import dev.autogen.dialect.sql.StandardDdl;
import dev.autogen.schema.CheckConstraint;
import dev.autogen.schema.Column;
import dev.autogen.schema.Constraint;
import dev.autogen.schema.ForeignKey;
import dev.autogen.schema.Schema;
import dev.autogen.schema.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The pieces of MySQL DDL that several ops share. Comments live in the column and table
 * definitions, not in statements of their own; identity is AUTO_INCREMENT.
 */
final class MysqlDdl {
    /** The DDL MySQL writes as standard SQL does, with backticks. */
    static final StandardDdl STANDARD = new StandardDdl(MysqlIdentifiers::quote);

    private MysqlDdl() {
    }

    static List<String> createTable(Table table, MysqlServer server) {
        List<String> columns = new ArrayList<>(table.columns().stream().map(c -> column(table.name(), c, server)).toList());
        List<String> sql = new ArrayList<>();
        Table named = withNamesTheServerCannotGive(table, server);
        // A key written with a name the server gives unnamed keys (read back from one, or named by
        // autogen where the server cannot) gets the index the server made for it then, named after its
        // first column: left to itself, the server would name the index after the key.
        Table keysOnly = named.toBuilder().indexes(List.of()).build();
        for (ForeignKey fk : named.foreignKeys()) {
            if (MysqlForeignKeyIndexes.hasServerName(fk, table.name())
                    && !MysqlForeignKeyIndexes.isServedByOtherIndex(keysOnly, fk)) {
                columns.add("INDEX " + STANDARD.quote(MysqlForeignKeyIndexes.indexName(fk, table.name())) + " "
                        + STANDARD.columnList(fk.columns()));
            }
        }
        List<Constraint> constraints = named.constraints().stream().map(MysqlDdl::withMysqlQuotes).toList();
        sql.add(STANDARD.createTable(table.name(), columns, constraints)
                + table.comment().map(text -> " COMMENT=" + MysqlLiterals.plainString(text)).orElse(""));
        table.indexes().forEach(i -> sql.add(STANDARD.createIndex(table.name(), i)));
        return sql;
    }

    /**
     * {@code table} with its unnamed foreign keys and unique keys named as the server would name
     * them, where the server cannot: the table's name is too long for {@code <table>_ibfk_<n>}, a
     * unique key's first column for {@code <column>_<n>} ({@link MysqlConstraintNames}).
     */
    static Table withNamesTheServerCannotGive(Table table, MysqlServer server) {
        boolean keys = MysqlConstraintNames.needsName(table.name())
                && table.foreignKeys().stream().anyMatch(f -> f.name().isEmpty());
        boolean uniques = table.uniqueConstraints().stream().anyMatch(u -> u.name().isEmpty() && !u.columns().isEmpty()
                && MysqlConstraintNames.needsUniqueName(u.columns().get(0)));
        if (!keys && !uniques) {
            return table;
        }
        Table named = MysqlConstraintNames.named(table, Schema.EMPTY, server);
        Table.Builder b = table.toBuilder();
        if (keys) {
            b.foreignKeys(named.foreignKeys());
        }
        if (uniques) {
            b.uniqueConstraints(named.uniqueConstraints());
        }
        return b.build();
    }

    /** {@code name type [NOT NULL] [DEFAULT x] [AUTO_INCREMENT] [COMMENT 'text']}: the whole column, as MODIFY needs it. */
    static String column(String table, Column column, MysqlServer server) {
        StringBuilder sql = new StringBuilder(STANDARD.quote(column.name())).append(' ')
                .append(MysqlTypes.toSql(column.type(), server));
        if (column.identity() && column.defaultValue().isPresent()) {
            throw new AutogenException("column " + table + "." + column.name() + " has both a default and"
                    + " AUTO_INCREMENT, which MySQL and MariaDB do not allow: remove one of them");
        }
        sql.append(column.nullable() && !column.identity() ? " NULL" : " NOT NULL");
        column.defaultValue().ifPresent(d -> sql.append(" DEFAULT ").append(MysqlLiterals.defaultClause(d)));
        if (column.identity()) {
            sql.append(" AUTO_INCREMENT");
        }
        column.comment().ifPresent(text -> sql.append(" COMMENT ").append(MysqlLiterals.plainString(text)));
        return sql.toString();
    }

    /**
     * A check condition in standard SQL quotes names with double quotes, which MySQL reads as a
     * string unless ANSI_QUOTES is set: they become backticks, outside string literals.
     */
    static Constraint withMysqlQuotes(Constraint constraint) {
        if (constraint instanceof CheckConstraint check && check.condition().indexOf('"') >= 0) {
            return new CheckConstraint(check.name(), backticks(check.condition()));
        }
        return constraint;
    }

    static String backticks(String sql) {
        StringBuilder out = new StringBuilder();
        char quote = 0;
        for (int i = 0; i < sql.length(); i++) {
            char c = sql.charAt(i);
            if (quote == 0 && (c == '\'' || c == '"' || c == '`')) {
                quote = c;
                out.append(c == '"' ? '`' : c);
            } else if (quote != 0 && c == quote) {
                boolean doubled = i + 1 < sql.length() && sql.charAt(i + 1) == quote;
                if (doubled && quote == '"') {
                    out.append('"');
                    i++;
                } else if (doubled) {
                    out.append(c).append(c);
                    i++;
                } else {
                    out.append(c == '"' ? '`' : c);
                    quote = 0;
                }
            } else if (quote == '"' && c == '`') {
                out.append("``");
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    static String tableComment(String table, Optional<String> comment) {
        return "ALTER TABLE " + STANDARD.quote(table) + " COMMENT = "
                + MysqlLiterals.plainString(comment.orElse(""));
    }
}
