package dev.autogen.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.autogen.AutogenException;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Transaction control is found in any statement of raw SQL, and nowhere it is only text or a body. */
class TransactionControlTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "COMMIT", "commit;", "  Commit Work", "ROLLBACK", "rollback to savepoint s1", "BEGIN", "begin transaction",
        "BEGIN IMMEDIATE", "END", "end transaction", "ABORT", "START TRANSACTION", "SAVEPOINT s1",
        "RELEASE SAVEPOINT s1", "PREPARE TRANSACTION 'x'", "SET autocommit = 1",
        "INSERT INTO t VALUES (1); COMMIT", "UPDATE t SET a = 1;\nCOMMIT;\nUPDATE t SET a = 2",
        "-- a comment\nCOMMIT", "/* block */ COMMIT", "INSERT INTO t VALUES ('it''s'); COMMIT",
        "DO $$ BEGIN PERFORM 1; END $$; COMMIT",
        "CREATE TRIGGER tr AFTER INSERT ON t BEGIN UPDATE t SET a = 1; END; COMMIT",
    })
    void isFound(String sql) {
        assertThat(TransactionControl.find(sql)).as(sql).isPresent();
        assertThatThrownBy(() -> new ExecuteSql(sql, Optional.empty())).isInstanceOf(AutogenException.class)
                .hasMessageContaining("controls the transaction");
        assertThatThrownBy(() -> new ExecuteSql("SELECT 1", Optional.of(sql))).isInstanceOf(AutogenException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "INSERT INTO t (note) VALUES ('COMMIT')", "UPDATE \"commit\" SET a = 1", "SELECT 1 -- COMMIT",
        "SELECT 1 /* ; COMMIT */", "DO $$ BEGIN PERFORM 1; END $$",
        "DO $body$ BEGIN RAISE NOTICE 'x'; END; $body$",
        "CREATE FUNCTION f() RETURNS int AS $$ BEGIN RETURN 1; END $$ LANGUAGE plpgsql",
        "CREATE TRIGGER tr AFTER INSERT ON t BEGIN UPDATE t SET a = CASE WHEN 1 THEN 2 END; DELETE FROM u; END",
        "CREATE TABLE committed (id int); INSERT INTO committed VALUES (1)", "SET search_path TO app", "",
        "UPDATE t SET ending = 1 WHERE begin_at IS NULL",
    })
    void isNotFoundInTextCommentsOrBodies(String sql) {
        assertThat(TransactionControl.find(sql)).as(sql).isEmpty();
    }
}
