package dev.autogen.dialect.mysql;

import dev.autogen.AutogenException;
import dev.autogen.dialect.sql.StandardLiterals;
import dev.autogen.dialect.sql.ValueSpelling;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * SQL literals on MySQL and MariaDB. Their strings treat a backslash as an escape (unless
 * NO_BACKSLASH_ESCAPES is set), so a string holding one is written as hex bytes with a character
 * set, which reads the same under every sql_mode.
 */
final class MysqlLiterals {
    private static final Pattern NUMBER = Pattern.compile("[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?");
    private static final Pattern STRING = Pattern.compile("'(?:[^'\\\\]|''|\\\\.)*'");

    private static final ValueSpelling SPELLING = new ValueSpelling() {
        @Override
        public String string(String text) {
            return MysqlLiterals.string(text);
        }

        @Override
        public String bytes(byte[] bytes) {
            return "X'" + HexFormat.of().formatHex(bytes) + "'";
        }

        @Override
        public String nonFinite(Number value) {
            throw new AutogenException("bulkInsert cannot write " + value
                    + ": MySQL and MariaDB cannot store NaN or infinity");
        }
    };

    private MysqlLiterals() {
    }

    /** A string literal that means {@code text} whatever the sql_mode. */
    static String string(String text) {
        if (text.indexOf('\\') >= 0 || text.indexOf('\0') >= 0) {
            return "_utf8mb4 X'" + HexFormat.of().formatHex(text.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                    + "'";
        }
        return StandardLiterals.string(text);
    }

    /**
     * A string for a place that takes only a plain quoted literal (COMMENT): a backslash is
     * doubled, as under the default sql_mode.
     */
    static String plainString(String text) {
        return StandardLiterals.string(text.replace("\\", "\\\\").replace("\0", "\\0"));
    }

    /** A value of a bulk-insert row. */
    static String value(Object value) {
        return StandardLiterals.value(value, SPELLING);
    }

    static boolean isNumber(String sql) {
        return NUMBER.matcher(sql.strip()).matches();
    }

    static boolean isString(String sql) {
        return STRING.matcher(sql.strip()).matches();
    }

    /**
     * The text after {@code DEFAULT}: a literal and the clock words stand bare; any other
     * expression must be in parentheses on MySQL 8 (MariaDB takes both).
     */
    static String defaultClause(String sql) {
        String text = sql.strip();
        String lower = text.toLowerCase(Locale.ROOT);
        if (isNumber(text) || isString(text) || lower.equals("null") || lower.equals("true") || lower.equals("false")
                || lower.matches("(current_timestamp|now|localtimestamp|localtime)(\\(\\d*\\))?")
                || text.startsWith("(") && text.endsWith(")")
                || lower.matches("[xb]'[0-9a-f]*'") || lower.startsWith("_utf8mb4 x'")) {
            return text;
        }
        return "(" + text + ")";
    }
}
