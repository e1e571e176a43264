package dev.autogen.dialect.sql;

/**
 * What one database spells its own way when {@link StandardLiterals#value} writes a Java value:
 * strings (escapes), bytes, and the floating values that have no numeric literal. Everything else
 * (NULL, exact numbers, the choice of which Java types are text) is the same on every database.
 */
public interface ValueSpelling {
    /** A string literal meaning {@code text} on this database. */
    String string(String text);

    /** A literal holding {@code bytes}. */
    String bytes(byte[] bytes);

    /** NaN or an infinity: a literal the database reads as that value, or an exception saying it cannot store one. */
    String nonFinite(Number value);

    /** A finite float or double; Java's own spelling reads back the same on most databases. */
    default String finite(Number value) {
        return value.toString();
    }

    /** A boolean. */
    default String bool(boolean value) {
        return value ? "TRUE" : "FALSE";
    }
}
