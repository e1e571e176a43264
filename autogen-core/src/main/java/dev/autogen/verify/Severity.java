package dev.autogen.verify;

/** How bad a finding is: an error fails {@code check} and {@code verify} (exit 1), a warning is advice. */
public enum Severity {
    ERROR,
    WARNING;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
