package dev.autogen.verify;

import dev.autogen.dialect.Dialect;
import dev.autogen.ops.AlterColumn;
import dev.autogen.ops.ChangeNote;
import dev.autogen.ops.DropColumn;
import dev.autogen.ops.DropSequence;
import dev.autogen.ops.DropTable;
import dev.autogen.ops.Op;
import dev.autogen.ops.TypeWords;
import dev.autogen.schema.ColumnType;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * A change whose downgrade cannot bring the data back: a dropped table, column or sequence, or a
 * narrowed type (shorter string, fewer digits or a lower scale, fewer integer bits, a decimal made
 * integer, a lost time zone, a change of kind).
 */
public final class DataLossRule implements LintRule {
    public static final String KIND = "data-loss";

    /** What a type change does to stored values, in words; empty when it keeps every value. */
    private final BiFunction<ColumnType, ColumnType, Optional<String>> typeChangeRisk;

    /** The rule as it holds on every database: a narrowing may truncate or be refused. */
    public DataLossRule() {
        this((from, to) -> TypeWords.narrows(from, to)
                ? Optional.of("values that do not fit " + TypeWords.of(to) + " are truncated or rejected")
                : Optional.empty());
    }

    /**
     * The rule for one database, which judges type changes itself: raw spellings it reads
     * ({@code int4} to {@code int8} widens), lengths it does not enforce (SQLite), and what happens
     * to a value that does not fit.
     */
    public DataLossRule(Dialect dialect) {
        this(dialect::typeChangeRisk);
    }

    private DataLossRule(BiFunction<ColumnType, ColumnType, Optional<String>> typeChangeRisk) {
        this.typeChangeRisk = typeChangeRisk;
    }

    @Override
    public List<ChangeNote> check(Op op, LintContext context) {
        if (op instanceof AlterColumn alter) {
            if (!alter.typeChanged()) {
                return List.of();
            }
            String to = TypeWords.of(alter.to().type());
            return typeChangeRisk.apply(alter.from().type(), alter.to().type()).map(risk -> note(risk, "check that"
                    + " every stored value of " + alter.table() + "." + alter.column() + " fits " + to + " first,"
                    + " or keep the wider type")).orElse(List.of());
        }
        if (!op.isDestructive()) {
            return List.of();
        }
        if (op instanceof DropTable drop) {
            return note("the table and all its rows are deleted", "make sure nothing reads "
                    + drop.table().name() + " any more and keep a backup: the downgrade creates it again, empty");
        } else if (op instanceof DropColumn drop) {
            return note("the column and all its values are deleted", "make sure nothing reads it any more and keep a"
                    + " backup: the downgrade adds it back, empty; if it was renamed, use renameColumn instead");
        } else if (op instanceof DropSequence drop) {
            return note("its current value is lost: created again, it hands out ids from " + drop.sequence().start()
                    + " again", "keep the sequence while anything takes ids from it");
        }
        return note("data it removes cannot be brought back", "keep a backup of what it removes");
    }

    private static List<ChangeNote> note(String explanation, String advice) {
        return List.of(new ChangeNote(KIND, "DATA LOSS", explanation, advice));
    }
}
