package dev.autogen.ops;

/**
 * The stretches of SQL text that belong to no statement's structure: quoted text, quoted names and
 * comments. Scanners that look for {@code ?} placeholders or {@code ;} between statements step over
 * them with {@link #past}.
 */
final class QuotedOrComment {
    private QuotedOrComment() {
    }

    /**
     * The index just past the quoted text or comment that starts at {@code i}; {@code i} itself when
     * none starts there. With {@code backslashEscapes} (MySQL's strings), a backslash keeps the next
     * character inside a quoted text; a doubled quote always does.
     */
    static int past(String sql, int i, boolean backslashEscapes) {
        int n = sql.length();
        char c = sql.charAt(i);
        if (c == '\'' || c == '"' || c == '`') {
            return closing(sql, i + 1, c, backslashEscapes);
        }
        if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
            int end = sql.indexOf('\n', i);
            return end < 0 ? n : end + 1;
        }
        if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
            int end = sql.indexOf("*/", i + 2);
            return end < 0 ? n : end + 2;
        }
        return i;
    }

    /** After a quote: the index past its closing quote. */
    private static int closing(String sql, int from, char quote, boolean backslashEscapes) {
        int i = from;
        while (i < sql.length()) {
            if (sql.charAt(i) == quote) {
                if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            if (backslashEscapes && sql.charAt(i) == '\\' && quote != '"') {
                i++;
            }
            i++;
        }
        return sql.length();
    }
}
