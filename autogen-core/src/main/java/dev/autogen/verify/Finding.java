package dev.autogen.verify;

import java.util.Objects;
import java.util.Optional;

/**
 * One thing {@code check}, {@code verify} or the lint found: what kind, which revision (when one is
 * to blame), the difference in plain words, and what to do about it.
 *
 * @param kind a stable, machine-readable key such as {@code schema-difference}, {@code empty-revision},
 *     {@code downgrade-not-undone}, {@code data-loss}; JSON output and tests match on it
 */
public record Finding(Severity severity, String kind, Optional<String> revision, String message,
        Optional<String> advice) {
    public Finding {
        Objects.requireNonNull(severity, "severity == null");
        Objects.requireNonNull(kind, "kind == null");
        Objects.requireNonNull(revision, "revision == null");
        Objects.requireNonNull(message, "message == null");
        Objects.requireNonNull(advice, "advice == null");
    }

    public static Finding error(String kind, String message) {
        return new Finding(Severity.ERROR, kind, Optional.empty(), message, Optional.empty());
    }

    public static Finding warning(String kind, String message) {
        return new Finding(Severity.WARNING, kind, Optional.empty(), message, Optional.empty());
    }

    public Finding inRevision(String id) {
        return new Finding(severity, kind, Optional.of(id), message, advice);
    }

    public Finding advising(String what) {
        return new Finding(severity, kind, revision, message, Optional.of(what));
    }

    /** The same finding as an error: what {@code verify --strict} makes of a warning. */
    public Finding asError() {
        return new Finding(Severity.ERROR, kind, revision, message, advice);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
