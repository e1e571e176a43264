package dev.autogen.dialect.sqlite;

import dev.autogen.dialect.sqlite.SqliteTokenizer.Kind;
import dev.autogen.dialect.sqlite.SqliteTokenizer.Token;
import dev.autogen.schema.CheckConstraint;
import dev.autogen.schema.Column;
import dev.autogen.schema.Constraint;
import dev.autogen.schema.ForeignKey;
import dev.autogen.schema.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A table's {@code CREATE TABLE} text as SQLite stores it, rewritten for a rebuild. What the schema
 * model describes follows the replacement: a column's type, nullability and default, keys, foreign
 * keys and checks. Everything else stays exactly as written, because the model has no words for
 * it and a rebuild must not lose it: the declared type of a column the change does not touch
 * ({@code INT4} stays {@code INT4}), {@code COLLATE}, generated columns, {@code ON CONFLICT},
 * {@code AUTOINCREMENT}, {@code DEFERRABLE}, {@code WITHOUT ROWID}, {@code STRICT}, comments and
 * whitespace. So two rebuilds that undo each other give back the text they started from.
 */
final class SqliteTableText {
    /** Words that open a table constraint rather than a column definition. */
    private static final Set<String> TABLE_CONSTRAINTS = Set.of("CONSTRAINT", "PRIMARY", "UNIQUE", "CHECK", "FOREIGN");

    /** Words that open a column constraint (sqlite.org/syntax/column-constraint.html). */
    private static final Set<String> CLAUSE_STARTS = Set.of("CONSTRAINT", "PRIMARY", "NOT", "NULL", "UNIQUE",
            "CHECK", "DEFAULT", "COLLATE", "REFERENCES", "GENERATED", "AS");

    private final Table current;
    private final Table replacement;
    /** The replacement's constraints not yet written; what is left is rendered from the model. */
    private final List<Constraint> unwritten;

    private SqliteTableText(Table current, Table replacement) {
        this.current = current;
        this.replacement = replacement;
        this.unwritten = new ArrayList<>(replacement.constraints());
    }

    /**
     * The text that creates {@code replacement} under {@code name}, written from {@code original},
     * the stored text of the table the model calls {@code current}.
     */
    static String rewrite(String original, Table current, Table replacement, String name) {
        return new SqliteTableText(current, replacement).rewrite(original, name);
    }

    private String rewrite(String original, String name) {
        List<Token> tokens = SqliteTokenizer.tokenize(original);
        int body = 0;
        while (body < tokens.size() && tokens.get(body).kind() != Kind.GROUP) {
            body++;
        }
        if (body == 0 || body == tokens.size()) {
            // Not a CREATE TABLE with a column list (CREATE TABLE ... AS SELECT): write the model's.
            return SqliteTableSql.createTable(replacement, name);
        }
        Token tableName = tokens.get(body - 1);
        Token group = tokens.get(body);
        String head = original.substring(0, tableName.start()) + SqliteTableSql.q(name)
                + original.substring(tableName.end(), group.start() + 1);
        String tail = original.substring(group.end() - 1);
        return head + rewriteBody(group.text()) + tail;
    }

    private String rewriteBody(String body) {
        List<String> items = new ArrayList<>();
        int lastColumn = -1;
        for (Item item : Item.split(body)) {
            if (item.tokens().isEmpty()) {
                continue;
            }
            Token first = item.tokens().get(0);
            boolean isColumn = !(first.kind() == Kind.WORD && TABLE_CONSTRAINTS.contains(first.upper()));
            Optional<String> written = isColumn ? column(item) : tableConstraint(item);
            if (written.isPresent()) {
                items.add(written.get());
                if (isColumn) {
                    lastColumn = items.size() - 1;
                }
            }
        }
        List<String> added = new ArrayList<>();
        for (Column column : replacement.columns()) {
            if (find(current, column.name()).isEmpty()) {
                added.add(" " + SqliteTableSql.column(replacement, column));
            }
        }
        items.addAll(lastColumn + 1, added);
        for (Constraint constraint : unwritten) {
            items.add(" " + SqliteTableSql.constraint(constraint));
        }
        return String.join(",", items);
    }

    /** A column's definition, or empty when the replacement drops the column. */
    private Optional<String> column(Item item) {
        String name = item.tokens().get(0).identifier();
        Optional<Column> was = find(current, name);
        if (was.isEmpty()) {
            // A generated column, or one the model does not hold: kept as written.
            return Optional.of(item.text());
        }
        Optional<Column> now = find(replacement, name);
        if (now.isEmpty()) {
            return Optional.empty();
        }
        Column from = was.get();
        Column to = now.get();
        List<Token> tokens = item.tokens();
        StringBuilder sql = new StringBuilder(item.text().substring(0, tokens.get(0).end()));
        int i = 1;
        int typeEnd = tokens.get(0).end();
        while (i < tokens.size() && !startsClause(tokens, i)) {
            typeEnd = tokens.get(i).end();
            i++;
        }
        if (from.type().equals(to.type()) && from.identity() == to.identity()) {
            sql.append(item.text(), tokens.get(0).end(), typeEnd);
        } else {
            sql.append(' ').append(SqliteTypes.toSql(SqliteTableSql.type(replacement, to)));
        }
        boolean sameNullability = from.nullable() == to.nullable();
        boolean sameDefault = from.defaultValue().equals(to.defaultValue());
        int previousEnd = typeEnd;
        while (i < tokens.size()) {
            int start = i;
            i++;
            while (i < tokens.size() && !startsClause(tokens, i)) {
                i++;
            }
            List<Token> clause = tokens.subList(start, i);
            int end = tokens.get(i - 1).end();
            if (keepsClause(name, clause, sameNullability, sameDefault)) {
                sql.append(item.text(), previousEnd, end);
            }
            previousEnd = end;
        }
        if (!sameNullability && !to.nullable()) {
            sql.append(" NOT NULL");
        }
        if (!sameDefault) {
            to.defaultValue().ifPresent(d -> sql.append(" DEFAULT ").append(SqliteLiterals.defaultClause(d)));
        }
        sql.append(item.text().substring(previousEnd));
        return Optional.of(sql.toString());
    }

    /**
     * Whether a clause of a kept column is written again: a constraint only while the replacement
     * still has it, nullability and default only while they are unchanged (the changed ones are
     * written from the model), anything else (COLLATE, a generation) always.
     */
    private boolean keepsClause(String column, List<Token> clause, boolean sameNullability, boolean sameDefault) {
        int k = clause.get(0).isWord("CONSTRAINT") ? 2 : 0;
        if (k >= clause.size()) {
            return false;
        }
        Token keyword = clause.get(k);
        Optional<String> name = k == 2 ? Optional.of(clause.get(1).identifier()) : Optional.empty();
        if (keyword.isWord("NOT") || keyword.isWord("NULL")) {
            return sameNullability;
        } else if (keyword.isWord("DEFAULT")) {
            return sameDefault;
        } else if (keyword.isWord("PRIMARY")) {
            return write(current.primaryKey().filter(pk -> sameNames(pk.columns(), List.of(column))));
        } else if (keyword.isWord("UNIQUE")) {
            return write(current.uniqueConstraints().stream()
                    .filter(u -> sameNames(u.columns(), List.of(column))).findFirst());
        } else if (keyword.isWord("CHECK") && k + 1 < clause.size()) {
            return write(check(name, clause.get(k + 1)));
        } else if (keyword.isWord("REFERENCES") && k + 1 < clause.size()) {
            return write(foreignKey(List.of(column), clause.get(k + 1).identifier()));
        }
        return true;
    }

    /** A table constraint, or empty when the replacement no longer has it. */
    private Optional<String> tableConstraint(Item item) {
        List<Token> tokens = item.tokens();
        int k = tokens.get(0).isWord("CONSTRAINT") ? 2 : 0;
        if (k >= tokens.size()) {
            return Optional.of(item.text());
        }
        Token keyword = tokens.get(k);
        Optional<String> name = k == 2 ? Optional.of(tokens.get(1).identifier()) : Optional.empty();
        Optional<? extends Constraint> was;
        if (keyword.isWord("PRIMARY") && group(tokens, k + 2) != null) {
            List<String> columns = SqliteTokenizer.columnNames(group(tokens, k + 2));
            was = current.primaryKey().filter(pk -> sameNames(pk.columns(), columns));
        } else if (keyword.isWord("UNIQUE") && group(tokens, k + 1) != null) {
            List<String> columns = SqliteTokenizer.columnNames(group(tokens, k + 1));
            was = current.uniqueConstraints().stream().filter(u -> sameNames(u.columns(), columns)).findFirst();
        } else if (keyword.isWord("CHECK") && group(tokens, k + 1) != null) {
            was = check(name, tokens.get(k + 1));
        } else if (keyword.isWord("FOREIGN") && group(tokens, k + 2) != null && k + 4 < tokens.size()) {
            was = foreignKey(SqliteTokenizer.columnNames(group(tokens, k + 2)), tokens.get(k + 4).identifier());
        } else {
            return Optional.of(item.text());
        }
        return write(was) ? Optional.of(item.text()) : Optional.empty();
    }

    /**
     * True when {@code constraint}, one the stored text declares, is still in the replacement: its
     * text is then written as it stands and the model does not write it again. A constraint the
     * model does not find in the text is the model's to write, so a dropped one never survives.
     */
    private boolean write(Optional<? extends Constraint> constraint) {
        return constraint.isPresent() && unwritten.remove(constraint.get());
    }

    private Optional<CheckConstraint> check(Optional<String> name, Token condition) {
        if (condition.kind() != Kind.GROUP) {
            return Optional.empty();
        }
        String text = condition.text().strip();
        return current.checks().stream().filter(c -> c.condition().equals(text) && c.name().equals(name)).findFirst();
    }

    private Optional<ForeignKey> foreignKey(List<String> columns, String referenced) {
        return current.foreignKeys().stream()
                .filter(f -> sameNames(f.columns(), columns) && f.referencedTable().equalsIgnoreCase(referenced))
                .findFirst();
    }

    /**
     * Whether token {@code i} of a column definition opens a constraint. Inside a clause the same
     * words can continue it: {@code DEFAULT NULL}, {@code ON DELETE SET NULL}, {@code NOT DEFERRABLE},
     * {@code GENERATED ALWAYS AS}, {@code CONSTRAINT name UNIQUE}.
     */
    private static boolean startsClause(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (t.kind() != Kind.WORD || !CLAUSE_STARTS.contains(t.upper())) {
            return false;
        }
        Token previous = tokens.get(i - 1);
        if (previous.isWord("DEFAULT") || previous.isWord("SET") || previous.isWord("ALWAYS")
                || previous.isWord("CONSTRAINT")) {
            return false;
        }
        if (i >= 2 && tokens.get(i - 2).isWord("DEFAULT") && (previous.isSymbol("-") || previous.isSymbol("+"))) {
            return false;
        }
        if (i >= 2 && tokens.get(i - 2).isWord("CONSTRAINT")) {
            // CONSTRAINT name PRIMARY KEY ...: the name and what follows are one clause.
            return false;
        }
        return !(t.isWord("NOT") && i + 1 < tokens.size() && tokens.get(i + 1).isWord("DEFERRABLE"));
    }

    private static String group(List<Token> tokens, int index) {
        return index < tokens.size() && tokens.get(index).kind() == Kind.GROUP ? tokens.get(index).text() : null;
    }

    private static Optional<Column> find(Table table, String name) {
        return table.columns().stream().filter(c -> c.name().equalsIgnoreCase(name)).findFirst();
    }

    private static boolean sameNames(List<String> a, List<String> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).equalsIgnoreCase(b.get(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * One comma-separated part of a table's body: its text exactly as stored (the whitespace around
     * it included) and its tokens, placed within that text.
     */
    private record Item(String text, List<Token> tokens) {
        Item {
            Objects.requireNonNull(text, "text == null");
            tokens = List.copyOf(tokens);
        }

        static List<Item> split(String body) {
            List<Item> items = new ArrayList<>();
            int start = 0;
            for (Token t : SqliteTokenizer.tokenize(body)) {
                if (t.isSymbol(",")) {
                    items.add(of(body.substring(start, t.start())));
                    start = t.end();
                }
            }
            items.add(of(body.substring(start)));
            return items;
        }

        private static Item of(String text) {
            return new Item(text, SqliteTokenizer.tokenize(text));
        }
    }
}
