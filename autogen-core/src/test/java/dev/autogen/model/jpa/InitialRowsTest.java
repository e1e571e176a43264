package dev.autogen.model.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Hibernate's generator init commands, in the two shapes its generators write, read back as rows. */
class InitialRowsTest {

    @Test
    void anEmulatedSequenceStartsAtItsInitialValue() {
        assertThat(InitialRows.parse("insert into thing_seq ( next_val ) values ( 5 )", List.of("next_val")))
                .contains(Map.of("next_val", 5L));
    }

    @Test
    void aTableGeneratorRowHoldsItsSegmentAndValue() {
        assertThat(InitialRows.parse("insert into id_gen(gen_name, gen_value) values ('it''s',0)",
                List.of("gen_value", "gen_name")))
                .contains(Map.of("gen_name", "it's", "gen_value", 0L));
    }

    @Test
    void namesAreMatchedAsTheDatabaseStoresThem() {
        assertThat(InitialRows.parse("insert into T ( \"NEXT_VAL\" ) values ( 1 )", List.of("next_val")))
                .contains(Map.of("next_val", 1L));
    }

    @Test
    void anyOtherStatementIsNotARow() {
        assertThat(InitialRows.parse("insert into t (a) select 1", List.of("a"))).isEmpty();
        assertThat(InitialRows.parse("insert into t (a) values (now())", List.of("a"))).isEmpty();
        assertThat(InitialRows.parse("insert into t (a, b) values (1)", List.of("a", "b"))).isEmpty();
        assertThat(InitialRows.parse("insert into t (c) values (1)", List.of("a"))).isEmpty();
        assertThat(InitialRows.parse("update t set a = 1", List.of("a"))).isEmpty();
    }
}
