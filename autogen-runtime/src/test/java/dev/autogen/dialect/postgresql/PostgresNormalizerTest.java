package dev.autogen.dialect.postgresql;

import dev.autogen.dialect.InAnyOrder;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.migration.Type;
import dev.autogen.schema.CheckConstraint;
import dev.autogen.schema.Column;
import dev.autogen.schema.ColumnType;
import dev.autogen.schema.ForeignKey;
import dev.autogen.schema.PrimaryKey;
import dev.autogen.schema.ReferentialAction;
import dev.autogen.schema.Table;
import dev.autogen.schema.UniqueConstraint;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The normal form on the exact text PostgreSQL 15 returns: every "stored" string below was read
 * back with pg_get_expr from a real server after creating the "written" form.
 */
class PostgresNormalizerTest {
    private final PostgresDialect dialect = new PostgresDialect();

    @ParameterizedTest(name = "{0} is stored as {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            status in ('A','B')                 | ((status)::text = ANY ((ARRAY['A'::character varying, 'B'::character varying])::text[]))
            (status in ('A','B'))               | ((status)::text = ANY ((ARRAY['A'::character varying, 'B'::character varying])::text[]))
            (ordinal between 0 and 1)           | ((ordinal >= 0) AND (ordinal <= 1))
            x between 0 and 2                   | ((x >= 0) AND (x <= 2))
            y not between 0 and 2               | ((y < 0) OR (y > 2))
            status in ('X')                     | ((status)::text = 'X'::text)
            price >= 0                          | (price >= (0)::numeric)
            x > -1                              | (x > '-1'::integer)
            status <> ''                        | ((status)::text <> ''::text)
            length(status) > 3                  | (length((status)::text) > 3)
            x is not null or y is not null      | ((x IS NOT NULL) OR (y IS NOT NULL))
            status not in ('P','Q')             | ((status)::text <> ALL ((ARRAY['P'::character varying, 'Q'::character varying])::text[]))
            x in (1,2,3)                        | (x = ANY (ARRAY[1, 2, 3]))
            ratio != 1.5                        | (ratio <> (1.5)::double precision)
            "Order" > 0 and "Order" < 10        | (("Order" > 0) AND ("Order" < 10))
            status like 'a%'                    | ((status)::text ~~ 'a%'::text)
            X > 0 AND (Y > 0 OR Y IS NULL)      | ((x > 0) AND ((y > 0) OR (y IS NULL)))
            (x + y) * 2 < 100                   | (((x + y) * 2) < 100)
            status in ('A','B') and x between 1 and 5 | (((status)::text = ANY ((ARRAY['A'::character varying, 'B'::character varying])::text[])) AND ((x >= 1) AND (x <= 5)))
            not (x = 3)                         | (NOT (x = 3))
            x in (1)                            | (x = 1)
            """)
    void writtenAndStoredChecksAreEqual(String written, String stored) {
        assertThat(normalized(checkTable(written))).isEqualTo(normalized(checkTable(stored)));
    }

    @ParameterizedTest(name = "{0} differs from {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            status in ('A','B')                 | ((status)::text = ANY ((ARRAY['A'::character varying, 'C'::character varying])::text[]))
            x >= 0                              | (x > 0)
            x > 0 and y > 0 or x < 0            | ((x > 0) AND ((y > 0) OR (x < 0)))
            x between 0 and 2                   | ((x >= 0) AND (x <= 3))
            status not in ('P','Q')             | ((status)::text = ANY ((ARRAY['P'::character varying, 'Q'::character varying])::text[]))
            status = 'a'                        | ((status)::text = 'A'::text)
            x > -1                              | (x > 1)
            """)
    void differentChecksStayDifferent(String written, String stored) {
        assertThat(normalized(checkTable(written))).isNotEqualTo(normalized(checkTable(stored)));
    }

    @ParameterizedTest(name = "{1} default {0} is stored as {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            'x'                | varchar(20)  | 'x'::character varying
            'a''b'             | text         | 'a''b'::text
            E'a\\\\b'          | text         | 'a\\b'::text
            0                  | integer      | 0
            (0)                | integer      | 0
            -1                 | integer      | '-1'::integer
            5000000000         | bigint       | '5000000000'::bigint
            '42'               | numeric(10,2)| '42'::numeric
            1e3                | float(53)    | '1000'::numeric
            -0.5               | float4       | '-0.5'::numeric
            CURRENT_TIMESTAMP  | timestamp(6) | CURRENT_TIMESTAMP
            now()              | timestamp(6) with time zone | now()
            now()              | timestamp(6) with time zone | CURRENT_TIMESTAMP
            current_timestamp  | timestamp(6) | now()
            false              | boolean      | false
            't'                | boolean      | true
            'yes'              | boolean      | true
            CURRENT_DATE       | date         | CURRENT_DATE
            '2020-01-01'       | date         | '2020-01-01'::date
            'ab'               | char(2)      | 'ab'::bpchar
            '{}'::jsonb        | jsonb        | '{}'::jsonb
            1+2                | integer      | (1 + 2)
            gen_random_uuid()  | uuid         | gen_random_uuid()
            """)
    void writtenAndStoredDefaultsAreEqual(String written, String type, String stored) {
        assertThat(normalized(defaultTable(type, Optional.of(written))))
                .isEqualTo(normalized(defaultTable(type, Optional.of(stored))));
    }

    @Test
    void aNullDefaultIsNoDefault() {
        assertThat(normalized(defaultTable("varchar(5)", Optional.of("NULL::character varying"))))
                .isEqualTo(normalized(defaultTable("varchar(5)", Optional.empty())));
    }

    @ParameterizedTest(name = "default {0} differs from {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            'x'                | 'y'::character varying
            'X'                | 'x'::character varying
            0                  | 1
            -1                 | '1'::integer
            """)
    void differentDefaultsStayDifferent(String written, String stored) {
        assertThat(normalized(defaultTable("integer", Optional.of(written))))
                .isNotEqualTo(normalized(defaultTable("integer", Optional.of(stored))));
    }

    @Test
    void aSerialColumnIsAnIdentityColumn() {
        Table serial = Table.builder("orders")
                .column(Column.builder("id", Type.integer()).nullable(false)
                        .defaultValue("nextval('orders_id_seq'::regclass)").build())
                .build();
        Table identity = Table.builder("orders")
                .column(Column.builder("id", Type.integer()).identity(true).build())
                .build();
        Table writtenAsSerial = Table.builder("orders")
                .column(Column.builder("id", Type.of("serial")).build())
                .build();
        assertThat(normalized(serial)).isEqualTo(normalized(identity)).isEqualTo(normalized(writtenAsSerial));
    }

    @Test
    void aDefaultFromAnotherSequenceStaysADefault() {
        Table table = Table.builder("orders")
                .column(Column.builder("id", Type.bigint()).nullable(false)
                        .defaultValue("nextval('shared_seq'::regclass)").build())
                .build();
        assertThat(normalized(table).columns().get(0).identity()).isFalse();
        assertThat(normalized(table).columns().get(0).defaultValue()).contains("nextval('shared_seq')");
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            int4                           | integer
            float(53)                      | double precision
            float4                         | real
            character varying(255)         | varchar(255)
            timestamp(6) without time zone | timestamp
            timestamp(6) with time zone    | timestamptz
            """)
    void typeSynonymsAreOneType(String spelling, String other) {
        assertThat(PostgresNormalizer.type(new ColumnType.Native(spelling)))
                .isEqualTo(PostgresNormalizer.type(new ColumnType.Native(other)));
    }

    @Test
    void byteaKeepsNoLength() {
        assertThat(PostgresNormalizer.type(Type.binary(255))).isEqualTo(PostgresNormalizer.type(Type.blob()));
    }

    @Test
    void namesPostgresqlGeneratedAreDroppedAndChosenNamesKept() {
        Table reflected = Table.builder("books")
                .column(Column.builder("id", Type.bigint()).nullable(false).build())
                .column(Column.builder("title", Type.varchar(200)).build())
                .column(Column.builder("author_id", Type.bigint()).build())
                .primaryKey(new PrimaryKey(Optional.of("books_pkey"), List.of("id")))
                .uniqueConstraint(UniqueConstraint.of("books_title_key", "title"))
                .uniqueConstraint(UniqueConstraint.of("uk_title_author", "title", "author_id"))
                .foreignKey(new ForeignKey(Optional.of("books_author_id_fkey"), List.of("author_id"), "authors",
                        List.of("id"), ReferentialAction.NO_ACTION))
                .check(new CheckConstraint(Optional.of("books_title_check"), "(length((title)::text) > 0)"))
                .check(new CheckConstraint(Optional.of("books_check1"), "((id > 0) AND (author_id > 0))"))
                .build();
        Table written = Table.builder("books")
                .column(Column.builder("id", Type.bigint()).build())
                .column(Column.builder("title", Type.varchar(200)).build())
                .column(Column.builder("author_id", Type.bigint()).build())
                .primaryKey(PrimaryKey.of("id"))
                .check(new CheckConstraint(Optional.empty(), "id > 0 and author_id > 0"))
                .check(new CheckConstraint(Optional.empty(), "length(title) > 0"))
                .foreignKey(new ForeignKey(Optional.empty(), List.of("author_id"), "authors", List.of("id"),
                        ReferentialAction.NO_ACTION))
                .uniqueConstraint(UniqueConstraint.of("uk_title_author", "title", "author_id"))
                .uniqueConstraint(new UniqueConstraint(Optional.empty(), List.of("title")))
                .build();
        // The normal form keeps each list's order (the diff pairs by position); the diff ignores that order.
        assertThat(InAnyOrder.of(normalized(reflected))).isEqualTo(InAnyOrder.of(normalized(written)));
        assertThat(normalized(reflected).uniqueConstraints()).extracting(UniqueConstraint::name)
                .contains(Optional.of("uk_title_author"));
    }

    @Test
    void aBlankCommentIsNoComment() {
        Table blank = Table.builder("t").column(Column.builder("c", Type.integer()).comment("").build())
                .comment(Optional.of("")).build();
        Table none = Table.builder("t").column(Column.builder("c", Type.integer()).build()).build();
        assertThat(normalized(blank)).isEqualTo(normalized(none));
    }

    @Test
    void theNormalFormIsStable() {
        for (Table table : List.of(PostgresReflectorTest.purchase(), PostgresSqlTest.books(),
                checkTable("((status)::text = ANY ((ARRAY['A'::character varying])::text[]))"),
                defaultTable("integer", Optional.of("'-1'::integer")))) {
            assertThat(normalized(normalized(table))).isEqualTo(normalized(table));
        }
    }

    private Table normalized(Table table) {
        return dialect.normalize(table);
    }

    @Test
    void listsKeepTheirOrderAndLength() {
        Table table = Table.builder("t")
                .column(Column.builder("a", Type.integer()).build())
                .column(Column.builder("b", Type.integer()).build())
                .uniqueConstraint(UniqueConstraint.of("z_last", "b"))
                .uniqueConstraint(UniqueConstraint.of("a_first", "a"))
                .check(new CheckConstraint(Optional.empty(), "b > 0"))
                .check(new CheckConstraint(Optional.empty(), "a > 0"))
                .build();
        assertThat(normalized(table).uniqueConstraints()).extracting(u -> u.name().orElseThrow())
                .containsExactly("z_last", "a_first");
        assertThat(normalized(table).checks()).extracting(CheckConstraint::condition)
                .containsExactly("b > 0", "a > 0");
    }

    private static Table checkTable(String condition) {
        return Table.builder("t")
                .column(Column.builder("x", Type.integer()).build())
                .column(Column.builder("y", Type.integer()).build())
                .column(Column.builder("status", Type.varchar(255)).build())
                .column(Column.builder("price", Type.numeric(10, 2)).build())
                .column(Column.builder("ratio", Type.doublePrecision()).build())
                .column(Column.builder("Order", Type.integer()).build())
                .check(new CheckConstraint(Optional.of("ck"), condition))
                .build();
    }

    private static Table defaultTable(String type, Optional<String> defaultValue) {
        return Table.builder("t")
                .column(Column.builder("c", PostgresTypes.fromSql(type)).defaultValue(defaultValue).build())
                .build();
    }
}
