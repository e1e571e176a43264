package dev.autogen.dialect;

import java.util.Objects;

/**
 * What one change does to a live table on a particular database beyond changing it: a lock that
 * stops reads or writes, or a rewrite of every row. The lint shows it to whoever reviews or runs
 * the migration, with what to do instead on a large table.
 *
 * @param kind a stable key such as {@code table-rewrite} or {@code blocking-index}
 * @param label the words that flag it in a migration's Javadoc, such as {@code LOCKS TABLE}
 * @param explanation what happens and why it hurts, in one sentence
 * @param advice what to do instead on a large table
 */
public record LockNote(String kind, String label, String explanation, String advice) {
    public LockNote {
        Objects.requireNonNull(kind, "kind == null");
        Objects.requireNonNull(label, "label == null");
        Objects.requireNonNull(explanation, "explanation == null");
        Objects.requireNonNull(advice, "advice == null");
    }
}
