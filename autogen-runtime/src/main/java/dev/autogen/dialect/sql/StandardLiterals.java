package dev.autogen.dialect.sql;

import dev.autogen.AutogenException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.temporal.TemporalAccessor;
import java.util.Optional;
import java.util.UUID;

/**
 * The literals standard SQL writes the same on every database: quoted strings, exact numbers, and
 * the shape of a bulk-insert value, whose database-specific parts a {@link ValueSpelling} gives.
 */
public final class StandardLiterals {
    private StandardLiterals() {
    }

    /** {@code 'text'} with each quote doubled; a database whose strings know escapes wraps this. */
    public static String string(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    /** An integer or decimal value as written in SQL, or empty for any other value. */
    public static Optional<String> exactNumber(Object value) {
        if (value instanceof Integer || value instanceof Long || value instanceof Short
                || value instanceof Byte || value instanceof BigInteger) {
            return Optional.of(value.toString());
        } else if (value instanceof BigDecimal d) {
            return Optional.of(d.toPlainString());
        }
        return Optional.empty();
    }

    /**
     * {@code value} as a literal of a bulk-insert row: NULL, a boolean, a number, bytes, or text
     * for strings, characters, UUIDs, java.time values and enums (by name).
     */
    public static String value(Object value, ValueSpelling spelling) {
        if (value == null) {
            return "NULL";
        } else if (value instanceof Boolean b) {
            return spelling.bool(b);
        } else if (exactNumber(value).isPresent()) {
            return exactNumber(value).get();
        } else if (value instanceof Double || value instanceof Float) {
            Number n = (Number) value;
            return Double.isFinite(n.doubleValue()) ? spelling.finite(n) : spelling.nonFinite(n);
        } else if (value instanceof byte[] bytes) {
            return spelling.bytes(bytes);
        } else if (value instanceof CharSequence || value instanceof Character || value instanceof UUID
                || value instanceof TemporalAccessor || value instanceof Enum<?>) {
            return spelling.string(value instanceof Enum<?> e ? e.name() : value.toString());
        }
        throw new AutogenException("bulkInsert cannot write a value of type " + value.getClass().getName()
                + ": use a String, number, Boolean, byte[], UUID, java.time value or enum");
    }
}
