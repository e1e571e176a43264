package dev.autogen.schema;

import java.util.List;
import java.util.Optional;

/**
 * A default, a check condition or a type spelling is pasted into DDL as it is written, so it must
 * be one SQL expression: nothing in it may end the statement ({@code ;}), comment out the rest of
 * it ({@code --}, {@code /*}, MySQL's {@code #}), close a parenthesis it did not open, or leave a
 * quote open. {@code @ColumnDefault("0); DROP TABLE victim; CREATE TABLE pwned (id int")} would
 * otherwise become three statements.
 *
 * <p>Databases read quotes differently (a backslash escapes a quote in MySQL, PostgreSQL has
 * dollar quotes, SQLite brackets and backticks), and text that is harmless under one reading can
 * end the statement under another. So the text is read under each reading, and it must be one
 * expression under all of them; what only one database could read safely is refused everywhere.
 */
public final class SingleExpression {
    /** How one family of databases reads quotes. */
    private enum Reading {
        /** SQL standard: {@code '...'} and {@code "..."}, a doubled quote escapes it. */
        STANDARD(false, false, false, "'\""),
        /** MySQL and MariaDB: a backslash escapes inside quotes, backticks quote names, # starts a comment. */
        BACKSLASH(true, false, true, "'\"`"),
        /** PostgreSQL: also {@code $tag$...$tag$}. */
        DOLLAR(false, true, false, "'\""),
        /** SQLite: also {@code `name`} and {@code [name]}. */
        BRACKETS(false, false, false, "'\"`[");

        private final boolean backslashEscapes;
        private final boolean dollarQuotes;
        private final boolean hashComments;
        private final String quotes;

        Reading(boolean backslashEscapes, boolean dollarQuotes, boolean hashComments, String quotes) {
            this.backslashEscapes = backslashEscapes;
            this.dollarQuotes = dollarQuotes;
            this.hashComments = hashComments;
            this.quotes = quotes;
        }
    }

    private SingleExpression() {
    }

    /**
     * Throws {@link IllegalArgumentException}, naming {@code what} ("the default of books.price"),
     * unless {@code text} is one expression under every reading. (The schema package is API and
     * depends on the JDK only; the runner and the entity reader turn it into their own error.)
     */
    public static void require(String text, String what) {
        problem(text).ifPresent(problem -> {
            throw new IllegalArgumentException(what + " is not one SQL expression (" + problem + "): " + shown(text));
        });
    }

    /** Every default, check condition and spelled-out type of {@code table} is one expression. */
    public static void requireIn(Table table) {
        table.columns().forEach(column -> requireIn(table.name(), column));
        for (Constraint constraint : table.constraints()) {
            if (constraint instanceof CheckConstraint check) {
                require(check.condition(), "the check " + check.name().map(n -> n + " ").orElse("") + "on "
                        + table.name());
            }
        }
    }

    /** The column's default and, when spelled out ({@code Type.of}), its type are one expression each. */
    public static void requireIn(String table, Column column) {
        column.defaultValue().ifPresent(sql -> require(sql, "the default of " + table + "." + column.name()));
        requireType(table, column);
    }

    /** A type spelled out ({@code Type.of("...")}, {@code columnDefinition}) is one expression. */
    public static void requireType(String table, Column column) {
        if (column.type() instanceof ColumnType.Native n) {
            require(n.sql(), "the type of " + table + "." + column.name());
        }
    }

    /** What would let {@code text} reach beyond one expression, if anything. */
    public static Optional<String> problem(String text) {
        for (Reading reading : List.of(Reading.values())) {
            Optional<String> problem = problem(text, reading);
            if (problem.isPresent()) {
                return problem;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> problem(String text, Reading reading) {
        int depth = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (reading.quotes.indexOf(c) >= 0) {
                int end = quoteEnd(text, i, c == '[' ? ']' : c, reading.backslashEscapes);
                if (end < 0) {
                    return Optional.of("a quote " + c + " is never closed");
                }
                i = end + 1;
                continue;
            }
            if (reading.dollarQuotes && c == '$') {
                Optional<Integer> end = dollarQuoteEnd(text, i);
                if (end.isPresent()) {
                    if (end.get() < 0) {
                        return Optional.of("a dollar quote is never closed");
                    }
                    i = end.get();
                    continue;
                }
            }
            if (c == ';') {
                return Optional.of("';' would end the statement");
            }
            if (text.startsWith("--", i) || text.startsWith("/*", i) || text.startsWith("*/", i)
                    || (reading.hashComments && c == '#')) {
                return Optional.of("a comment would hide the rest of the statement");
            }
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth < 0) {
                return Optional.of("')' closes a parenthesis it did not open");
            } else if (c == '\0') {
                return Optional.of("it holds a NUL character");
            }
            i++;
        }
        return depth == 0 ? Optional.empty() : Optional.of("a '(' is never closed");
    }

    /** The index of the closing quote, or -1. */
    private static int quoteEnd(String text, int open, char close, boolean backslashEscapes) {
        int i = open + 1;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (backslashEscapes && c == '\\') {
                i += 2;
            } else if (c == close) {
                if (close != ']' && i + 1 < text.length() && text.charAt(i + 1) == close) {
                    i += 2;
                } else {
                    return i;
                }
            } else {
                i++;
            }
        }
        return -1;
    }

    /**
     * Where a PostgreSQL dollar quote starting at {@code open} ends (just after it), -1 when it
     * never does, or empty when the {@code $} starts no dollar quote ({@code $1} is a parameter).
     */
    private static Optional<Integer> dollarQuoteEnd(String text, int open) {
        int i = open + 1;
        while (i < text.length() && (Character.isLetter(text.charAt(i)) || text.charAt(i) == '_'
                || (i > open + 1 && Character.isDigit(text.charAt(i))))) {
            i++;
        }
        if (i >= text.length() || text.charAt(i) != '$') {
            return Optional.empty();
        }
        String tag = text.substring(open, i + 1);
        int close = text.indexOf(tag, i + 1);
        return Optional.of(close < 0 ? -1 : close + tag.length());
    }

    private static String shown(String text) {
        String line = text.replaceAll("\\s+", " ").strip();
        return line.length() <= 80 ? line : line.substring(0, 77) + "...";
    }
}
