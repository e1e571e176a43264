package dev.autogen.dialect.sqlite;

import java.util.Locale;

/**
 * SQLite's type affinity (https://sqlite.org/datatype3.html, 3.1): the declared type only decides
 * how a stored value is converted, never whether it fits. A length or a precision is not enforced,
 * so a shorter varchar keeps every value whole; only a change into a numeric affinity from text
 * changes stored values, turning text that reads as a number into one ({@code '007'} into 7).
 */
enum SqliteAffinity {
    INTEGER, TEXT, BLOB, REAL, NUMERIC;

    /** The rules in their order: INT first, then CHAR/CLOB/TEXT, BLOB or nothing, REAL/FLOA/DOUB. */
    static SqliteAffinity of(String declaredType) {
        String type = declaredType.toUpperCase(Locale.ROOT);
        if (type.contains("INT")) {
            return INTEGER;
        } else if (type.contains("CHAR") || type.contains("CLOB") || type.contains("TEXT")) {
            return TEXT;
        } else if (type.isBlank() || type.contains("BLOB")) {
            return BLOB;
        } else if (type.contains("REAL") || type.contains("FLOA") || type.contains("DOUB")) {
            return REAL;
        }
        return NUMERIC;
    }

    /** True when a column moving from {@code from} to {@code to} may store some value differently. */
    static boolean convertsValues(SqliteAffinity from, SqliteAffinity to) {
        boolean fromNumeric = from == INTEGER || from == REAL || from == NUMERIC;
        boolean toNumeric = to == INTEGER || to == REAL || to == NUMERIC;
        return toNumeric && !fromNumeric;
    }
}
