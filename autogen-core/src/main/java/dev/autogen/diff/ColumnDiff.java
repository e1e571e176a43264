package dev.autogen.diff;

import dev.autogen.ops.AlterColumn;
import dev.autogen.schema.Column;
import java.util.Optional;

/**
 * Compares one column present on both sides. The comparison looks at the normal forms; the op
 * carries real values: {@code from} is the reflected column, and {@code to} is that same column
 * with only the differing aspects taken from the target, so nothing the comparison found equal is
 * rewritten.
 */
final class ColumnDiff {
    private ColumnDiff() {
    }

    static Optional<AlterColumn> compare(String table, Normalized<Column> target, Normalized<Column> actual) {
        Column wanted = target.normal();
        Column current = actual.normal();
        Column source = target.real();
        Column.Builder to = actual.real().toBuilder();
        if (!wanted.type().equals(current.type())) {
            to.type(source.type());
        }
        if (wanted.nullable() != current.nullable()) {
            to.nullable(source.nullable());
        }
        if (!wanted.defaultValue().equals(current.defaultValue())) {
            to.defaultValue(source.defaultValue());
        }
        if (!wanted.comment().equals(current.comment())) {
            to.comment(source.comment());
        }
        if (wanted.identity() != current.identity()) {
            to.identity(source.identity());
        }
        Column altered = to.build();
        return altered.equals(actual.real())
                ? Optional.empty()
                : Optional.of(new AlterColumn(table, actual.real(), altered));
    }
}
