package dev.autogen.model.jpa;

import dev.autogen.schema.ColumnType;
import java.util.Optional;
import org.hibernate.boot.Metadata;
import org.hibernate.dialect.Dialect;
import org.hibernate.engine.jdbc.Size;
import org.hibernate.mapping.Column;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.sql.spi.DdlTypeRegistry;

/**
 * Maps a Hibernate column to the portable type vocabulary from its JDBC type code and size, the
 * two things Hibernate itself derives DDL from. A {@code columnDefinition} is the user's own SQL
 * and stays {@link ColumnType.Native}; a code the vocabulary has no word for, or one whose DDL type
 * the database reads as something else than the portable type ({@code oid} for a {@code @Lob} on
 * PostgreSQL), becomes {@link ColumnType.Native} of the DDL type Hibernate writes.
 */
final class HibernateTypeMapper {
    private static final int FLOAT_BITS_AS_REAL = 24;

    private final Metadata metadata;
    private final Dialect dialect;
    private final dev.autogen.dialect.Dialect database;

    HibernateTypeMapper(Metadata metadata, dev.autogen.dialect.Dialect database) {
        this.metadata = metadata;
        this.dialect = metadata.getDatabase().getDialect();
        this.database = database;
    }

    /**
     * The user's {@code columnDefinition}, if the column has one. Hibernate also sets an explicit
     * SQL type on the columns of its own generator tables, spelled as its DDL type registry spells
     * the column's type code; such a column has no user definition.
     */
    Optional<ColumnDefinition> userDefinition(Column column) {
        // Read before anything asks Hibernate for the DDL type, which it then caches in the same field.
        String explicit = column.getSqlType();
        if (explicit == null || isRegistrySpelling(explicit, column)) {
            return Optional.empty();
        }
        return Optional.of(ColumnDefinition.parse(explicit));
    }

    private boolean isRegistrySpelling(String explicit, Column column) {
        DdlTypeRegistry registry = metadata.getDatabase().getTypeConfiguration().getDdlTypeRegistry();
        int code = column.getSqlTypeCode(metadata);
        if (registry.getDescriptor(code) == null) {
            return false;
        }
        return explicit.equalsIgnoreCase(registry.getTypeName(code, dialect))
                || explicit.equalsIgnoreCase(registry.getTypeName(code, column.getColumnSize(dialect, metadata)));
    }

    ColumnType map(Column column, Optional<ColumnDefinition> userDefinition) {
        if (userDefinition.isPresent()) {
            return new ColumnType.Native(userDefinition.get().type());
        }
        int code = column.getSqlTypeCode(metadata);
        Size size = column.getColumnSize(dialect, metadata);
        ColumnType known = byCode(code, size);
        String written = column.getSqlType(metadata);
        // Hibernate writes an identity column's type its own way (SQLite: the rowid's integer).
        if (known != null && (column.isIdentity() || readAlike(known, new ColumnType.Native(written)))) {
            return known;
        }
        // The database gets what Hibernate writes: a @Lob is an oid on PostgreSQL, a LocalTime a time(0).
        return new ColumnType.Native(written);
    }

    /** Whether the database reads both types as one. */
    private boolean readAlike(ColumnType portable, ColumnType written) {
        return normalType(portable).equals(normalType(written));
    }

    private ColumnType normalType(ColumnType type) {
        dev.autogen.schema.Table alone = dev.autogen.schema.Table.builder("t")
                .column(dev.autogen.schema.Column.builder("c", type).build()).build();
        return database.normalize(alone).columns().get(0).type();
    }

    private static ColumnType byCode(int code, Size size) {
        ColumnType type = numeric(code, size);
        if (type == null) {
            type = character(code, size);
        }
        if (type == null) {
            type = temporal(code);
        }
        if (type == null) {
            type = binary(code, size);
        }
        return type;
    }

    private static ColumnType numeric(int code, Size size) {
        switch (code) {
            case SqlTypes.BOOLEAN: case SqlTypes.BIT:
                return new ColumnType.Bool();
            case SqlTypes.TINYINT: case SqlTypes.SMALLINT:
                return new ColumnType.Int(16);
            case SqlTypes.INTEGER:
                return new ColumnType.Int(32);
            case SqlTypes.BIGINT:
                return new ColumnType.Int(64);
            case SqlTypes.REAL:
                return new ColumnType.Floating(32);
            case SqlTypes.DOUBLE:
                return new ColumnType.Floating(64);
            case SqlTypes.FLOAT:
                // JDBC FLOAT carries a binary precision: float(24) is a real, float(53) a double.
                Integer bits = size.getPrecision();
                return new ColumnType.Floating(bits != null && bits <= FLOAT_BITS_AS_REAL ? 32 : 64);
            case SqlTypes.NUMERIC: case SqlTypes.DECIMAL:
                return new ColumnType.Numeric(orZero(size.getPrecision()), orZero(size.getScale()));
            default:
                return null;
        }
    }

    private static ColumnType character(int code, Size size) {
        switch (code) {
            case SqlTypes.CHAR: case SqlTypes.NCHAR:
                return new ColumnType.Char(length(size));
            case SqlTypes.VARCHAR: case SqlTypes.NVARCHAR:
                return new ColumnType.Varchar(length(size));
            case SqlTypes.LONGVARCHAR: case SqlTypes.LONGNVARCHAR: case SqlTypes.LONG32VARCHAR:
            case SqlTypes.LONG32NVARCHAR: case SqlTypes.CLOB: case SqlTypes.NCLOB:
            case SqlTypes.MATERIALIZED_CLOB: case SqlTypes.MATERIALIZED_NCLOB:
                return new ColumnType.Text();
            case SqlTypes.UUID:
                return new ColumnType.Uuid();
            default:
                return null;
        }
    }

    private static ColumnType temporal(int code) {
        switch (code) {
            case SqlTypes.DATE:
                return new ColumnType.Date();
            case SqlTypes.TIME:
                return new ColumnType.Time(false);
            case SqlTypes.TIME_WITH_TIMEZONE: case SqlTypes.TIME_UTC:
                return new ColumnType.Time(true);
            case SqlTypes.TIMESTAMP:
                return new ColumnType.Timestamp(false);
            case SqlTypes.TIMESTAMP_WITH_TIMEZONE: case SqlTypes.TIMESTAMP_UTC:
                return new ColumnType.Timestamp(true);
            default:
                return null;
        }
    }

    private static ColumnType binary(int code, Size size) {
        switch (code) {
            case SqlTypes.BINARY: case SqlTypes.VARBINARY:
                return new ColumnType.Binary(length(size));
            case SqlTypes.LONGVARBINARY: case SqlTypes.LONG32VARBINARY: case SqlTypes.BLOB:
            case SqlTypes.MATERIALIZED_BLOB:
                return new ColumnType.Blob();
            default:
                return null;
        }
    }

    private static int length(Size size) {
        Long length = size.getLength();
        return Math.toIntExact(length == null ? Size.DEFAULT_LENGTH : length);
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }
}
