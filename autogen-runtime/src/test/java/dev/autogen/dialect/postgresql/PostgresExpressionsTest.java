package dev.autogen.dialect.postgresql;


import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The canonical text itself: PostgreSQL's rewrites undone, and only the parentheses precedence needs. */
class PostgresExpressionsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            ((status)::text = ANY ((ARRAY['A'::character varying, 'B'::character varying])::text[])) | status in ('A', 'B')
            ((x >= 0) AND (x <= 2))                   | x >= 0 and x <= 2
            ((x > 0) AND ((y > 0) OR (y IS NULL)))    | x > 0 and (y > 0 or y is null)
            (((x + y) * 2) < 100)                     | (x + y) * 2 < 100
            a - (b - c)                               | a - (b - c)
            (NOT (x = 3))                             | not x = 3
            nextval('books_id_seq'::regclass)         | nextval('books_id_seq')
            '-0.5'::numeric                           | -0.5
            "Order" >= 0                              | "Order" >= 0
            "order" >= 0                              | "order" >= 0
            date '2020-01-01'                         | '2020-01-01'
            x ISNULL                                  | x is null
            ((like1)::text !~~ 'a%'::text)            | like1 not like 'a%'
            CASE WHEN x > 0 THEN 1 END                | CASE WHEN x > 0 THEN 1 END
            """)
    void printsOneCanonicalText(String expression, String canonical) {
        assertThat(PostgresExpressions.canonical(expression)).isEqualTo(canonical);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            ((status)::text = ANY ((ARRAY['A'::character varying, 'B'::character varying])::text[]))
            ((x > 0) AND ((y > 0) OR (y IS NULL)))
            (NOT (x = 3))
            (f <> (1.5)::double precision)
            CASE   WHEN x > 0  THEN 1 END
            """)
    void isStableWhenAppliedTwice(String expression) {
        String once = PostgresExpressions.canonical(expression);
        assertThat(PostgresExpressions.canonical(once)).isEqualTo(once);
    }
}
