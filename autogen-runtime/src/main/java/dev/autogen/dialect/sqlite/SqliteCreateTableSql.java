package dev.autogen.dialect.sqlite;

import dev.autogen.dialect.sqlite.SqliteTokenizer.Kind;
import dev.autogen.dialect.sqlite.SqliteTokenizer.Token;
import dev.autogen.schema.CheckConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What only the {@code CREATE TABLE} text of a SQLite table tells: the names of its unique and
 * foreign key constraints (the pragmas report none) and its check constraints (no pragma lists
 * them), written either as table constraints or inside a column's definition.
 */
record SqliteCreateTableSql(List<Named> primaryKeys,
        List<Named> uniques, List<Named> foreignKeys, List<CheckConstraint> checks, boolean withoutRowid) {

    /** A constraint's optional name, its columns and, for a foreign key, the table it references. */
    record Named(Optional<String> name, List<String> columns, String referencedTable) {
    }

    private static final Set<String> TABLE_CONSTRAINTS = Set.of("CONSTRAINT", "PRIMARY", "UNIQUE", "CHECK", "FOREIGN");

    static SqliteCreateTableSql parse(String sql) {
        List<Token> tokens = SqliteTokenizer.tokenize(sql == null ? "" : sql);
        int body = 0;
        while (body < tokens.size() && tokens.get(body).kind() != Kind.GROUP) {
            body++;
        }
        SqliteCreateTableSql parsed = new SqliteCreateTableSql(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
                new ArrayList<>(),
                tokens.stream().skip(body + 1L).anyMatch(t -> t.isWord("WITHOUT")));
        if (body < tokens.size()) {
            for (List<Token> item : SqliteTokenizer.splitOnCommas(SqliteTokenizer.tokenize(tokens.get(body).text()))) {
                if (item.isEmpty()) {
                    continue;
                }
                if (item.get(0).kind() == Kind.WORD && TABLE_CONSTRAINTS.contains(item.get(0).upper())) {
                    parsed.readTableConstraint(item);
                } else {
                    parsed.readColumnConstraints(item);
                }
            }
        }
        return parsed;
    }

    /** {@code [CONSTRAINT name] UNIQUE (...) | CHECK (...) | FOREIGN KEY (...) REFERENCES t ...}. */
    private void readTableConstraint(List<Token> item) {
        int i = 0;
        Optional<String> name = Optional.empty();
        if (item.get(0).isWord("CONSTRAINT") && item.size() > 1) {
            name = Optional.of(item.get(1).identifier());
            i = 2;
        }
        if (i >= item.size()) {
            return;
        }
        Token keyword = item.get(i);
        if (keyword.isWord("PRIMARY") && group(item, i + 2) != null) {
            primaryKeys.add(new Named(name, SqliteTokenizer.columnNames(group(item, i + 2)), null));
        } else if (keyword.isWord("UNIQUE") && group(item, i + 1) != null) {
            uniques.add(new Named(name, SqliteTokenizer.columnNames(group(item, i + 1)), null));
        } else if (keyword.isWord("CHECK") && group(item, i + 1) != null) {
            checks.add(new CheckConstraint(name, group(item, i + 1).strip()));
        } else if (keyword.isWord("FOREIGN") && group(item, i + 2) != null && i + 4 < item.size()) {
            foreignKeys.add(new Named(name, SqliteTokenizer.columnNames(group(item, i + 2)),
                    item.get(i + 4).identifier()));
        }
    }

    /** A column definition: its name, its type, then constraints, each optionally named. */
    private void readColumnConstraints(List<Token> item) {
        String column = item.get(0).identifier();
        Optional<String> name = Optional.empty();
        for (int i = 1; i < item.size(); i++) {
            Token t = item.get(i);
            if (t.isWord("CONSTRAINT") && i + 1 < item.size()) {
                name = Optional.of(item.get(++i).identifier());
            } else if (t.isWord("CHECK") && group(item, i + 1) != null) {
                checks.add(new CheckConstraint(name, group(item, ++i).strip()));
                name = Optional.empty();
            } else if (t.isWord("UNIQUE")) {
                uniques.add(new Named(name, List.of(column), null));
                name = Optional.empty();
            } else if (t.isWord("REFERENCES") && i + 1 < item.size()) {
                foreignKeys.add(new Named(name, List.of(column), item.get(++i).identifier()));
                name = Optional.empty();
            } else if (t.isWord("PRIMARY")) {
                primaryKeys.add(new Named(name, List.of(column), null));
                name = Optional.empty();
            } else if (t.isWord("NOT") || t.isWord("DEFAULT") || t.isWord("COLLATE")
                    || t.isWord("GENERATED") || t.isWord("AS")) {
                name = Optional.empty();
            }
        }
    }

    private static String group(List<Token> item, int index) {
        return index < item.size() && item.get(index).kind() == Kind.GROUP ? item.get(index).text() : null;
    }

    /** The name the primary key was given, if any. */
    Optional<String> primaryKeyName() {
        return primaryKeys.stream().findFirst().flatMap(Named::name);
    }

    /** The name a unique constraint on exactly these columns was given, if any. */
    Optional<String> uniqueName(List<String> columns) {
        return uniques.stream().filter(u -> sameColumns(u.columns(), columns)).findFirst().flatMap(Named::name);
    }

    /** The name a foreign key from these columns to {@code table} was given, if any. */
    Optional<String> foreignKeyName(List<String> columns, String table) {
        return foreignKeys.stream()
                .filter(f -> sameColumns(f.columns(), columns) && f.referencedTable().equalsIgnoreCase(table))
                .findFirst().flatMap(Named::name);
    }

    private static boolean sameColumns(List<String> a, List<String> b) {
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
}
