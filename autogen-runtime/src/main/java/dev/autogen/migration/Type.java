package dev.autogen.migration;

import dev.autogen.schema.ColumnType;

/**
 * The portable column types of migration files. A file written against SQLite runs on
 * PostgreSQL: each dialect spells these types its own way. {@link #of(String)} is the escape
 * hatch for a type only one database has.
 */
public final class Type {
    private Type() {
    }

    public static ColumnType smallint() {
        return new ColumnType.Int(16);
    }

    public static ColumnType integer() {
        return new ColumnType.Int(32);
    }

    public static ColumnType bigint() {
        return new ColumnType.Int(64);
    }

    public static ColumnType varchar(int length) {
        return new ColumnType.Varchar(length);
    }

    public static ColumnType character(int length) {
        return new ColumnType.Char(length);
    }

    public static ColumnType text() {
        return new ColumnType.Text();
    }

    public static ColumnType numeric(int precision, int scale) {
        return new ColumnType.Numeric(precision, scale);
    }

    /** Unbounded precision. */
    public static ColumnType numeric() {
        return new ColumnType.Numeric(0, 0);
    }

    public static ColumnType real() {
        return new ColumnType.Floating(32);
    }

    public static ColumnType doublePrecision() {
        return new ColumnType.Floating(64);
    }

    public static ColumnType bool() {
        return new ColumnType.Bool();
    }

    public static ColumnType date() {
        return new ColumnType.Date();
    }

    public static ColumnType time() {
        return new ColumnType.Time(false);
    }

    public static ColumnType timeWithTimeZone() {
        return new ColumnType.Time(true);
    }

    public static ColumnType timestamp() {
        return new ColumnType.Timestamp(false);
    }

    public static ColumnType timestampWithTimeZone() {
        return new ColumnType.Timestamp(true);
    }

    public static ColumnType binary(int length) {
        return new ColumnType.Binary(length);
    }

    public static ColumnType blob() {
        return new ColumnType.Blob();
    }

    public static ColumnType uuid() {
        return new ColumnType.Uuid();
    }

    /** A database-specific type, spelled as the database spells it: {@code Type.of("jsonb")}. */
    public static ColumnType of(String sql) {
        return new ColumnType.Native(sql);
    }
}
