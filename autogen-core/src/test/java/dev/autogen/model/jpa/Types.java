package dev.autogen.model.jpa;

import dev.autogen.schema.ColumnType;

/** Short names for the column types the expectations use. */
final class Types {
    static final ColumnType SMALLINT = new ColumnType.Int(16);
    static final ColumnType INTEGER = new ColumnType.Int(32);
    static final ColumnType BIGINT = new ColumnType.Int(64);
    static final ColumnType REAL = new ColumnType.Floating(32);
    static final ColumnType DOUBLE = new ColumnType.Floating(64);
    static final ColumnType BOOLEAN = new ColumnType.Bool();
    static final ColumnType DATE = new ColumnType.Date();
    static final ColumnType TIMESTAMP = new ColumnType.Timestamp(false);
    static final ColumnType TIMESTAMP_TZ = new ColumnType.Timestamp(true);
    static final ColumnType TEXT = new ColumnType.Text();
    static final ColumnType BLOB = new ColumnType.Blob();

    /** A String without {@code length}: JPA's default of 255. */
    static final ColumnType VARCHAR_255 = varchar(255);

    private Types() {
    }

    static ColumnType varchar(int length) {
        return new ColumnType.Varchar(length);
    }

    static ColumnType numeric(int precision, int scale) {
        return new ColumnType.Numeric(precision, scale);
    }
}
