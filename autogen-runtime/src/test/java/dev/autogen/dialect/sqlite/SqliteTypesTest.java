package dev.autogen.dialect.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.migration.Type;
import dev.autogen.schema.ColumnType;
import java.util.List;
import org.junit.jupiter.api.Test;

class SqliteTypesTest {

    @Test
    void everyPortableTypeHasADeclaredTypeThatParsesBack() {
        List<ColumnType> all = List.of(Type.smallint(), Type.integer(), Type.bigint(), Type.varchar(40),
                Type.character(3), Type.text(), Type.numeric(10, 2), Type.numeric(), Type.real(),
                Type.doublePrecision(), Type.bool(), Type.date(), Type.time(), Type.timestamp(), Type.binary(16),
                Type.blob(), Type.uuid(), Type.of("json"));
        for (ColumnType type : all) {
            assertThat(SqliteTypes.parse(SqliteTypes.toSql(type))).as(SqliteTypes.toSql(type)).isEqualTo(type);
        }
    }

    /** SQLite keeps no time zone; the types are declared as Hibernate's SQLite DDL declares them. */
    @Test
    void zonedTypesAreDeclaredWithoutTheZone() {
        assertThat(SqliteTypes.toSql(Type.timestampWithTimeZone())).isEqualTo("TIMESTAMP");
        assertThat(SqliteTypes.toSql(Type.timeWithTimeZone())).isEqualTo("TIME");
        assertThat(SqliteNormalizer.type(SqliteTypes.parse(SqliteTypes.toSql(Type.timestampWithTimeZone()))))
                .isEqualTo(SqliteNormalizer.type(Type.timestampWithTimeZone()));
    }

    @Test
    void declaredTypesAreTheUsualSqlSpellings() {
        assertThat(SqliteTypes.toSql(Type.integer())).isEqualTo("INTEGER");
        assertThat(SqliteTypes.toSql(Type.smallint())).isEqualTo("SMALLINT");
        assertThat(SqliteTypes.toSql(Type.bigint())).isEqualTo("BIGINT");
        assertThat(SqliteTypes.toSql(Type.varchar(40))).isEqualTo("VARCHAR(40)");
        assertThat(SqliteTypes.toSql(Type.numeric(10, 2))).isEqualTo("NUMERIC(10, 2)");
        assertThat(SqliteTypes.toSql(Type.doublePrecision())).isEqualTo("DOUBLE");
        assertThat(SqliteTypes.toSql(Type.binary(16))).isEqualTo("VARBINARY(16)");
        assertThat(SqliteTypes.toSql(Type.of("JSONB"))).isEqualTo("jsonb");
    }

    /** The spellings of Hibernate 7.4's SQLiteDialect DDL ({@code columnType(int)} and its parent's). */
    @Test
    void hibernateSpellingsParse() {
        assertThat(SqliteTypes.parse("tinyint")).isEqualTo(Type.smallint());
        assertThat(SqliteTypes.parse("integer")).isEqualTo(Type.integer());
        assertThat(SqliteTypes.parse("bigint")).isEqualTo(Type.bigint());
        assertThat(SqliteTypes.parse("float")).isEqualTo(Type.doublePrecision());
        assertThat(SqliteTypes.parse("real")).isEqualTo(Type.real());
        assertThat(SqliteTypes.parse("double precision")).isEqualTo(Type.doublePrecision());
        assertThat(SqliteTypes.parse("numeric(38,2)")).isEqualTo(Type.numeric(38, 2));
        assertThat(SqliteTypes.parse("decimal(10,0)")).isEqualTo(Type.numeric(10, 0));
        assertThat(SqliteTypes.parse("char")).isEqualTo(Type.character(1));
        assertThat(SqliteTypes.parse("nchar(4)")).isEqualTo(Type.character(4));
        assertThat(SqliteTypes.parse("varchar(255)")).isEqualTo(Type.varchar(255));
        assertThat(SqliteTypes.parse("nvarchar(20)")).isEqualTo(Type.varchar(20));
        assertThat(SqliteTypes.parse("clob")).isEqualTo(Type.text());
        assertThat(SqliteTypes.parse("nclob")).isEqualTo(Type.text());
        assertThat(SqliteTypes.parse("date")).isEqualTo(Type.date());
        assertThat(SqliteTypes.parse("time(0)")).isEqualTo(Type.time());
        assertThat(SqliteTypes.parse("timestamp")).isEqualTo(Type.timestamp());
        assertThat(SqliteTypes.parse("timestamp(6)")).isEqualTo(Type.timestamp());
        assertThat(SqliteTypes.parse("blob")).isEqualTo(Type.blob());
        assertThat(SqliteTypes.parse("boolean")).isEqualTo(Type.bool());
    }

    @Test
    void otherSpellingsAndUnknownTypes() {
        assertThat(SqliteTypes.parse("  Character   Varying ( 12 ) ")).isEqualTo(Type.varchar(12));
        assertThat(SqliteTypes.parse("INT")).isEqualTo(Type.integer());
        assertThat(SqliteTypes.parse("varchar")).isEqualTo(Type.text());
        assertThat(SqliteTypes.parse("DATETIME")).isEqualTo(Type.timestamp());
        assertThat(SqliteTypes.parse("float(24)")).isEqualTo(Type.real());
        assertThat(SqliteTypes.parse("")).isEqualTo(Type.blob());
        assertThat(SqliteTypes.parse("rowid")).isEqualTo(Type.of("rowid"));
        assertThat(SqliteTypes.parse("geometry(point, 4326)")).isEqualTo(Type.of("geometry(point, 4326)"));
    }
}
