package dev.autogen.dialect.postgresql;

import dev.autogen.AutogenException;
import dev.autogen.dialect.sql.StandardLiterals;
import java.time.temporal.TemporalAccessor;
import java.util.HexFormat;
import java.util.UUID;

/** Java values as PostgreSQL literals, safe whatever the text holds. */
final class PostgresLiterals {
    private PostgresLiterals() {
    }

    /**
     * A string literal. Text with a backslash is written as an escape string (E'...'), because a
     * plain one would mean something else where standard_conforming_strings is off.
     */
    static String string(String text) {
        if (text.indexOf('\0') >= 0) {
            throw new AutogenException("a text value contains a NUL character, which PostgreSQL cannot store:"
                    + " remove it from the value");
        }
        if (text.indexOf('\\') >= 0) {
            return "E" + StandardLiterals.string(text.replace("\\", "\\\\"));
        }
        return StandardLiterals.string(text);
    }

    /** A value of a bulk-insert row; types PostgreSQL can read from a quoted string are quoted. */
    static String value(Object value) {
        if (value == null) {
            return "NULL";
        } else if (value instanceof Boolean b) {
            return b ? "TRUE" : "FALSE";
        } else if (StandardLiterals.exactNumber(value).isPresent()) {
            return StandardLiterals.exactNumber(value).get();
        } else if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            // NaN and the infinities have no numeric literal; PostgreSQL reads them from strings.
            return Double.isFinite(d) ? value.toString() : string(value.toString());
        } else if (value instanceof byte[] bytes) {
            return string("\\x" + HexFormat.of().formatHex(bytes)) + "::bytea";
        } else if (value instanceof CharSequence || value instanceof Character || value instanceof UUID
                || value instanceof TemporalAccessor || value instanceof Enum<?>) {
            return string(value instanceof Enum<?> e ? e.name() : value.toString());
        }
        throw new AutogenException("bulkInsert cannot write a value of type " + value.getClass().getName()
                + ": use a String, number, Boolean, byte[], UUID, java.time value or enum");
    }
}
