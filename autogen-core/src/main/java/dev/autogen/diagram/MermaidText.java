package dev.autogen.diagram;

import java.util.HashSet;
import java.util.Set;

/**
 * Text that Mermaid reads back as the characters written: labels, entity names and the tokens
 * its grammar allows. Names come from users' entities and migrations, so anything the grammar
 * would take for syntax is spelled as an entity code or replaced, never passed through.
 */
final class MermaidText {
    private static final int LONGEST_LABEL_TEXT = 60;

    private MermaidText() {
    }

    /** A flowchart label's text inside {@code ["..."]}: quotes, angle brackets and {@code #} as codes. */
    static String label(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(cp -> {
            switch (cp) {
                case '"' -> out.append("#quot;");
                case '#' -> out.append("#35;");
                case '<' -> out.append("#lt;");
                case '>' -> out.append("#gt;");
                case '&' -> out.append("#amp;");
                case '`' -> out.append("#96;");
                case '\n', '\r', '\t' -> out.append(' ');
                default -> out.appendCodePoint(Character.isISOControl(cp) ? ' ' : cp);
            }
        });
        return out.toString();
    }

    /** A message cut to a length that keeps a node readable; the cut is marked. */
    static String shortened(String text) {
        String oneLine = text.strip().replaceAll("\\s+", " ");
        return oneLine.length() <= LONGEST_LABEL_TEXT ? oneLine
                : oneLine.substring(0, LONGEST_LABEL_TEXT - 1).stripTrailing() + "\u2026";
    }

    /** A double-quoted string where the grammar forbids quotes, {@code %} and line breaks inside. */
    static String quoted(String text) {
        return '"' + text.replaceAll("[\"%\\r\\n\\x0B\\x08\\\\]", "_") + '"';
    }

    /**
     * A bare token of the grammar (an attribute's type or name): letters, digits, {@code _},
     * {@code -}, parentheses and brackets, starting with a letter or {@code _}. Other runs of
     * characters become one {@code _}.
     */
    static String token(String text) {
        String kept = text.replaceAll("[^A-Za-z0-9_\\-()\\[\\]]+", "_");
        return kept.isEmpty() || !Character.isLetter(kept.charAt(0)) && kept.charAt(0) != '_' ? "_" + kept : kept;
    }

    /** Node identifiers for a flowchart, distinct for distinct names and never a keyword such as {@code end}. */
    static final class NodeIds {
        private final Set<String> taken = new HashSet<>();
        private final java.util.Map<String, String> byName = new java.util.HashMap<>();

        String of(String name) {
            return byName.computeIfAbsent(name, n -> {
                String base = "r_" + n.replaceAll("[^A-Za-z0-9_]", "_");
                String id = base;
                for (int i = 2; !taken.add(id); i++) {
                    id = base + "_" + i;
                }
                return id;
            });
        }
    }
}
