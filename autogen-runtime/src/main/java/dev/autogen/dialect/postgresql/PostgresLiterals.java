package dev.autogen.dialect.postgresql;

import dev.autogen.AutogenException;
import dev.autogen.dialect.sql.StandardLiterals;
import dev.autogen.dialect.sql.ValueSpelling;
import java.util.HexFormat;

/** Java values as PostgreSQL literals, safe whatever the text holds. */
final class PostgresLiterals {
    private static final ValueSpelling SPELLING = new ValueSpelling() {
        @Override
        public String string(String text) {
            return PostgresLiterals.string(text);
        }

        @Override
        public String bytes(byte[] bytes) {
            return PostgresLiterals.string("\\x" + HexFormat.of().formatHex(bytes)) + "::bytea";
        }

        /** NaN and the infinities have no numeric literal; PostgreSQL reads them from strings. */
        @Override
        public String nonFinite(Number value) {
            return PostgresLiterals.string(value.toString());
        }
    };

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
        return StandardLiterals.value(value, SPELLING);
    }
}
