package dev.autogen.dialect.postgresql;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PostgresKeywordsTest {
    private final PostgresDialect dialect = new PostgresDialect();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            books       | books
            order_id    | order_id
            _x$1        | _x$1
            user        | "user"
            order       | "order"
            group       | "group"
            table       | "table"
            select      | "select"
            check       | "check"
            default     | "default"
            like        | "like"
            Books       | "Books"
            1st         | "1st"
            my table    | "my table"
            a"b         | "a""b"
            time        | time
            """)
    void quotesOnlyWhenPostgresqlNeedsIt(String identifier, String expected) {
        assertThat(dialect.quote(identifier)).isEqualTo(expected);
    }
}
