package dev.autogen.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Text that could end a statement under any database's reading of quotes is refused. */
class SingleExpressionTest {

    @Test
    void ordinaryDefaultsAndChecksAreOneExpression() {
        for (String text : new String[] {"0", "'draft'", "'it''s; fine -- really'", "CURRENT_TIMESTAMP",
                "nextval('books_seq'::regclass)", "(price > 0) AND (price < 1000)", "status in ('a','b')",
                "\"Weird;Name\" IS NOT NULL", "code ~ '^[A-Z]+$'", "'{}'::jsonb", "varchar(10)[]",
                "timestamp(3) with time zone", "numeric(10,2)", "lower(name)"}) {
            assertThat(SingleExpression.problem(text)).as(text).isEmpty();
        }
        // Read as standard SQL the ';' is outside quotes: what only PostgreSQL reads safely is refused.
        assertThat(SingleExpression.problem("$$a;b$$ IS NULL")).isPresent();
    }

    @Test
    void aStatementBreakIsRefused() {
        assertThat(SingleExpression.problem("0); DROP TABLE victim; CREATE TABLE pwned (id int"))
                .hasValue("')' closes a parenthesis it did not open");
        assertThat(SingleExpression.problem("0; DROP TABLE victim")).hasValue("';' would end the statement");
        assertThat(SingleExpression.problem("0 -- the rest")).hasValue("a comment would hide the rest of the statement");
        assertThat(SingleExpression.problem("0 /* x */")).isPresent();
        assertThat(SingleExpression.problem("'open")).hasValue("a quote ' is never closed");
        assertThat(SingleExpression.problem("(0")).hasValue("a '(' is never closed");
        assertThat(SingleExpression.problem("0) , CHECK (1 = 1")).isPresent();
    }

    @Test
    void whatOneDatabaseReadsDifferentlyIsRefusedEverywhere() {
        // MySQL: the backslash escapes the quote, so the literal ends before '; DROP'.
        assertThat(SingleExpression.problem("'\\''; DROP TABLE victim; SELECT '")).isPresent();
        // PostgreSQL: $$ '$$ is one dollar-quoted string, then ';' ends the statement.
        assertThat(SingleExpression.problem("$$ '$$; DROP TABLE victim; SELECT '")).isPresent();
        // MySQL and SQLite: a backtick quotes a name that holds the single quote.
        assertThat(SingleExpression.problem("`'`; DROP TABLE victim; SELECT '")).isPresent();
        // SQLite: brackets quote a name.
        assertThat(SingleExpression.problem("[']; DROP TABLE victim; SELECT '")).isPresent();
        // MySQL: # starts a comment.
        assertThat(SingleExpression.problem("0 # rest")).isPresent();
    }

    @Test
    void theRefusalNamesWhatAndWhere() {
        assertThatThrownBy(() -> SingleExpression.require("0); DROP TABLE victim; CREATE TABLE pwned (id int",
                "the default of books.price"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the default of books.price is not one SQL expression (')' closes a parenthesis it did"
                        + " not open): 0); DROP TABLE victim; CREATE TABLE pwned (id int");
    }
}
