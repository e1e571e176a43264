package dev.autogen.dialect.sql;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Optional;

/** The literals standard SQL writes the same on every database: quoted strings and exact numbers. */
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
}
