package dev.autogen.ops;

import java.util.Objects;

/**
 * What the lint says about one change: data it can lose, data it needs, or a lock or rewrite a
 * particular database takes for it. The same words appear in {@code verify}'s report and in the
 * generated migration's Javadoc. Dialects write the notes on locks, the lint's own rules the rest.
 *
 * @param kind a stable key such as {@code data-loss} or {@code table-rewrite}, the finding's kind
 * @param label the words that flag the change in the Javadoc, such as {@code DATA LOSS} or {@code LOCKS TABLE}
 * @param explanation what can go wrong, in one sentence
 * @param advice what to do instead
 */
public record ChangeNote(String kind, String label, String explanation, String advice) {
    public ChangeNote {
        Objects.requireNonNull(kind, "kind == null");
        Objects.requireNonNull(label, "label == null");
        Objects.requireNonNull(explanation, "explanation == null");
        Objects.requireNonNull(advice, "advice == null");
    }
}
