package dev.autogen.dialect.mysql;

import dev.autogen.schema.CheckConstraint;
import dev.autogen.schema.Column;
import dev.autogen.schema.ColumnType;
import dev.autogen.schema.Constraint;
import dev.autogen.schema.ForeignKey;
import dev.autogen.schema.ReferentialAction;
import dev.autogen.schema.Table;
import dev.autogen.schema.UniqueKeys;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The canonical form of a table for comparison on MySQL and MariaDB. Each rule makes equal what
 * the server stores or spells differently from how it was written, and nothing more.
 */
final class MysqlNormalizer {
    /** The seconds of a quoted time or datetime, then its fraction's trailing zeros (and a dot left bare). */
    private static final Pattern FRACTION_ZEROS = Pattern.compile("^('[^']*\\d{2}:\\d{2}:\\d{2})(\\.\\d*[1-9])?\\.?0*'$");
    private MysqlNormalizer() {
    }

    static Table normalize(Table table, MysqlServer server) {
        List<String> keyColumns = table.primaryKey().map(pk -> pk.columns()).orElse(List.of());
        Table.Builder b = table.toBuilder();
        b.columns(table.columns().stream().map(c -> column(c, keyColumns.contains(c.name()), server)).toList());
        // The server calls every primary key PRIMARY.
        b.primaryKey(table.primaryKey().map(pk -> pk.withName(Optional.empty())));
        // A unique index and a unique constraint are one thing there: both read as the constraint. The
        // diff folds unique indexes first (uniqueIndexIsConstraint), so there this rewrites in place.
        Table folded = UniqueKeys.asConstraints(table);
        b.indexes(folded.indexes());
        b.uniqueConstraints(folded.uniqueConstraints().stream().map(u -> unnamedIfDefault(table.name(), u, server))
                .toList());
        // InnoDB treats RESTRICT as NO ACTION and reports either.
        b.foreignKeys(table.foreignKeys().stream().map(f -> unnamedIfDefault(table.name(), f, server))
                .map(f -> f.onDelete() == ReferentialAction.RESTRICT ? new ForeignKey(f.name(), f.columns(),
                        f.referencedTable(), f.referencedColumns(), ReferentialAction.NO_ACTION) : f).toList());
        b.checks(table.checks().stream().map(c -> unnamedIfDefault(table.name(), c, server))
                .map(c -> new CheckConstraint(c.name(), MysqlExpressions.canonicalCondition(c.condition()))).toList());
        b.comment(table.comment().filter(text -> !text.isEmpty()));
        return b.build();
    }

    private static Column column(Column column, boolean inPrimaryKey, MysqlServer server) {
        ColumnType type = type(column.type(), server);
        Optional<String> defaultValue = column.defaultValue().map(MysqlExpressions::canonical)
                .filter(d -> !d.equals("null"))
                .map(d -> literalFor(type, d));
        return column.toBuilder().type(type)
                .nullable(column.nullable() && !column.identity() && !inPrimaryKey)
                .defaultValue(defaultValue)
                .comment(column.comment().filter(text -> !text.isEmpty()))
                .build();
    }

    /** Types that are stored alike compare alike: no zones, no unbounded decimal, display widths dropped. */
    static ColumnType type(ColumnType type, MysqlServer server) {
        if (type instanceof ColumnType.Native n) {
            ColumnType read = MysqlTypes.fromSql(n.sql());
            return read instanceof ColumnType.Native again ? new ColumnType.Native(spacing(again.sql())) : type(read, server);
        } else if (type instanceof ColumnType.Timestamp) {
            return new ColumnType.Timestamp(false);
        } else if (type instanceof ColumnType.Time) {
            return new ColumnType.Time(false);
        } else if (type instanceof ColumnType.Numeric n && n.precision() == 0) {
            return MysqlTypes.fromSql(MysqlTypes.UNBOUNDED_DECIMAL);
        } else if (type instanceof ColumnType.Uuid && server == MysqlServer.MYSQL) {
            return new ColumnType.Binary(16);
        }
        return type;
    }

    /** {@code enum ('a', 'b')} and {@code enum('a','b')} are one type. */
    private static String spacing(String sql) {
        StringBuilder out = new StringBuilder();
        boolean inString = false;
        for (int i = 0; i < sql.length(); i++) {
            char c = sql.charAt(i);
            if (c == '\'') {
                inString = !inString;
            }
            if (!inString && Character.isWhitespace(c)) {
                char next = i + 1 < sql.length() ? sql.charAt(i + 1) : ' ';
                char prev = out.length() > 0 ? out.charAt(out.length() - 1) : ' ';
                if (next == '(' || next == ',' || next == ')' || prev == '(' || prev == ',' || Character.isWhitespace(next)) {
                    continue;
                }
            }
            out.append(c);
        }
        return out.toString();
    }

    /** A boolean is a tinyint: true is stored as 1. A number given as a string is stored as the number. */
    private static String literalFor(ColumnType type, String canonical) {
        if (type instanceof ColumnType.Bool) {
            switch (canonical) {
                case "true", "b'1'", "'1'" -> {
                    return "1";
                }
                case "false", "b'0'", "'0'" -> {
                    return "0";
                }
                default -> {
                    return canonical;
                }
            }
        }
        if (type instanceof ColumnType.Time || type instanceof ColumnType.Timestamp) {
            // A time(6) or datetime(6) column stores '12:30:00' and reads it back as '12:30:00.000000'.
            return FRACTION_ZEROS.matcher(canonical).replaceFirst("$1$2'");
        }
        if (type instanceof ColumnType.Char && MysqlLiterals.isString(canonical)) {
            // A char(n) value is read without its trailing spaces (the server pads them back in
            // storage only), and a default too: DEFAULT ' ' reads back as ''.
            return canonical.substring(0, canonical.length() - 1).replaceAll(" +$", "") + "'";
        }
        boolean numeric = type instanceof ColumnType.Int || type instanceof ColumnType.Numeric
                || type instanceof ColumnType.Floating;
        if (numeric && canonical.length() > 2 && canonical.startsWith("'") && canonical.endsWith("'")) {
            String inner = canonical.substring(1, canonical.length() - 1);
            if (MysqlLiterals.isNumber(inner)) {
                return MysqlExpressions.canonical(inner);
            }
        }
        return canonical;
    }

    @SuppressWarnings("unchecked")
    private static <C extends Constraint> C unnamedIfDefault(String table, C constraint, MysqlServer server) {
        Optional<String> name = constraint.name();
        if (name.isPresent() && MysqlConstraintNames.isDefaultName(table, constraint, name.get(), server)) {
            return (C) constraint.withName(Optional.empty());
        }
        return constraint;
    }
}
