package dev.autogen.oracle;

import dev.autogen.schema.ColumnType;
import java.util.List;
import java.util.Optional;

/** The column types random models use, grouped into families a column may change within, and defaults that fit them. */
final class RandomTypes {
    static final ColumnType BIGINT = new ColumnType.Int(64);
    static final ColumnType INTEGER = new ColumnType.Int(32);
    static final List<ColumnType> NUMBERS = List.of(new ColumnType.Int(16), INTEGER, BIGINT,
            new ColumnType.Numeric(10, 2), new ColumnType.Numeric(12, 4), new ColumnType.Numeric(0, 0),
            new ColumnType.Floating(32), new ColumnType.Floating(64));
    static final List<ColumnType> TEXTS = List.of(new ColumnType.Varchar(10), new ColumnType.Varchar(40),
            new ColumnType.Varchar(255), new ColumnType.Char(1), new ColumnType.Char(8), new ColumnType.Text());
    static final List<ColumnType> TIMES = List.of(new ColumnType.Date(), new ColumnType.Timestamp(false),
            new ColumnType.Timestamp(true));
    /** Types that change into nothing else. */
    static final List<ColumnType> ALONE = List.of(new ColumnType.Bool(), new ColumnType.Time(false),
            new ColumnType.Blob(), new ColumnType.Uuid());
    static final List<ColumnType> ALL = List.of(NUMBERS, TEXTS, TIMES, ALONE).stream().flatMap(List::stream).toList();

    private RandomTypes() {
    }

    /** The types {@code type} can be changed into on both databases without data: those of its family. */
    static List<ColumnType> family(ColumnType type) {
        for (List<ColumnType> family : List.of(NUMBERS, TEXTS, TIMES)) {
            if (family.contains(type)) {
                return family;
            }
        }
        return List.of(type);
    }

    /** A default SQL expression valid for {@code type}; none for the types that take no literal. */
    static Optional<String> defaultFor(ColumnType type, Choices choices) {
        if (NUMBERS.contains(type)) {
            boolean integral = type instanceof ColumnType.Int;
            return Optional.of(choices.pick(integral ? List.of("0", "42", "-1") : List.of("0", "1.5", "-2.25")));
        } else if (type instanceof ColumnType.Char c && c.length() == 1) {
            return Optional.of(choices.pick(List.of("'y'", "' '")));
        } else if (TEXTS.contains(type)) {
            return Optional.of(choices.pick(List.of("'x'", "'it''s'", "''")));
        } else if (type instanceof ColumnType.Bool) {
            return Optional.of(choices.pick(List.of("true", "false")));
        } else if (type instanceof ColumnType.Date) {
            return Optional.of("'2024-01-31'");
        } else if (type instanceof ColumnType.Timestamp) {
            return Optional.of("CURRENT_TIMESTAMP");
        } else if (type instanceof ColumnType.Time) {
            return Optional.of("'12:30:00'");
        }
        return Optional.empty();
    }
}
