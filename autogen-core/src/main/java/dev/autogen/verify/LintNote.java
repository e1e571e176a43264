package dev.autogen.verify;

import dev.autogen.dialect.LockNote;
import dev.autogen.ops.Op;
import java.util.Objects;

/**
 * What a lint rule says about one change: the same words appear in {@code verify}'s report and in
 * the generated migration's Javadoc.
 *
 * @param kind a stable key such as {@code data-loss}, the finding's kind
 * @param label the words that flag the change in the Javadoc, such as {@code DATA LOSS}
 * @param explanation what can go wrong, in one sentence
 * @param advice what to do instead
 */
public record LintNote(String kind, String label, String explanation, String advice) {
    public LintNote {
        Objects.requireNonNull(kind, "kind == null");
        Objects.requireNonNull(label, "label == null");
        Objects.requireNonNull(explanation, "explanation == null");
        Objects.requireNonNull(advice, "advice == null");
    }

    static LintNote of(LockNote note) {
        return new LintNote(note.kind(), note.label(), note.explanation(), note.advice());
    }

    /** A warning about {@code op}: the change in plain words, then what can go wrong. */
    public Finding toFinding(Op op) {
        return Finding.warning(kind, op.describe() + ": " + explanation).advising(advice);
    }
}
