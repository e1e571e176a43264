package dev.autogen.dialect.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.autogen.AutogenException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The shape every database shares; each dialect's own spelling is only what its hooks return. */
class StandardLiteralsTest {
    /** Marks what each hook got, so the test sees which hook wrote which value. */
    private static final ValueSpelling MARKED = new ValueSpelling() {
        @Override
        public String string(String text) {
            return "s<" + text + ">";
        }

        @Override
        public String bytes(byte[] bytes) {
            return "b<" + bytes.length + ">";
        }

        @Override
        public String nonFinite(Number value) {
            return "n<" + value + ">";
        }
    };

    private enum Color { RED }

    @Test
    void nullBooleansAndExactNumbersAreTheSameEverywhere() {
        assertThat(StandardLiterals.value(null, MARKED)).isEqualTo("NULL");
        assertThat(StandardLiterals.value(true, MARKED)).isEqualTo("TRUE");
        assertThat(StandardLiterals.value(false, MARKED)).isEqualTo("FALSE");
        assertThat(StandardLiterals.value(42L, MARKED)).isEqualTo("42");
        assertThat(StandardLiterals.value(new BigDecimal("1E+3"), MARKED)).isEqualTo("1000");
        assertThat(StandardLiterals.value(1.5d, MARKED)).isEqualTo("1.5");
    }

    @Test
    void textLikeValuesGoThroughTheStringHookAndEnumsByName() {
        UUID id = UUID.fromString("00000000-0000-0000-0000-000000000001");
        assertThat(StandardLiterals.value("it's", MARKED)).isEqualTo("s<it's>");
        assertThat(StandardLiterals.value('c', MARKED)).isEqualTo("s<c>");
        assertThat(StandardLiterals.value(id, MARKED)).isEqualTo("s<" + id + ">");
        assertThat(StandardLiterals.value(LocalDate.of(2024, 2, 29), MARKED)).isEqualTo("s<2024-02-29>");
        assertThat(StandardLiterals.value(Color.RED, MARKED)).isEqualTo("s<RED>");
    }

    @Test
    void bytesAndNonFiniteFloatsGoThroughTheirHooks() {
        assertThat(StandardLiterals.value(new byte[] {1, 2, 3}, MARKED)).isEqualTo("b<3>");
        assertThat(StandardLiterals.value(Double.NaN, MARKED)).isEqualTo("n<NaN>");
        assertThat(StandardLiterals.value(Float.NEGATIVE_INFINITY, MARKED)).isEqualTo("n<-Infinity>");
    }

    @Test
    void anotherTypeIsRefusedNamingIt() {
        assertThatThrownBy(() -> StandardLiterals.value(new Object(), MARKED))
                .isInstanceOf(AutogenException.class).hasMessageContaining("java.lang.Object");
    }
}
