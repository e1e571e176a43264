package dev.autogen.diff;

import static dev.autogen.diff.Fixtures.check;
import static dev.autogen.diff.Fixtures.fk;
import static dev.autogen.diff.Fixtures.index;
import static dev.autogen.diff.Fixtures.pk;
import static dev.autogen.diff.Fixtures.unique;
import static dev.autogen.diff.Fixtures.uniqueIndex;
import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.schema.ReferentialAction;
import org.junit.jupiter.api.Test;

class ConstraintSignatureTest {

    @Test
    void namesDoNotCount() {
        assertThat(ConstraintSignature.of(unique("a", "x"))).isEqualTo(ConstraintSignature.of(unique("b", "x")));
        assertThat(ConstraintSignature.of(index("a", "x"))).isEqualTo(ConstraintSignature.of(index("b", "x")));
        assertThat(ConstraintSignature.of(fk("a", "x", "t", "id"))).isEqualTo(ConstraintSignature.of(fk(null, "x", "t", "id")));
        assertThat(ConstraintSignature.of(check("a", "x > 0"))).isEqualTo(ConstraintSignature.of(check(null, "x > 0")));
        assertThat(ConstraintSignature.of(pk("a", "x"))).isEqualTo(ConstraintSignature.of(pk("b", "x")));
    }

    @Test
    void kindsNeverMatchEachOther() {
        assertThat(ConstraintSignature.of(unique("u", "x"))).isNotEqualTo(ConstraintSignature.of(uniqueIndex("u", "x")));
        assertThat(ConstraintSignature.of(uniqueIndex("u", "x"))).isNotEqualTo(ConstraintSignature.of(index("u", "x")));
        assertThat(ConstraintSignature.of(pk("u", "x"))).isNotEqualTo(ConstraintSignature.of(unique("u", "x")));
    }

    @Test
    void everyPartOfAForeignKeyCounts() {
        ConstraintSignature base = ConstraintSignature.of(fk("f", "x", "t", "id"));

        assertThat(ConstraintSignature.of(fk("f", "y", "t", "id"))).isNotEqualTo(base);
        assertThat(ConstraintSignature.of(fk("f", "x", "u", "id"))).isNotEqualTo(base);
        assertThat(ConstraintSignature.of(fk("f", "x", "t", "code"))).isNotEqualTo(base);
        assertThat(ConstraintSignature.of(fk("f", "x", "t", "id", ReferentialAction.SET_NULL))).isNotEqualTo(base);
    }

    @Test
    void columnOrderCountsAndOrderingIsTotal() {
        assertThat(ConstraintSignature.of(index("i", "a", "b"))).isNotEqualTo(ConstraintSignature.of(index("i", "b", "a")));
        assertThat(ConstraintSignature.of(index("i", "a", "b")).compareTo(ConstraintSignature.of(index("i", "b", "a"))))
                .isNegative();
        assertThat(ConstraintSignature.of(check("c", "x > 0")).compareTo(ConstraintSignature.of(check("d", "x > 0"))))
                .isZero();
    }
}
