package dev.autogen.schema;

import dev.autogen.migration.Type;

import java.util.Objects;

/**
 * The portable type vocabulary. Entities and reflected columns are both read into it, migration
 * files spell it as {@code Type.varchar(50)}, and each dialect turns it into its own SQL. A type
 * the vocabulary has no word for is kept verbatim as {@link Native}.
 */
public sealed interface ColumnType {

    /** {@code smallint} (16), {@code integer} (32) or {@code bigint} (64). */
    record Int(int bits) implements ColumnType {
        public Int {
            if (bits != 16 && bits != 32 && bits != 64) {
                throw new IllegalArgumentException("integer bits must be 16, 32 or 64: " + bits);
            }
        }
    }

    record Varchar(int length) implements ColumnType {
        public Varchar {
            positive(length, "varchar length");
        }
    }

    record Char(int length) implements ColumnType {
        public Char {
            positive(length, "char length");
        }
    }

    /** Unbounded character data ({@code text}; a {@code @Lob String}). */
    record Text() implements ColumnType {
    }

    /** Exact decimal; a precision of 0 means the database's unbounded {@code numeric}. */
    record Numeric(int precision, int scale) implements ColumnType {
        public Numeric {
            if (precision < 0 || scale < 0 || (precision > 0 && scale > precision)) {
                throw new IllegalArgumentException("invalid numeric(" + precision + ", " + scale + ")");
            }
        }
    }

    /** {@code real} (32) or {@code double precision} (64). */
    record Floating(int bits) implements ColumnType {
        public Floating {
            if (bits != 32 && bits != 64) {
                throw new IllegalArgumentException("floating bits must be 32 or 64: " + bits);
            }
        }
    }

    record Bool() implements ColumnType {
    }

    record Date() implements ColumnType {
    }

    record Time(boolean withTimeZone) implements ColumnType {
    }

    record Timestamp(boolean withTimeZone) implements ColumnType {
    }

    /** Bounded binary data ({@code varbinary(n)}; {@code bytea} on PostgreSQL). */
    record Binary(int length) implements ColumnType {
        public Binary {
            positive(length, "binary length");
        }
    }

    /** Unbounded binary data ({@code @Lob byte[]}). */
    record Blob() implements ColumnType {
    }

    record Uuid() implements ColumnType {
    }

    /**
     * A database-specific type spelled as the database spells it, e.g. {@code jsonb}. Its words are
     * kept in lower case, its quoted values as written: the values of {@code enum('HIGH','LOW')} are
     * what the database gives back, and Hibernate reads them by their exact names.
     */
    record Native(String sql) implements ColumnType {
        public Native {
            Objects.requireNonNull(sql, "sql == null");
            sql = lowerOutsideQuotes(sql.strip());
            if (sql.isEmpty()) {
                throw new IllegalArgumentException("native type is empty");
            }
        }

        private static String lowerOutsideQuotes(String sql) {
            StringBuilder out = new StringBuilder(sql.length());
            boolean quoted = false;
            for (int i = 0; i < sql.length(); i++) {
                char c = sql.charAt(i);
                if (c == '\'') {
                    quoted = !quoted; // a doubled quote closes and reopens: the case stays kept
                }
                out.append(quoted || c == '\'' ? c : Character.toLowerCase(c));
            }
            return out.toString();
        }
    }

    private static void positive(int value, String what) {
        if (value <= 0) {
            throw new IllegalArgumentException(what + " must be positive: " + value);
        }
    }
}
