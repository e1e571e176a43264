package dev.autogen.ops;

import dev.autogen.schema.ColumnType;

/** Types in the words a reviewer reads, and which changes of type can lose data. */
public final class TypeWords {
    private TypeWords() {
    }

    public static String of(ColumnType type) {
        if (type instanceof ColumnType.Int i) {
            return i.bits() == 16 ? "smallint" : i.bits() == 32 ? "integer" : "bigint";
        } else if (type instanceof ColumnType.Varchar v) {
            return "varchar(" + v.length() + ")";
        } else if (type instanceof ColumnType.Char c) {
            return "char(" + c.length() + ")";
        } else if (type instanceof ColumnType.Numeric n) {
            return n.precision() == 0 ? "numeric" : "numeric(" + n.precision() + ", " + n.scale() + ")";
        } else if (type instanceof ColumnType.Floating f) {
            return f.bits() == 32 ? "real" : "double precision";
        } else if (type instanceof ColumnType.Time t) {
            return t.withTimeZone() ? "time with time zone" : "time";
        } else if (type instanceof ColumnType.Timestamp t) {
            return t.withTimeZone() ? "timestamp with time zone" : "timestamp";
        } else if (type instanceof ColumnType.Binary b) {
            return "binary(" + b.length() + ")";
        } else if (type instanceof ColumnType.Native n) {
            return n.sql();
        }
        return type.getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * True when some value of {@code from} may not fit {@code to}: a shorter string, fewer digits,
     * fewer integer bits, or a change of kind the database must convert.
     */
    public static boolean narrows(ColumnType from, ColumnType to) {
        if (from.equals(to)) {
            return false;
        }
        if (from instanceof ColumnType.Varchar a && to instanceof ColumnType.Varchar b) {
            return b.length() < a.length();
        }
        if (from instanceof ColumnType.Varchar && to instanceof ColumnType.Text) {
            return false;
        }
        if (from instanceof ColumnType.Char a && to instanceof ColumnType.Varchar b) {
            return b.length() < a.length();
        }
        if (from instanceof ColumnType.Int a && to instanceof ColumnType.Int b) {
            return b.bits() < a.bits();
        }
        if (from instanceof ColumnType.Int a && to instanceof ColumnType.Numeric b) {
            return b.precision() != 0 && (b.precision() - b.scale()) < digits(a.bits());
        }
        if (from instanceof ColumnType.Numeric a && to instanceof ColumnType.Numeric b) {
            if (b.precision() == 0) {
                return false;
            }
            return a.precision() == 0 || b.scale() < a.scale()
                    || (b.precision() - b.scale()) < (a.precision() - a.scale());
        }
        if (from instanceof ColumnType.Floating a && to instanceof ColumnType.Floating b) {
            return b.bits() < a.bits();
        }
        if (from instanceof ColumnType.Binary a && to instanceof ColumnType.Binary b) {
            return b.length() < a.length();
        }
        if (from instanceof ColumnType.Binary && to instanceof ColumnType.Blob) {
            return false;
        }
        return true;
    }

    private static int digits(int bits) {
        return bits == 16 ? 5 : bits == 32 ? 10 : 19;
    }
}
