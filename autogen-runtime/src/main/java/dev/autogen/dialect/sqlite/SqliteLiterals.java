package dev.autogen.dialect.sqlite;

import dev.autogen.AutogenException;
import dev.autogen.dialect.sql.StandardLiterals;
import dev.autogen.dialect.sql.ValueSpelling;
import java.math.BigDecimal;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** SQL literals on SQLite: how defaults must be written, and values rendered for inserts. */
final class SqliteLiterals {
    private static final Pattern STRING = Pattern.compile("'(?:[^']|'')*'");
    private static final Pattern NUMBER = Pattern.compile("[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?");
    private static final Pattern BLOB = Pattern.compile("[xX]'(?:[0-9a-fA-F]{2})*'");
    private static final Set<String> WORDS = Set.of("NULL", "TRUE", "FALSE");
    private static final Set<String> CLOCK = Set.of("CURRENT_TIMESTAMP", "CURRENT_DATE", "CURRENT_TIME");

    private static final ValueSpelling SPELLING = new ValueSpelling() {
        @Override
        public String string(String text) {
            return StandardLiterals.string(text);
        }

        @Override
        public String bytes(byte[] bytes) {
            return "X'" + HexFormat.of().formatHex(bytes) + "'";
        }

        @Override
        public String nonFinite(Number value) {
            throw new AutogenException("cannot write " + value + " in bulkInsert: SQL has no literal for it");
        }

        /** Plain decimal digits, never the exponent form Java prints for large and small values. */
        @Override
        public String finite(Number value) {
            return BigDecimal.valueOf(value.doubleValue()).toPlainString();
        }

        @Override
        public String bool(boolean value) {
            return value ? "1" : "0";
        }
    };

    private SqliteLiterals() {
    }

    /**
     * The text after {@code DEFAULT}: SQLite's grammar takes a literal, a signed number or one of the
     * clock keywords bare, and any other expression only inside parentheses.
     */
    static String defaultClause(String sql) {
        String text = sql.strip();
        if (isConstant(text) || CLOCK.contains(text.toUpperCase(Locale.ROOT)) || enclosedInParentheses(text)) {
            return text;
        }
        return "(" + text + ")";
    }

    /** True for a default {@code ALTER TABLE ADD COLUMN} accepts on a table that has rows. */
    static boolean isConstant(String sql) {
        String text = sql.strip();
        return STRING.matcher(text).matches() || NUMBER.matcher(text).matches() || BLOB.matcher(text).matches()
                || WORDS.contains(text.toUpperCase(Locale.ROOT));
    }

    static boolean isNull(String sql) {
        return sql.strip().equalsIgnoreCase("NULL");
    }

    static boolean isNumber(String sql) {
        return NUMBER.matcher(sql.strip()).matches();
    }

    /** True when the first parenthesis of {@code text} closes at its very end. */
    static boolean enclosedInParentheses(String text) {
        if (!text.startsWith("(") || !text.endsWith(")")) {
            return false;
        }
        int depth = 0;
        boolean inString = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\'') {
                inString = !inString;
            } else if (!inString && c == '(') {
                depth++;
            } else if (!inString && c == ')') {
                depth--;
                if (depth == 0 && i < text.length() - 1) {
                    return false;
                }
            }
        }
        return depth == 0;
    }

    /** {@code value} as a SQL literal; booleans as 1/0, the values SQLite stores for them. */
    static String of(Object value) {
        return StandardLiterals.value(value, SPELLING);
    }
}
