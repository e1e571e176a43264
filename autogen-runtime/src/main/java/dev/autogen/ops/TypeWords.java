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
     * fewer integer bits, a lost time zone, or a change of kind the database must convert.
     */
    public static boolean narrows(ColumnType from, ColumnType to) {
        if (from.equals(to)) {
            return false;
        }
        if (to instanceof ColumnType.Text || to instanceof ColumnType.Varchar || to instanceof ColumnType.Char) {
            return narrowsText(from, to);
        }
        if (to instanceof ColumnType.Int || to instanceof ColumnType.Numeric || to instanceof ColumnType.Floating) {
            return narrowsNumber(from, to);
        }
        return narrowsTimeOrBytes(from, to);
    }

    private static boolean narrowsText(ColumnType from, ColumnType to) {
        Integer fromLength = from instanceof ColumnType.Varchar v ? Integer.valueOf(v.length())
                : from instanceof ColumnType.Char c ? Integer.valueOf(c.length()) : null;
        boolean fromText = from instanceof ColumnType.Text;
        if (to instanceof ColumnType.Text) {
            // Unbounded text holds any value written out; only a type autogen does not know is in doubt.
            return from instanceof ColumnType.Native;
        }
        int toLength = to instanceof ColumnType.Varchar v ? v.length() : ((ColumnType.Char) to).length();
        if (fromLength != null) {
            return toLength < fromLength;
        }
        return fromText || to instanceof ColumnType.Char || !holdsAsText(from, toLength);
    }

    private static boolean narrowsNumber(ColumnType from, ColumnType to) {
        if (from instanceof ColumnType.Int a && to instanceof ColumnType.Int b) {
            return b.bits() < a.bits();
        }
        if (from instanceof ColumnType.Int a && to instanceof ColumnType.Numeric b) {
            return b.precision() != 0 && (b.precision() - b.scale()) < digits(a.bits());
        }
        if (from instanceof ColumnType.Numeric a && to instanceof ColumnType.Numeric b) {
            return b.precision() != 0 && (a.precision() == 0 || b.scale() < a.scale()
                    || (b.precision() - b.scale()) < (a.precision() - a.scale()));
        }
        if (from instanceof ColumnType.Floating a && to instanceof ColumnType.Floating b) {
            return b.bits() < a.bits();
        }
        if (from instanceof ColumnType.Int a && to instanceof ColumnType.Floating b) {
            // A float keeps 24 significant bits, a double 53: larger integers are rounded.
            return a.bits() > (b.bits() == 32 ? 16 : 32);
        }
        return true;
    }

    /**
     * A date widens to a timestamp, a value gains a time zone without losing anything, bytes fit a
     * longer binary or a blob; any other change of kind is one the database may fail to convert.
     */
    private static boolean narrowsTimeOrBytes(ColumnType from, ColumnType to) {
        if (from instanceof ColumnType.Date && to instanceof ColumnType.Timestamp) {
            return false;
        }
        if (from instanceof ColumnType.Timestamp a && to instanceof ColumnType.Timestamp b) {
            return a.withTimeZone() && !b.withTimeZone();
        }
        if (from instanceof ColumnType.Time a && to instanceof ColumnType.Time b) {
            return a.withTimeZone() && !b.withTimeZone();
        }
        if (from instanceof ColumnType.Binary a && to instanceof ColumnType.Binary b) {
            return b.length() < a.length();
        }
        if (from instanceof ColumnType.Binary && to instanceof ColumnType.Blob) {
            return false;
        }
        return true;
    }

    /** Whether every value of {@code from}, written as text, fits in {@code length} characters. */
    private static boolean holdsAsText(ColumnType from, int length) {
        int needed;
        if (from instanceof ColumnType.Int i) {
            needed = digits(i.bits()) + 1;
        } else if (from instanceof ColumnType.Uuid) {
            needed = 36;
        } else if (from instanceof ColumnType.Bool) {
            needed = 5;
        } else {
            return false;
        }
        return length >= needed;
    }

    private static int digits(int bits) {
        return bits == 16 ? 5 : bits == 32 ? 10 : 19;
    }
}
