package dev.autogen.ops;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Finds transaction control (COMMIT, ROLLBACK, BEGIN, END, ABORT, START TRANSACTION, SAVEPOINT,
 * RELEASE, PREPARE TRANSACTION, SET AUTOCOMMIT) among the statements of raw SQL. autogen runs each
 * revision in one transaction and records the revision in it; a COMMIT inside would make part of the
 * revision permanent while a later failure still reports it "rolled back". Reads the SQL as a
 * statement splitter must: quotes, comments and dollar-quoted bodies are skipped, and inside a
 * {@code CREATE} (a trigger's or routine's body) BEGIN ... END and CASE ... END nest, so a trigger's
 * {@code END} is not taken for the statement.
 */
public final class TransactionControl {
    private static final Set<String> ALONE = Set.of("COMMIT", "ROLLBACK", "BEGIN", "END", "ABORT", "SAVEPOINT",
            "RELEASE");

    private TransactionControl() {
    }

    /** The first statement of {@code sql} that controls the transaction, in its first words. */
    public static Optional<String> find(String sql) {
        for (List<String> statement : statements(sql)) {
            String first = statement.get(0);
            String second = statement.size() > 1 ? statement.get(1) : "";
            if (ALONE.contains(first)) {
                return Optional.of(first);
            }
            if (first.equals("START") && second.equals("TRANSACTION")
                    || first.equals("PREPARE") && second.equals("TRANSACTION")
                    || first.equals("SET") && second.equals("AUTOCOMMIT")) {
                return Optional.of(first + " " + second);
            }
        }
        return Optional.empty();
    }

    /** The statements' words, upper-cased; each statement non-empty. */
    private static List<List<String>> statements(String sql) {
        List<List<String>> statements = new ArrayList<>();
        List<String> words = new ArrayList<>();
        int depth = 0;
        int i = 0;
        int n = sql.length();
        while (i < n) {
            char c = sql.charAt(i);
            int past = QuotedOrComment.past(sql, i, false);
            if (past != i) {
                i = past;
            } else if (c == '$' && dollarTag(sql, i) != null) {
                String tag = dollarTag(sql, i);
                int end = sql.indexOf(tag, i + tag.length());
                i = end < 0 ? n : end + tag.length();
            } else if (c == ';' && depth <= 0) {
                add(statements, words);
                words = new ArrayList<>();
                depth = 0;
                i++;
            } else if (Character.isLetter(c) || c == '_') {
                int start = i;
                while (i < n && (Character.isLetterOrDigit(sql.charAt(i)) || sql.charAt(i) == '_')) {
                    i++;
                }
                String word = sql.substring(start, i).toUpperCase(Locale.ROOT);
                if (!words.isEmpty() && words.get(0).equals("CREATE")) {
                    if (word.equals("BEGIN") || word.equals("CASE")) {
                        depth++;
                    } else if (word.equals("END")) {
                        depth--;
                    }
                }
                words.add(word);
            } else {
                i++;
            }
        }
        add(statements, words);
        return statements;
    }

    private static void add(List<List<String>> statements, List<String> words) {
        if (!words.isEmpty()) {
            statements.add(words);
        }
    }

    /** PostgreSQL's {@code $$} or {@code $tag$} at {@code i}, or null ({@code $1} is a parameter). */
    private static String dollarTag(String sql, int i) {
        int j = i + 1;
        while (j < sql.length() && (Character.isLetter(sql.charAt(j)) || sql.charAt(j) == '_'
                || j > i + 1 && Character.isDigit(sql.charAt(j)))) {
            j++;
        }
        return j < sql.length() && sql.charAt(j) == '$' ? sql.substring(i, j + 1) : null;
    }
}
