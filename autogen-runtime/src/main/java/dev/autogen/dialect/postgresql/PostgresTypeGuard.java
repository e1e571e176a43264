package dev.autogen.dialect.postgresql;

import static dev.autogen.dialect.postgresql.PostgresKeywords.quote;

import dev.autogen.ops.AlterColumn;
import dev.autogen.ops.TypeWords;
import dev.autogen.schema.ColumnType;
import java.sql.SQLException;
import java.util.Optional;

/**
 * The check that runs before a type change that may not hold every stored value. {@code ALTER
 * ... TYPE varchar(10) USING code::varchar(10)} truncates by the SQL standard (an explicit cast to
 * a shorter string cuts it, to fewer decimals rounds it), so without this check a narrowing would
 * silently change data. The check is one {@code DO} block: it locks the table as the ALTER would,
 * counts the rows whose value the new type cannot keep unchanged and, if there are any, raises an
 * error naming the column and the count, which rolls the whole revision back. Being SQL, it runs
 * the same way from an offline script.
 */
final class PostgresTypeGuard {
    private static final String REFUSES = "autogen refuses ";

    private PostgresTypeGuard() {
    }

    /** The check for {@code op}, or empty when every value of the old type fits the new one. */
    static Optional<String> of(AlterColumn op) {
        ColumnType from = resolved(op.from().type());
        ColumnType to = resolved(op.to().type());
        // A type autogen has no word for is left to PostgreSQL's own conversion, which refuses
        // what it cannot read: comparing text forms would refuse what it merely re-spells (jsonb).
        if (from.equals(to) || !TypeWords.narrows(from, to) || to instanceof ColumnType.Native) {
            return Optional.empty();
        }
        String column = quote(op.column());
        Misfit misfit = misfit(column, from, to);
        String table = quote(op.table());
        String message = REFUSES + "to change " + op.table() + "." + op.column() + " to "
                + PostgresTypes.toSql(op.to().type()) + ": ";
        String body = "DECLARE misfits bigint; BEGIN"
                + " LOCK TABLE " + table + " IN ACCESS EXCLUSIVE MODE;"
                + " SELECT count(*) INTO misfits FROM " + table + " WHERE " + column + " IS NOT NULL AND ("
                + misfit.condition() + ");"
                + " IF misfits > 0 THEN RAISE EXCEPTION '%', " + PostgresLiterals.string(message)
                + " || misfits || " + PostgresLiterals.string(" row(s) hold values " + misfit.words()
                + "; the type was not changed") + ";"
                + " END IF; END";
        return Optional.of("DO " + dollarQuoted(body));
    }

    /** What the change does to stored values, as the lint says it; empty when every value fits. */
    static Optional<String> risk(ColumnType fromType, ColumnType toType) {
        ColumnType from = resolved(fromType);
        ColumnType to = resolved(toType);
        if (from.equals(to) || !TypeWords.narrows(from, to)) {
            return Optional.empty();
        }
        String type = PostgresTypes.toSql(toType);
        if (to instanceof ColumnType.Native) {
            return Optional.of("PostgreSQL converts each value to " + type + " and fails the step on one it cannot"
                    + " convert");
        }
        return Optional.of("a stored value that " + type + " cannot keep unchanged fails the step, rolled back"
                + " (autogen counts them before converting: nothing is truncated or rounded)");
    }

    /**
     * The guard's own message when {@code e} is its refusal: the server's first line without the
     * {@code ERROR:} prefix and the PL/pgSQL context, so the user reads one sentence.
     */
    static Optional<String> refusal(SQLException e) {
        String message = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
        // The severity word before it may be translated (lc_messages), so the message is found by its start.
        int start = message.indexOf(REFUSES);
        if (!"P0001".equals(e.getSQLState()) || start < 0) {
            return Optional.empty();
        }
        return Optional.of(message.substring(start));
    }

    /**
     * The portable meaning of a type: a raw spelling ({@code int4}, {@code character varying(30)})
     * is read the way the database reads it, so a widening written by hand is judged as one.
     */
    static ColumnType resolved(ColumnType type) {
        return type instanceof ColumnType.Native n ? PostgresTypes.fromSql(n.sql()) : type;
    }

    /** A SQL condition true for a value the new type would change, and those values in words. */
    private record Misfit(String condition, String words) {
    }

    private static Misfit misfit(String column, ColumnType from, ColumnType to) {
        boolean numberOrText = isNumber(from) || isText(from);
        if (to instanceof ColumnType.Varchar v) {
            return longer(column, v.length());
        } else if (to instanceof ColumnType.Char c) {
            return longer(column, c.length());
        } else if (to instanceof ColumnType.Numeric n && n.precision() > 0 && numberOrText) {
            String value = column + "::numeric";
            return new Misfit(value + " <> round(" + value + ", " + n.scale() + ") OR abs(round(" + value + ", "
                    + n.scale() + ")) >= 10::numeric ^ " + (n.precision() - n.scale()),
                    "with more than " + (n.precision() - n.scale()) + " digits before the point or more than "
                    + n.scale() + " after it");
        } else if (to instanceof ColumnType.Int i && numberOrText) {
            String value = column + "::numeric";
            long max = i.bits() == 16 ? Short.MAX_VALUE : i.bits() == 32 ? Integer.MAX_VALUE : Long.MAX_VALUE;
            long min = i.bits() == 16 ? Short.MIN_VALUE : i.bits() == 32 ? Integer.MIN_VALUE : Long.MIN_VALUE;
            return new Misfit(value + " <> trunc(" + value + ") OR " + value + " NOT BETWEEN " + min + " AND " + max,
                    "with a fraction or outside the range of " + TypeWords.of(to));
        } else if (to instanceof ColumnType.Floating f && numberOrText) {
            String type = PostgresTypes.toSql(f);
            return new Misfit(column + "::" + type + "::numeric <> " + column + "::numeric",
                    type + " would round");
        }
        if (to instanceof ColumnType.Date && from instanceof ColumnType.Timestamp) {
            return new Misfit(column + "::date::timestamp <> " + column + "::timestamp", "with a time of day");
        }
        String type = PostgresTypes.toSql(to);
        return new Misfit(column + "::" + type + "::text IS DISTINCT FROM " + column + "::text",
                "that read differently once converted to " + type);
    }

    private static Misfit longer(String column, int length) {
        return new Misfit("char_length(" + column + "::text) > " + length, "longer than " + length + " characters");
    }

    private static boolean isNumber(ColumnType type) {
        return type instanceof ColumnType.Int || type instanceof ColumnType.Numeric
                || type instanceof ColumnType.Floating;
    }

    private static boolean isText(ColumnType type) {
        return type instanceof ColumnType.Text || type instanceof ColumnType.Varchar
                || type instanceof ColumnType.Char;
    }

    /** Dollar quoting with a tag the body does not contain, so no name can end the block early. */
    private static String dollarQuoted(String body) {
        String tag = "$autogen$";
        for (int n = 1; body.contains(tag); n++) {
            tag = "$autogen" + n + "$";
        }
        return tag + " " + body + " " + tag;
    }
}
