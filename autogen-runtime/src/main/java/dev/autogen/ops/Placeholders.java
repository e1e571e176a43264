package dev.autogen.ops;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the {@code ?} parameter placeholders of a statement are: outside quotes, quoted names and
 * comments, as a JDBC driver finds them. PostgreSQL's {@code ??} escape is not a placeholder.
 */
public final class Placeholders {
    private Placeholders() {
    }

    /** The index of each placeholder in {@code sql}, in order. */
    public static List<Integer> positions(String sql) {
        List<Integer> found = new ArrayList<>();
        int n = sql.length();
        int i = 0;
        while (i < n) {
            int past = QuotedOrComment.past(sql, i, true);
            if (past != i) {
                i = past;
            } else if (sql.charAt(i) == '?' && i + 1 < n && sql.charAt(i + 1) == '?') {
                i += 2;
            } else {
                if (sql.charAt(i) == '?') {
                    found.add(i);
                }
                i++;
            }
        }
        return found;
    }

    /** {@code sql} with each placeholder replaced by the matching text of {@code values}. */
    public static String fill(String sql, List<String> values) {
        List<Integer> at = positions(sql);
        StringBuilder out = new StringBuilder();
        int from = 0;
        for (int k = 0; k < at.size(); k++) {
            out.append(sql, from, at.get(k)).append(values.get(k));
            from = at.get(k) + 1;
        }
        return out.append(sql.substring(from)).toString();
    }
}
