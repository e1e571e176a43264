package dev.autogen.dialect.mysql;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * The form of a check condition or default in which MySQL's and MariaDB's rewrites compare equal
 * to what was written: backticks dropped, words lower case, space outside strings removed, the
 * clock's spellings ({@code now()}, {@code current_timestamp()}) made one, {@code length} read as
 * the {@code octet_length} it means, redundant outer parentheses stripped and numbers written
 * plainly. Used only to compare, never to write SQL.
 */
final class MysqlExpressions {
    private MysqlExpressions() {
    }

    static String canonical(String sql) {
        StringBuilder out = new StringBuilder();
        String text = sql.strip();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\'') {
                int end = stringEnd(text, i);
                out.append(plainLiteral(text.substring(i, end)));
                i = end;
            } else if (c == '`' || c == '"') {
                // Backticks, and the double quotes of standard SQL the DDL turned into them, only quote names.
                i++;
            } else if (Character.isWhitespace(c)) {
                i++;
            } else {
                out.append(Character.toLowerCase(c));
                i++;
            }
        }
        String result = stripOuterParentheses(out.toString());
        result = result.replaceAll("(?<![a-z0-9_])(current_timestamp\\(\\)|now\\(\\)|localtimestamp\\(\\)"
                + "|localtimestamp|localtime\\(\\)|localtime)(?![a-z0-9_(])", "current_timestamp");
        // The vocabulary keeps no fractional-second precision: the server writes current_timestamp(6) on a datetime(6).
        result = result.replaceAll("(?<![a-z0-9_])(current_timestamp|now|localtimestamp)\\((\\d+)\\)",
                "current_timestamp");
        // length() is octet_length() by another name; MariaDB stores a check's length(x) as octet_length(x).
        result = result.replaceAll("(?<![a-z0-9_$])length\\(", "octet_length(");
        return number(result);
    }

    /**
     * A check condition compared without any parentheses: the server drops those it finds
     * redundant ({@code a or (b is not null)} reads back as {@code a or b is not null}), and
     * a condition that differs only in its grouping is taken as the same. Strings stay whole.
     */
    static String canonicalCondition(String sql) {
        String text = canonical(sql);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\'') {
                int end = stringEnd(text, i);
                out.append(text, i, end);
                i = end - 1;
            } else if (c != '(' && c != ')') {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** 1.50 and 1.5 are one number; a quoted number stays a string. */
    private static String number(String text) {
        if (MysqlLiterals.isNumber(text)) {
            try {
                BigDecimal d = new BigDecimal(text.startsWith("+") ? text.substring(1) : text);
                return d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString();
            } catch (NumberFormatException e) {
                return text;
            }
        }
        return text;
    }

    /**
     * A string literal in one spelling: the server writes a quote in a {@code text} or {@code blob}
     * column's default as {@code \'} where a {@code varchar}'s keeps the {@code ''} it was given,
     * and a backslash as {@code \\}. The value is decoded with the escapes of the default sql_mode
     * and quoted again with doubled quotes.
     */
    static String plainLiteral(String literal) {
        if (literal.length() < 2 || !literal.endsWith("'")) {
            return literal;
        }
        StringBuilder value = new StringBuilder();
        for (int i = 1; i < literal.length() - 1; i++) {
            char c = literal.charAt(i);
            if (c == '\\' && i + 1 < literal.length() - 1) {
                char next = literal.charAt(++i);
                switch (next) {
                    case '0' -> value.append('\0');
                    case 'b' -> value.append('\b');
                    case 'n' -> value.append('\n');
                    case 'r' -> value.append('\r');
                    case 't' -> value.append('\t');
                    case 'Z' -> value.append('\u001a');
                    case '%', '_' -> value.append('\\').append(next);
                    default -> value.append(next);
                }
            } else if (c == '\'' && i + 1 < literal.length() - 1 && literal.charAt(i + 1) == '\'') {
                value.append('\'');
                i++;
            } else {
                value.append(c);
            }
        }
        return "'" + value.toString().replace("'", "''") + "'";
    }

    private static int stringEnd(String text, int start) {
        int i = start + 1;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == '\'' && i + 1 < text.length() && text.charAt(i + 1) == '\'') {
                i += 2;
            } else if (c == '\'') {
                return i + 1;
            } else {
                i++;
            }
        }
        return text.length();
    }

    static String stripOuterParentheses(String text) {
        String result = text;
        while (result.startsWith("(") && result.endsWith(")") && closesAtEnd(result)) {
            result = result.substring(1, result.length() - 1);
        }
        return result;
    }

    private static boolean closesAtEnd(String text) {
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\'') {
                i = stringEnd(text, i) - 1;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
                if (depth == 0 && i < text.length() - 1) {
                    return false;
                }
            }
        }
        return depth == 0;
    }

    static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
