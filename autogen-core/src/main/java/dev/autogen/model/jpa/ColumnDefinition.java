package dev.autogen.model.jpa;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A {@code @Column(columnDefinition = ...)} split into the parts the schema model keeps: the type,
 * an inline {@code DEFAULT} expression and an inline {@code NOT NULL}. Hibernate pastes the text
 * into DDL verbatim, so these parts are what the database ends up with.
 */
record ColumnDefinition(String type, Optional<String> defaultValue, boolean notNull) {

    /** Words that end the type part; none of them occurs inside a SQL type name. */
    private static final Set<String> CLAUSE_WORDS = Set.of("default", "not", "null", "primary", "unique",
            "check", "references", "generated", "collate", "constraint", "auto_increment", "autoincrement");

    static ColumnDefinition parse(String definition) {
        List<Word> words = topLevelWords(definition);
        int typeEnd = definition.length();
        Optional<String> defaultValue = Optional.empty();
        boolean notNull = false;
        for (int i = 0; i < words.size(); i++) {
            Word word = words.get(i);
            if (!CLAUSE_WORDS.contains(word.lower())) {
                continue;
            }
            typeEnd = Math.min(typeEnd, word.start());
            if (word.lower().equals("default")) {
                int end = nextClauseStart(words, i + 1, definition.length());
                defaultValue = Optional.of(definition.substring(word.end(), end).strip());
            } else if (word.lower().equals("not") && i + 1 < words.size() && words.get(i + 1).lower().equals("null")) {
                notNull = true;
            }
        }
        return new ColumnDefinition(definition.substring(0, typeEnd).strip(), defaultValue, notNull);
    }

    private static int nextClauseStart(List<Word> words, int from, int otherwise) {
        for (int i = from; i < words.size(); i++) {
            if (CLAUSE_WORDS.contains(words.get(i).lower()) && !words.get(i).lower().equals("default")) {
                return words.get(i).start();
            }
        }
        return otherwise;
    }

    private record Word(String lower, int start, int end) {
    }

    /** Bare words outside parentheses and quotes, with their positions. */
    private static List<Word> topLevelWords(String text) {
        List<Word> words = new ArrayList<>();
        int depth = 0;
        char quote = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (depth == 0 && Character.isLetter(c)) {
                int start = i;
                while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_')) {
                    i++;
                }
                words.add(new Word(text.substring(start, i).toLowerCase(Locale.ROOT), start, i));
                continue;
            }
            i++;
        }
        return words;
    }
}
