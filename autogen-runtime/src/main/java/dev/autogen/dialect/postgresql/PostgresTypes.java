package dev.autogen.dialect.postgresql;

import dev.autogen.schema.ColumnType;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The portable types in PostgreSQL's words, and back. {@link #fromSql} reads both what Hibernate's
 * {@code PostgreSQLDialect} writes in DDL ({@code float(53)}, {@code timestamp(6)}, {@code float4})
 * and what {@code format_type()} reports ({@code character varying(255)}, {@code timestamp(6)
 * without time zone}), so an entity and its table read into the same {@link ColumnType}.
 */
final class PostgresTypes {
    /** name, optional (a[, b]), optional with/without time zone; format_type puts the precision before the zone. */
    private static final Pattern TYPE = Pattern.compile(
            "([a-z_][a-z0-9_ .\"$]*?)\\s*(?:\\(\\s*(\\d+)\\s*(?:,\\s*(\\d+)\\s*)?\\))?(?:\\s+(with|without) time zone)?");
    /** Array suffixes: {@code integer[]}, {@code integer[3]}, {@code integer array} (Hibernate). */
    private static final Pattern ARRAY = Pattern.compile("(.*?)\\s*(?:(?:\\[\\d*])+|\\s+array(?:\\[\\d*])?)");
    /** PostgreSQL's default precision for time and timestamp: microseconds, the most it keeps. */
    private static final int DEFAULT_TIME_PRECISION = 6;
    private static final Map<String, ColumnType> PLAIN = Map.ofEntries(
            Map.entry("smallint", new ColumnType.Int(16)), Map.entry("int2", new ColumnType.Int(16)),
            Map.entry("integer", new ColumnType.Int(32)), Map.entry("int", new ColumnType.Int(32)),
            Map.entry("int4", new ColumnType.Int(32)), Map.entry("bigint", new ColumnType.Int(64)),
            Map.entry("int8", new ColumnType.Int(64)), Map.entry("real", new ColumnType.Floating(32)),
            Map.entry("float4", new ColumnType.Floating(32)),
            Map.entry("double precision", new ColumnType.Floating(64)),
            Map.entry("float8", new ColumnType.Floating(64)), Map.entry("float", new ColumnType.Floating(64)),
            Map.entry("text", new ColumnType.Text()), Map.entry("boolean", new ColumnType.Bool()),
            Map.entry("bool", new ColumnType.Bool()), Map.entry("date", new ColumnType.Date()),
            Map.entry("bytea", new ColumnType.Blob()), Map.entry("uuid", new ColumnType.Uuid()),
            Map.entry("character", new ColumnType.Char(1)), Map.entry("char", new ColumnType.Char(1)),
            Map.entry("numeric", new ColumnType.Numeric(0, 0)), Map.entry("decimal", new ColumnType.Numeric(0, 0)));

    private PostgresTypes() {
    }

    static String toSql(ColumnType type) {
        if (type instanceof ColumnType.Int i) {
            return i.bits() == 16 ? "smallint" : i.bits() == 32 ? "integer" : "bigint";
        } else if (type instanceof ColumnType.Varchar v) {
            return "varchar(" + v.length() + ")";
        } else if (type instanceof ColumnType.Char c) {
            return "char(" + c.length() + ")";
        } else if (type instanceof ColumnType.Numeric n) {
            return n.precision() == 0 ? "numeric" : "numeric(" + n.precision() + "," + n.scale() + ")";
        } else if (type instanceof ColumnType.Floating f) {
            return f.bits() == 32 ? "real" : "double precision";
        } else if (type instanceof ColumnType.Time t) {
            return t.withTimeZone() ? "time with time zone" : "time";
        } else if (type instanceof ColumnType.Timestamp t) {
            return t.withTimeZone() ? "timestamp with time zone" : "timestamp";
        } else if (type instanceof ColumnType.Native n) {
            return n.sql();
        }
        return simpleName(type);
    }

    private static String simpleName(ColumnType type) {
        if (type instanceof ColumnType.Text) {
            return "text";
        } else if (type instanceof ColumnType.Bool) {
            return "boolean";
        } else if (type instanceof ColumnType.Date) {
            return "date";
        } else if (type instanceof ColumnType.Uuid) {
            return "uuid";
        }
        // Binary and Blob: bytea keeps no length, so a bounded binary is bytea too.
        return "bytea";
    }

    /** The portable type a PostgreSQL type name means; unknown names stay {@link ColumnType.Native}. */
    static ColumnType fromSql(String sql) {
        String text = sql.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        Matcher array = ARRAY.matcher(text);
        if (array.matches()) {
            return new ColumnType.Native(toSql(fromSql(array.group(1))) + "[]");
        }
        Matcher m = TYPE.matcher(text);
        if (!m.matches()) {
            return new ColumnType.Native(text);
        }
        Optional<Integer> first = Optional.ofNullable(m.group(2)).map(Integer::valueOf);
        Optional<Integer> second = Optional.ofNullable(m.group(3)).map(Integer::valueOf);
        Optional<Boolean> withZone = Optional.ofNullable(m.group(4)).map("with"::equals);
        return known(m.group(1), first, second, withZone).orElse(new ColumnType.Native(text));
    }

    private static Optional<ColumnType> known(String name, Optional<Integer> first, Optional<Integer> second,
            Optional<Boolean> withZone) {
        if (isTemporal(name)) {
            return temporal(name, first, withZone);
        }
        if (withZone.isPresent()) {
            return Optional.empty();
        }
        if (first.isEmpty()) {
            return Optional.ofNullable(PLAIN.get(name));
        }
        int a = first.get();
        return switch (name) {
            case "varchar", "character varying" ->
                    second.isEmpty() ? Optional.of(new ColumnType.Varchar(a)) : Optional.empty();
            case "char", "character", "bpchar" ->
                    second.isEmpty() ? Optional.of(new ColumnType.Char(a)) : Optional.empty();
            case "numeric", "decimal" -> Optional.of(new ColumnType.Numeric(a, second.orElse(0)));
            // SQL float(p) is real up to 24 binary digits, double precision up to 53.
            case "float" -> second.isEmpty() && a >= 1 && a <= 53
                    ? Optional.of(new ColumnType.Floating(a <= 24 ? 32 : 64)) : Optional.empty();
            default -> Optional.empty();
        };
    }

    private static boolean isTemporal(String name) {
        return name.equals("time") || name.equals("timetz") || name.equals("timestamp") || name.equals("timestamptz");
    }

    /** The vocabulary has no precision: only PostgreSQL's default (6) maps to Time/Timestamp. */
    private static Optional<ColumnType> temporal(String name, Optional<Integer> precision, Optional<Boolean> withZone) {
        boolean zoned = name.endsWith("tz") || withZone.orElse(false);
        if (name.endsWith("tz") && withZone.isPresent()) {
            return Optional.empty();
        }
        if (precision.isPresent() && precision.get() != DEFAULT_TIME_PRECISION) {
            String base = name.startsWith("timestamp") ? "timestamp" : "time";
            return Optional.of(new ColumnType.Native(base + "(" + precision.get() + ")"
                    + (zoned ? " with time zone" : " without time zone")));
        }
        return Optional.of(name.startsWith("timestamp") ? new ColumnType.Timestamp(zoned) : new ColumnType.Time(zoned));
    }
}
