package dev.autogen.dialect.postgresql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.migration.Type;
import dev.autogen.schema.ColumnType;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PostgresTypesTest {

    /** Type names as Hibernate 7.4's PostgreSQLDialect writes them in CREATE TABLE (SchemaCreator output). */
    static Stream<Arguments> hibernateDdl() {
        return Stream.of(
                Arguments.of("bigint", Type.bigint()),
                Arguments.of("integer", Type.integer()),
                Arguments.of("smallint", Type.smallint()),
                Arguments.of("boolean", Type.bool()),
                Arguments.of("numeric(38,2)", Type.numeric(38, 2)),
                Arguments.of("numeric(38,0)", Type.numeric(38, 0)),
                Arguments.of("numeric(21,0)", Type.numeric(21, 0)),
                Arguments.of("float(53)", Type.doublePrecision()),
                Arguments.of("float(24)", Type.real()),
                Arguments.of("float4", Type.real()),
                Arguments.of("varchar(255)", Type.varchar(255)),
                Arguments.of("char(1)", Type.character(1)),
                Arguments.of("text", Type.text()),
                Arguments.of("date", Type.date()),
                Arguments.of("timestamp(6)", Type.timestamp()),
                Arguments.of("timestamp(6) with time zone", Type.timestampWithTimeZone()),
                Arguments.of("time(6)", Type.time()),
                Arguments.of("bytea", Type.blob()),
                Arguments.of("uuid", Type.uuid()),
                Arguments.of("oid", Type.of("oid")),
                Arguments.of("jsonb", Type.of("jsonb")),
                Arguments.of("xml", Type.of("xml")),
                Arguments.of("inet", Type.of("inet")),
                Arguments.of("interval second(2)", Type.of("interval second(2)")),
                Arguments.of("integer array", Type.of("integer[]")),
                Arguments.of("time(0)", Type.of("time(0) without time zone")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hibernateDdl")
    void readsWhatHibernateWrites(String ddl, ColumnType expected) {
        assertThat(PostgresTypes.fromSql(ddl)).isEqualTo(expected);
    }

    /** Type names as PostgreSQL 15's format_type() reports them. */
    static Stream<Arguments> formatType() {
        return Stream.of(
                Arguments.of("character varying(255)", Type.varchar(255)),
                Arguments.of("character(1)", Type.character(1)),
                Arguments.of("double precision", Type.doublePrecision()),
                Arguments.of("real", Type.real()),
                Arguments.of("numeric(10,3)", Type.numeric(10, 3)),
                Arguments.of("numeric", Type.numeric()),
                Arguments.of("timestamp(6) without time zone", Type.timestamp()),
                Arguments.of("timestamp without time zone", Type.timestamp()),
                Arguments.of("timestamp(6) with time zone", Type.timestampWithTimeZone()),
                Arguments.of("time without time zone", Type.time()),
                Arguments.of("time with time zone", Type.timeWithTimeZone()),
                Arguments.of("time(0) without time zone", Type.of("time(0) without time zone")),
                Arguments.of("integer[]", Type.of("integer[]")),
                Arguments.of("character varying(20)[]", Type.of("varchar(20)[]")),
                Arguments.of("character varying", Type.of("character varying")),
                Arguments.of("bit(3)", Type.of("bit(3)")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formatType")
    void readsWhatFormatTypeReports(String reported, ColumnType expected) {
        assertThat(PostgresTypes.fromSql(reported)).isEqualTo(expected);
    }

    @Test
    void writesEachPortableType() {
        assertThat(List.of(Type.smallint(), Type.integer(), Type.bigint(), Type.varchar(50), Type.character(2),
                Type.text(), Type.numeric(10, 2), Type.numeric(), Type.real(), Type.doublePrecision(), Type.bool(),
                Type.date(), Type.time(), Type.timeWithTimeZone(), Type.timestamp(), Type.timestampWithTimeZone(),
                Type.binary(16), Type.blob(), Type.uuid(), Type.of("jsonb")).stream().map(PostgresTypes::toSql))
                .containsExactly("smallint", "integer", "bigint", "varchar(50)", "char(2)", "text", "numeric(10,2)",
                        "numeric", "real", "double precision", "boolean", "date", "time", "time with time zone",
                        "timestamp", "timestamp with time zone", "bytea", "bytea", "uuid", "jsonb");
    }
}
