package dev.autogen.model.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ColumnDefinitionTest {

    @Test
    void aBareTypeIsAllTheDefinitionHolds() {
        assertThat(ColumnDefinition.parse("jsonb"))
                .isEqualTo(new ColumnDefinition("jsonb", Optional.empty(), false));
    }

    @Test
    void splitsTypeDefaultAndNotNull() {
        assertThat(ColumnDefinition.parse("varchar(12) default 'draft' not null"))
                .isEqualTo(new ColumnDefinition("varchar(12)", Optional.of("'draft'"), true));
    }

    @Test
    void keywordsInsideQuotesOrParenthesesDoNotEndTheType() {
        assertThat(ColumnDefinition.parse("numeric(10, 2) DEFAULT (0.00) NOT NULL CHECK (x > 0)"))
                .isEqualTo(new ColumnDefinition("numeric(10, 2)", Optional.of("(0.00)"), true));
        assertThat(ColumnDefinition.parse("varchar(20) default 'not null'"))
                .isEqualTo(new ColumnDefinition("varchar(20)", Optional.of("'not null'"), false));
    }

    @Test
    void multiWordTypesStayWhole() {
        assertThat(ColumnDefinition.parse("timestamp with time zone null"))
                .isEqualTo(new ColumnDefinition("timestamp with time zone", Optional.empty(), false));
    }
}
