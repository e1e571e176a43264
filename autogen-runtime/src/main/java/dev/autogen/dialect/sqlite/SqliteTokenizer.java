package dev.autogen.dialect.sqlite;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits SQLite SQL text into the tokens reflection needs to read a {@code CREATE TABLE}: words,
 * quoted names, string literals, and whole parenthesized groups kept as raw text, so a check's
 * condition comes back exactly as written.
 */
final class SqliteTokenizer {

    enum Kind { WORD, NAME, STRING, GROUP, SYMBOL }

    /**
     * One token; for a GROUP, {@code text} is what stands between the parentheses. {@code start}
     * and {@code end} are its place in the text tokenized (a GROUP's take in its parentheses), so a
     * rebuild can keep the text around what it changes exactly as written.
     */
    record Token(Kind kind, String text, int start, int end) {
        boolean isWord(String word) {
            return kind == Kind.WORD && text.equalsIgnoreCase(word);
        }

        boolean isSymbol(String symbol) {
            return kind == Kind.SYMBOL && text.equals(symbol);
        }

        /** The identifier this token names, without its quotes. */
        String identifier() {
            if (kind == Kind.NAME || kind == Kind.STRING) {
                char open = text.charAt(0);
                char close = open == '[' ? ']' : open;
                String inner = text.substring(1, text.length() - 1);
                return open == '[' ? inner : inner.replace("" + close + close, "" + close);
            }
            return text;
        }

        String upper() {
            return text.toUpperCase(Locale.ROOT);
        }
    }

    private SqliteTokenizer() {
    }

    static List<Token> tokenize(String sql) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            int end;
            if (Character.isWhitespace(c)) {
                end = i + 1;
            } else if (startsComment(sql, i)) {
                end = skipComment(sql, i);
            } else if (c == '(') {
                end = closingParenthesis(sql, i) + 1;
                tokens.add(new Token(Kind.GROUP, sql.substring(i + 1, end - 1), i, end));
            } else if (c == '\'' || c == '"' || c == '`' || c == '[') {
                end = skipQuoted(sql, i);
                tokens.add(new Token(c == '\'' ? Kind.STRING : Kind.NAME, sql.substring(i, end), i, end));
            } else if (isWordChar(c)) {
                end = i;
                while (end < sql.length() && isWordChar(sql.charAt(end))) {
                    end++;
                }
                tokens.add(new Token(Kind.WORD, sql.substring(i, end), i, end));
            } else {
                end = i + 1;
                tokens.add(new Token(Kind.SYMBOL, String.valueOf(c), i, end));
            }
            i = end;
        }
        return tokens;
    }

    /** The tokens between top-level commas. */
    static List<List<Token>> splitOnCommas(List<Token> tokens) {
        List<List<Token>> parts = new ArrayList<>();
        List<Token> current = new ArrayList<>();
        for (Token t : tokens) {
            if (t.isSymbol(",")) {
                parts.add(current);
                current = new ArrayList<>();
            } else {
                current.add(t);
            }
        }
        if (!current.isEmpty()) {
            parts.add(current);
        }
        return parts;
    }

    /** The names in a parenthesized column list such as {@code ("a", b DESC)}. */
    static List<String> columnNames(String groupText) {
        List<String> names = new ArrayList<>();
        for (List<Token> part : splitOnCommas(tokenize(groupText))) {
            if (!part.isEmpty()) {
                names.add(part.get(0).identifier());
            }
        }
        return names;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }

    private static boolean startsComment(String sql, int i) {
        // Called for every character of every CREATE TABLE reflected: look at one char first.
        char c = sql.charAt(i);
        return (c == '-' || c == '/') && (sql.startsWith("--", i) || sql.startsWith("/*", i));
    }

    private static int skipComment(String sql, int i) {
        int end = sql.startsWith("--", i) ? sql.indexOf('\n', i) : sql.indexOf("*/", i + 2);
        if (end < 0) {
            return sql.length();
        }
        return sql.startsWith("--", i) ? end + 1 : end + 2;
    }

    /** The index just after the quoted text opening at {@code start}; doubled quotes stay inside. */
    private static int skipQuoted(String sql, int start) {
        char close = sql.charAt(start) == '[' ? ']' : sql.charAt(start);
        int i = start + 1;
        while (i < sql.length()) {
            if (sql.charAt(i) == close) {
                if (close != ']' && i + 1 < sql.length() && sql.charAt(i + 1) == close) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return sql.length();
    }

    private static int closingParenthesis(String sql, int open) {
        int depth = 0;
        int i = open;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (c == '\'' || c == '"' || c == '`' || c == '[') {
                i = skipQuoted(sql, i);
                continue;
            }
            if (startsComment(sql, i)) {
                i = skipComment(sql, i);
                continue;
            }
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
            i++;
        }
        return sql.length() - 1;
    }
}
