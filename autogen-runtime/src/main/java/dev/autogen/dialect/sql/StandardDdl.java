package dev.autogen.dialect.sql;

import dev.autogen.schema.CheckConstraint;
import dev.autogen.schema.Constraint;
import dev.autogen.schema.ForeignKey;
import dev.autogen.schema.Index;
import dev.autogen.schema.PrimaryKey;
import dev.autogen.schema.ReferentialAction;
import dev.autogen.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * The DDL text standard SQL writes the same on every database, given that database's quoting:
 * table and constraint clauses, indexes, renames, drops and inserts. A dialect writes column
 * definitions itself and overrides a statement only where its database differs.
 */
public final class StandardDdl {
    private final UnaryOperator<String> quote;

    public StandardDdl(UnaryOperator<String> quote) {
        this.quote = quote;
    }

    public String quote(String identifier) {
        return quote.apply(identifier);
    }

    /** {@code a, b, c}, each quoted as needed. */
    public String names(List<String> names) {
        return names.stream().map(quote).collect(Collectors.joining(", "));
    }

    /** {@code (a, b, c)}. */
    public String columnList(List<String> names) {
        return "(" + names(names) + ")";
    }

    /** {@code CREATE TABLE name (column definitions, constraint clauses)}. */
    public String createTable(String name, List<String> columnDefinitions, List<Constraint> constraints) {
        List<String> parts = new ArrayList<>(columnDefinitions);
        constraints.forEach(c -> parts.add(constraint(c)));
        return "CREATE TABLE " + quote(name) + " (" + String.join(", ", parts) + ")";
    }

    /** A table constraint clause, named when the constraint has a name. */
    public String constraint(Constraint constraint) {
        String prefix = constraint.name().map(n -> "CONSTRAINT " + quote(n) + " ").orElse("");
        if (constraint instanceof PrimaryKey pk) {
            return prefix + "PRIMARY KEY " + columnList(pk.columns());
        } else if (constraint instanceof UniqueConstraint uq) {
            return prefix + "UNIQUE " + columnList(uq.columns());
        } else if (constraint instanceof ForeignKey fk) {
            String sql = prefix + "FOREIGN KEY " + columnList(fk.columns()) + " REFERENCES "
                    + quote(fk.referencedTable()) + " " + columnList(fk.referencedColumns());
            return fk.onDelete() == ReferentialAction.NO_ACTION ? sql : sql + " ON DELETE " + fk.onDelete().sql();
        }
        return prefix + "CHECK (" + ((CheckConstraint) constraint).condition() + ")";
    }

    public String createIndex(String table, Index index) {
        return "CREATE " + (index.unique() ? "UNIQUE " : "") + "INDEX " + quote(index.name()) + " ON " + quote(table)
                + " (" + String.join(", ", index.columns().stream()
                        .map(c -> index.isDescending(c) ? quote(c) + " DESC" : quote(c)).toList()) + ")";
    }

    public String dropTable(String table) {
        return "DROP TABLE " + quote(table);
    }

    public String renameTable(String from, String to) {
        return "ALTER TABLE " + quote(from) + " RENAME TO " + quote(to);
    }

    public String dropColumn(String table, String column) {
        return "ALTER TABLE " + quote(table) + " DROP COLUMN " + quote(column);
    }

    public String renameColumn(String table, String from, String to) {
        return "ALTER TABLE " + quote(table) + " RENAME COLUMN " + quote(from) + " TO " + quote(to);
    }

    public String addConstraint(String table, Constraint constraint) {
        return "ALTER TABLE " + quote(table) + " ADD " + constraint(constraint);
    }

    /** {@code INSERT INTO table (columns) VALUES (literals)}: the literals are already SQL. */
    public String insert(String table, List<String> columns, List<String> literals) {
        return "INSERT INTO " + quote(table) + " " + columnList(columns) + " VALUES (" + String.join(", ", literals)
                + ")";
    }
}
