package dev.autogen.dialect.mysql;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MysqlExpressionsTest {
    @Test
    void aQuoteInATextColumnsDefaultComparesAsTheDoubledQuoteItWasWrittenWith() {
        // MariaDB reads DEFAULT 'it''s' back as 'it\'s' on a longtext column, as 'it''s' on a varchar.
        assertThat(MysqlExpressions.canonical("'it\\'s'")).isEqualTo(MysqlExpressions.canonical("'it''s'"))
                .isEqualTo("'it''s'");
        assertThat(MysqlExpressions.canonical("'a\\\\b'")).isEqualTo("'a\\b'");
        assertThat(MysqlExpressions.canonical("'it''s'")).isNotEqualTo(MysqlExpressions.canonical("'its'"));
        assertThat(MysqlExpressions.canonical("concat('A\\'', `b`)")).isEqualTo("concat('A''',b)");
    }
}
