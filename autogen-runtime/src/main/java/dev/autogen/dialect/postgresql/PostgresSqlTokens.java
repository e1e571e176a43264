package dev.autogen.dialect.postgresql;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Splits a PostgreSQL expression into tokens; the expression canonicalizer reads them. */
final class PostgresSqlTokens {

    enum Kind { WORD, QUOTED_NAME, STRING, NUMBER, SYMBOL }

    record Token(Kind kind, String text) {
        boolean is(String symbolOrWord) {
            return (kind == Kind.SYMBOL || kind == Kind.WORD) && text.equalsIgnoreCase(symbolOrWord);
        }
    }

    /** Longest first, so that {@code <=} is not read as {@code <} then {@code =}. */
    private static final List<String> SYMBOLS = List.of("!~~*", "~~*", "!~~", "!~*", "::", "<=", ">=", "<>", "!=",
            "||", "~~", "~*", "!~", "~", "=", "<", ">", "+", "-", "*", "/", "%", "(", ")", "[", "]", ",", ".");

    private final String sql;
    private int pos;

    private PostgresSqlTokens(String sql) {
        this.sql = sql;
    }

    /** The tokens of {@code sql}, or empty when it holds something this reader does not know. */
    static Optional<List<Token>> of(String sql) {
        return new PostgresSqlTokens(sql).readAll();
    }

    private Optional<List<Token>> readAll() {
        List<Token> tokens = new ArrayList<>();
        while (true) {
            while (pos < sql.length() && Character.isWhitespace(sql.charAt(pos))) {
                pos++;
            }
            if (pos >= sql.length()) {
                return Optional.of(tokens);
            }
            Token next = next();
            if (next == null) {
                return Optional.empty();
            }
            tokens.add(next);
        }
    }

    private Token next() {
        char c = sql.charAt(pos);
        if (c == '\'') {
            return quoted('\'', Kind.STRING, pos);
        }
        if ((c == 'E' || c == 'e') && pos + 1 < sql.length() && sql.charAt(pos + 1) == '\'') {
            // Escape strings keep their E prefix: their backslashes mean something.
            int start = pos++;
            return quoted('\'', Kind.STRING, start);
        }
        if (c == '"') {
            return quoted('"', Kind.QUOTED_NAME, pos);
        }
        if (Character.isDigit(c) || (c == '.' && pos + 1 < sql.length() && Character.isDigit(sql.charAt(pos + 1)))) {
            return number();
        }
        if (Character.isLetter(c) || c == '_') {
            int start = pos;
            while (pos < sql.length() && (Character.isLetterOrDigit(sql.charAt(pos)) || sql.charAt(pos) == '_'
                    || sql.charAt(pos) == '$')) {
                pos++;
            }
            return new Token(Kind.WORD, sql.substring(start, pos));
        }
        for (String symbol : SYMBOLS) {
            if (sql.startsWith(symbol, pos)) {
                pos += symbol.length();
                return new Token(Kind.SYMBOL, symbol);
            }
        }
        return null;
    }

    /** A quoted string or name; a doubled quote stands for one. Text keeps its quotes as written. */
    private Token quoted(char quote, Kind kind, int start) {
        // E'...' strings (the only ones not starting with the quote) escape with backslashes too.
        boolean backslashEscapes = sql.charAt(start) != quote;
        pos++;
        while (pos < sql.length()) {
            char c = sql.charAt(pos);
            if (backslashEscapes && c == '\\') {
                pos += 2;
            } else if (c == quote && pos + 1 < sql.length() && sql.charAt(pos + 1) == quote) {
                pos += 2;
            } else if (c == quote) {
                pos++;
                return new Token(kind, sql.substring(start, pos));
            } else {
                pos++;
            }
        }
        return null;
    }

    private Token number() {
        int start = pos;
        while (pos < sql.length() && (Character.isDigit(sql.charAt(pos)) || sql.charAt(pos) == '.')) {
            pos++;
        }
        if (pos < sql.length() && (sql.charAt(pos) == 'e' || sql.charAt(pos) == 'E')) {
            int mark = pos++;
            if (pos < sql.length() && (sql.charAt(pos) == '+' || sql.charAt(pos) == '-')) {
                pos++;
            }
            if (pos < sql.length() && Character.isDigit(sql.charAt(pos))) {
                while (pos < sql.length() && Character.isDigit(sql.charAt(pos))) {
                    pos++;
                }
            } else {
                pos = mark;
            }
        }
        return new Token(Kind.NUMBER, sql.substring(start, pos));
    }
}
