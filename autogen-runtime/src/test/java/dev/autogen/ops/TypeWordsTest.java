package dev.autogen.ops;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.schema.ColumnType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/** Which type changes can lose a value: each from what the SQL types can hold. */
class TypeWordsTest {

    static Stream<Arguments> changes() {
        return Stream.of(
                Arguments.of(new ColumnType.Varchar(50), new ColumnType.Varchar(20), true),
                Arguments.of(new ColumnType.Varchar(20), new ColumnType.Varchar(50), false),
                Arguments.of(new ColumnType.Varchar(20), new ColumnType.Text(), false),
                Arguments.of(new ColumnType.Text(), new ColumnType.Varchar(255), true),
                Arguments.of(new ColumnType.Char(1), new ColumnType.Char(8), false),
                Arguments.of(new ColumnType.Char(8), new ColumnType.Char(1), true),
                Arguments.of(new ColumnType.Varchar(8), new ColumnType.Char(4), true),
                Arguments.of(new ColumnType.Int(32), new ColumnType.Varchar(11), false),
                Arguments.of(new ColumnType.Int(64), new ColumnType.Varchar(11), true),
                Arguments.of(new ColumnType.Uuid(), new ColumnType.Varchar(36), false),
                Arguments.of(new ColumnType.Int(32), new ColumnType.Int(16), true),
                Arguments.of(new ColumnType.Int(16), new ColumnType.Int(64), false),
                Arguments.of(new ColumnType.Int(32), new ColumnType.Numeric(10, 0), false),
                Arguments.of(new ColumnType.Int(64), new ColumnType.Numeric(10, 2), true),
                Arguments.of(new ColumnType.Numeric(10, 2), new ColumnType.Numeric(12, 4), false),
                Arguments.of(new ColumnType.Numeric(10, 4), new ColumnType.Numeric(10, 2), true),
                Arguments.of(new ColumnType.Numeric(10, 2), new ColumnType.Int(64), true),
                Arguments.of(new ColumnType.Int(32), new ColumnType.Floating(64), false),
                Arguments.of(new ColumnType.Int(64), new ColumnType.Floating(64), true),
                Arguments.of(new ColumnType.Int(32), new ColumnType.Floating(32), true),
                Arguments.of(new ColumnType.Floating(64), new ColumnType.Floating(32), true),
                Arguments.of(new ColumnType.Date(), new ColumnType.Timestamp(false), false),
                Arguments.of(new ColumnType.Timestamp(false), new ColumnType.Date(), true),
                Arguments.of(new ColumnType.Timestamp(false), new ColumnType.Timestamp(true), false),
                Arguments.of(new ColumnType.Timestamp(true), new ColumnType.Timestamp(false), true),
                Arguments.of(new ColumnType.Binary(16), new ColumnType.Blob(), false),
                Arguments.of(new ColumnType.Blob(), new ColumnType.Binary(16), true),
                Arguments.of(new ColumnType.Bool(), new ColumnType.Int(16), true));
    }

    @ParameterizedTest(name = "{0} -> {1} narrows: {2}")
    @MethodSource("changes")
    void narrowsWhereSomeValueMayNotFit(ColumnType from, ColumnType to, boolean narrows) {
        assertThat(TypeWords.narrows(from, to)).isEqualTo(narrows);
    }
}
