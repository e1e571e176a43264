package dev.autogen.dialect.sqlite;


import dev.autogen.schema.ColumnType;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Column types on SQLite. SQLite keeps a column's declared type as written and only derives an
 * affinity from it, so the declared type is what carries the portable type across a round trip.
 * Parsing also reads the spellings Hibernate's {@code SQLiteDialect} writes in its own DDL
 * ({@code float}, {@code clob}, {@code tinyint}, {@code time(0)}, {@code nvarchar(n)}, ...).
 */
final class SqliteTypes {
    /** {@code name}, {@code name(a)} or {@code name(a, b)}, the name possibly several words. */
    private static final Pattern DECLARED = Pattern.compile(
            "([a-z_][a-z0-9_ ]*?)\\s*(?:\\(\\s*(\\d+)\\s*(?:,\\s*(\\d+)\\s*)?\\))?");

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    /**
     * Parsed declared types: a schema of a thousand tables spells only a few dozen types, and a
     * parse is a regular-expression match. Types are immutable records, so sharing them is safe.
     */
    private static final Map<String, ColumnType> PARSED = new ConcurrentHashMap<>();

    /** Declared types whose meaning does not depend on a length or precision. */
    private static final Map<String, ColumnType> FIXED_TYPES = Map.ofEntries(
            Map.entry("tinyint", new ColumnType.Int(16)),
            Map.entry("smallint", new ColumnType.Int(16)),
            Map.entry("int2", new ColumnType.Int(16)),
            Map.entry("int", new ColumnType.Int(32)),
            Map.entry("integer", new ColumnType.Int(32)),
            Map.entry("mediumint", new ColumnType.Int(32)),
            Map.entry("int4", new ColumnType.Int(32)),
            Map.entry("bigint", new ColumnType.Int(64)),
            Map.entry("int8", new ColumnType.Int(64)),
            Map.entry("unsigned big int", new ColumnType.Int(64)),
            Map.entry("text", new ColumnType.Text()),
            Map.entry("clob", new ColumnType.Text()),
            Map.entry("nclob", new ColumnType.Text()),
            Map.entry("longtext", new ColumnType.Text()),
            Map.entry("real", new ColumnType.Floating(32)),
            Map.entry("float4", new ColumnType.Floating(32)),
            Map.entry("float", new ColumnType.Floating(64)),
            Map.entry("float8", new ColumnType.Floating(64)),
            Map.entry("double", new ColumnType.Floating(64)),
            Map.entry("double precision", new ColumnType.Floating(64)),
            Map.entry("boolean", new ColumnType.Bool()),
            Map.entry("bool", new ColumnType.Bool()),
            Map.entry("date", new ColumnType.Date()),
            Map.entry("time", new ColumnType.Time(false)),
            Map.entry("time with time zone", new ColumnType.Time(true)),
            Map.entry("timetz", new ColumnType.Time(true)),
            Map.entry("timestamp", new ColumnType.Timestamp(false)),
            Map.entry("datetime", new ColumnType.Timestamp(false)),
            Map.entry("timestamp with time zone", new ColumnType.Timestamp(true)),
            Map.entry("timestamptz", new ColumnType.Timestamp(true)),
            Map.entry("blob", new ColumnType.Blob()),
            Map.entry("longblob", new ColumnType.Blob()),
            Map.entry("uuid", new ColumnType.Uuid()));

    /**
     * Declared types of the portable types that carry no length. SQLite has no time zone types:
     * a zoned time or timestamp is declared as Hibernate's SQLite DDL declares it, without the zone,
     * so that Hibernate's validator finds the type it expects.
     */
    private static final Map<ColumnType, String> FIXED_SQL = Map.ofEntries(
            Map.entry(new ColumnType.Int(16), "SMALLINT"),
            Map.entry(new ColumnType.Int(32), "INTEGER"),
            Map.entry(new ColumnType.Int(64), "BIGINT"),
            Map.entry(new ColumnType.Text(), "TEXT"),
            Map.entry(new ColumnType.Numeric(0, 0), "NUMERIC"),
            Map.entry(new ColumnType.Floating(32), "REAL"),
            Map.entry(new ColumnType.Floating(64), "DOUBLE"),
            Map.entry(new ColumnType.Bool(), "BOOLEAN"),
            Map.entry(new ColumnType.Date(), "DATE"),
            Map.entry(new ColumnType.Time(false), "TIME"),
            Map.entry(new ColumnType.Time(true), "TIME"),
            Map.entry(new ColumnType.Timestamp(false), "TIMESTAMP"),
            Map.entry(new ColumnType.Timestamp(true), "TIMESTAMP"),
            Map.entry(new ColumnType.Blob(), "BLOB"),
            Map.entry(new ColumnType.Uuid(), "UUID"));

    private SqliteTypes() {
    }

    /** The declared type written for {@code type}. */
    static String toSql(ColumnType type) {
        String fixed = FIXED_SQL.get(type);
        if (fixed != null) {
            return fixed;
        } else if (type instanceof ColumnType.Varchar v) {
            return "VARCHAR(" + v.length() + ")";
        } else if (type instanceof ColumnType.Char c) {
            return "CHAR(" + c.length() + ")";
        } else if (type instanceof ColumnType.Numeric n) {
            return "NUMERIC(" + n.precision() + ", " + n.scale() + ")";
        } else if (type instanceof ColumnType.Binary b) {
            return "VARBINARY(" + b.length() + ")";
        }
        return ((ColumnType.Native) type).sql();
    }

    /** The portable type a declared type stands for; anything unknown is kept as {@link ColumnType.Native}. */
    static ColumnType parse(String declared) {
        String key = declared == null ? "" : declared;
        ColumnType known = PARSED.get(key);
        if (known != null) {
            return known;
        }
        ColumnType parsed = parseUncached(key);
        if (PARSED.size() < 10_000) {
            PARSED.put(key, parsed);
        }
        return parsed;
    }

    private static ColumnType parseUncached(String declared) {
        String text = WHITESPACE.matcher(declared.strip().toLowerCase(Locale.ROOT)).replaceAll(" ");
        if (text.isEmpty()) {
            // A column declared without a type has BLOB affinity: it stores values as given.
            return new ColumnType.Blob();
        }
        Matcher m = DECLARED.matcher(text);
        if (!m.matches()) {
            return new ColumnType.Native(text);
        }
        String name = m.group(1).strip();
        Integer first = m.group(2) == null ? null : Integer.valueOf(m.group(2));
        Integer second = m.group(3) == null ? null : Integer.valueOf(m.group(3));
        ColumnType sized = sized(name, first, second);
        if (sized != null) {
            return sized;
        }
        ColumnType fixed = FIXED_TYPES.get(name);
        // A precision on a fixed type (time(0), timestamp(6), float(53) aside) changes nothing here.
        return fixed != null && second == null ? fixed : new ColumnType.Native(text);
    }

    /** Types whose length or precision is part of the portable type; null when {@code name} is not one. */
    private static ColumnType sized(String name, Integer first, Integer second) {
        switch (name) {
            case "varchar": case "character varying": case "nvarchar": case "varying character":
            case "nvarchar2": case "varchar2":
                return first == null || first == 0 ? new ColumnType.Text() : new ColumnType.Varchar(first);
            case "char": case "character": case "nchar": case "native character":
                return new ColumnType.Char(first == null || first == 0 ? 1 : first);
            case "numeric": case "decimal":
                return numeric(first, second);
            case "varbinary": case "binary":
                return first == null || first == 0 ? new ColumnType.Blob() : new ColumnType.Binary(first);
            case "float":
                // SQL's float(p): up to 24 binary digits fit a single-precision value.
                return first != null && first <= 24 ? new ColumnType.Floating(32) : new ColumnType.Floating(64);
            default:
                return null;
        }
    }

    private static ColumnType numeric(Integer precision, Integer scale) {
        if (precision == null || precision == 0) {
            return new ColumnType.Numeric(0, 0);
        }
        int s = scale == null ? 0 : scale;
        return s > precision ? new ColumnType.Native("numeric(" + precision + "," + s + ")")
                : new ColumnType.Numeric(precision, s);
    }
}
