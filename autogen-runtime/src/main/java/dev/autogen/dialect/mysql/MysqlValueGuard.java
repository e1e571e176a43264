package dev.autogen.dialect.mysql;

import dev.autogen.AutogenException;
import dev.autogen.ops.AddColumn;
import dev.autogen.ops.AddConstraint;
import dev.autogen.ops.AlterColumn;
import dev.autogen.ops.AlterTableComment;
import dev.autogen.ops.CreateIndex;
import dev.autogen.ops.CreateTable;
import dev.autogen.ops.DataStep;
import dev.autogen.ops.DropConstraint;
import dev.autogen.ops.DropIndex;
import dev.autogen.ops.DropTable;
import dev.autogen.ops.BulkInsert;
import dev.autogen.ops.CreateTable;
import dev.autogen.ops.DataStep;
import dev.autogen.ops.DropConstraint;
import dev.autogen.ops.DropIndex;
import dev.autogen.ops.DropTable;
import dev.autogen.ops.ExecuteSql;
import dev.autogen.ops.Op;
import dev.autogen.ops.RenameColumn;
import dev.autogen.ops.RenameTable;
import dev.autogen.ops.TouchedTables;
import dev.autogen.ops.TypeWords;
import dev.autogen.schema.CheckConstraint;
import dev.autogen.schema.Constraint;
import dev.autogen.schema.ForeignKey;
import dev.autogen.schema.UniqueConstraint;
import dev.autogen.schema.ColumnType;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;

/**
 * The check that runs before a revision's first statement on MySQL and MariaDB, where each
 * {@code ALTER TABLE} commits on its own: for every type change that may not hold every stored
 * value, it counts the rows whose value the new type would change (strict mode refuses a cut
 * string or integer with its own message, but rounds decimals and floats and drops a time of day),
 * and for every column made NOT NULL the rows holding NULL (which the server refuses as "data
 * truncated"), and refuses the revision, naming the column and the count, before anything changed;
 * likewise the rows that break a unique key, foreign key or check the revision adds. A change
 * that follows raw SQL, a bulk insert or a data step, the creation, drop or rename of its table, the
 * column's own addition, or a rename or another change of its column, in the same revision, and
 * a key that follows a change of its tables' columns or rows, are not checked ahead (the values it meets are not there yet): the server's strict mode
 * is then what refuses a misfit.
 */
final class MysqlValueGuard {
    private MysqlValueGuard() {
    }

    static void check(List<Op> ops, Connection connection, MysqlServer server) throws SQLException {
        checkKeys(ops, connection);
        for (int i = 0; i < ops.size(); i++) {
            if (ops.get(i) instanceof AlterColumn alter && alter.nullabilityChanged() && !alter.to().nullable()
                    && isFirstTouch(ops.subList(0, i), alter)) {
                long nulls = count(connection, alter, new Misfit("$c IS NULL", ""), false);
                if (nulls > 0) {
                    throw new AutogenException("autogen refuses to make " + alter.table() + "." + alter.column()
                            + " NOT NULL: " + nulls + " row(s) hold NULL there; the column was not changed");
                }
            }
            if (ops.get(i) instanceof AlterColumn alter && alter.typeChanged() && isFirstTouch(ops.subList(0, i), alter)) {
                Optional<Misfit> misfit = misfit(alter, server);
                if (misfit.isPresent()) {
                    long count = count(connection, alter, misfit.get(), true);
                    if (count > 0) {
                        throw new AutogenException("autogen refuses to change " + alter.table() + "." + alter.column()
                                + " to " + TypeWords.of(alter.to().type()) + ": " + count
                                + " row(s) hold values " + misfit.get().words() + "; the type was not changed");
                    }
                }
            }
        }
    }

    /**
     * The rows that break a key or check the revision adds, counted where nothing before it in the
     * revision touches its table (or, for a foreign key, the table it references) or the data: the
     * server would refuse the key only at its statement, after those before it committed.
     */
    private static void checkKeys(List<Op> ops, Connection connection) throws SQLException {
        for (int i = 0; i < ops.size(); i++) {
            Op op = ops.get(i);
            String table;
            Constraint constraint;
            if (op instanceof AddConstraint add) {
                table = add.table();
                constraint = add.constraint();
            } else if (op instanceof CreateIndex create && create.index().unique()) {
                table = create.table();
                constraint = new UniqueConstraint(Optional.of(create.index().name()), create.index().columns());
            } else {
                continue;
            }
            List<String> tables = constraint instanceof ForeignKey fk ? List.of(table, fk.referencedTable()) : List.of(table);
            if (!untouched(ops.subList(0, i), tables)) {
                continue;
            }
            Optional<String> sql = breaking(table, constraint);
            if (sql.isPresent()) {
                long count = count(connection, sql.get());
                if (count > 0) {
                    throw new AutogenException("autogen refuses to add " + words(constraint) + " to "
                            + table + ": " + count + " row(s) break it; nothing of the revision ran");
                }
            }
        }
    }

    private static String words(Constraint constraint) {
        if (constraint instanceof UniqueConstraint u) {
            return "unique key (" + String.join(", ", u.columns()) + ")";
        } else if (constraint instanceof ForeignKey fk) {
            return "foreign key (" + String.join(", ", fk.columns()) + ") referencing " + fk.referencedTable();
        }
        return "check (" + ((CheckConstraint) constraint).condition() + ")";
    }

    private static boolean untouched(List<Op> earlier, List<String> tables) {
        for (Op op : earlier) {
            // Keys, indexes and comments change no row and no column: what follows meets the rows as they are.
            boolean keepsRows = op instanceof AddConstraint || op instanceof DropConstraint || op instanceof CreateIndex
                    || op instanceof DropIndex || op instanceof AlterTableComment;
            if (op instanceof ExecuteSql || op instanceof BulkInsert || op instanceof DataStep
                    || !keepsRows && TouchedTables.of(op).stream().anyMatch(tables::contains)) {
                return false;
            }
        }
        return true;
    }

    /** A query counting the rows of {@code table} that break {@code constraint}; empty for a primary key. */
    private static Optional<String> breaking(String table, Constraint constraint) {
        String from = MysqlIdentifiers.quote(table);
        if (constraint instanceof UniqueConstraint u && !u.columns().isEmpty()) {
            String columns = MysqlDdl.STANDARD.names(u.columns());
            String present = String.join(" AND ", u.columns().stream()
                    .map(c -> MysqlIdentifiers.quote(c) + " IS NOT NULL").toList());
            return Optional.of("SELECT coalesce(sum(n), 0) FROM (SELECT count(*) AS n FROM " + from + " WHERE " + present
                    + " GROUP BY " + columns + " HAVING count(*) > 1) repeated");
        } else if (constraint instanceof ForeignKey fk && fk.columns().size() == fk.referencedColumns().size()) {
            List<String> match = new java.util.ArrayList<>();
            List<String> present = new java.util.ArrayList<>();
            for (int i = 0; i < fk.columns().size(); i++) {
                String column = "c." + MysqlIdentifiers.quote(fk.columns().get(i));
                match.add("p." + MysqlIdentifiers.quote(fk.referencedColumns().get(i)) + " = " + column);
                present.add(column + " IS NOT NULL");
            }
            return Optional.of("SELECT count(*) FROM " + from + " c WHERE " + String.join(" AND ", present)
                    + " AND NOT EXISTS (SELECT 1 FROM " + MysqlIdentifiers.quote(fk.referencedTable()) + " p WHERE "
                    + String.join(" AND ", match) + ")");
        } else if (constraint instanceof CheckConstraint check) {
            return Optional.of("SELECT count(*) FROM " + from + " WHERE NOT ("
                    + ((CheckConstraint) MysqlDdl.withMysqlQuotes(check)).condition() + ")");
        }
        return Optional.empty();
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** True when nothing before {@code alter} in the revision may change the values, names or type it meets. */
    private static boolean isFirstTouch(List<Op> earlier, AlterColumn alter) {
        for (Op op : earlier) {
            if (op instanceof ExecuteSql || op instanceof BulkInsert || op instanceof DataStep
                    || op instanceof AddColumn added && added.table().equals(alter.table())
                            && added.column().name().equals(alter.column())
                    || (op instanceof CreateTable || op instanceof DropTable || op instanceof RenameTable)
                            && TouchedTables.of(op).contains(alter.table())
                    || op instanceof RenameColumn c && c.table().equals(alter.table())
                    || op instanceof AlterColumn a && a.table().equals(alter.table()) && a.column().equals(alter.column())) {
                return false;
            }
        }
        return true;
    }

    private static long count(Connection connection, AlterColumn alter, Misfit misfit, boolean values)
            throws SQLException {
        String column = MysqlIdentifiers.quote(alter.column());
        String sql = "SELECT count(*) FROM " + MysqlIdentifiers.quote(alter.table()) + " WHERE "
                + (values ? column + " IS NOT NULL AND " : "") + "(" + misfit.condition().replace("$c", column) + ")";
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** A SQL condition ({@code $c} the column) true for a value the new type would change, and those values in words. */
    private record Misfit(String condition, String words) {
    }

    private static Optional<Misfit> misfit(AlterColumn alter, MysqlServer server) {
        ColumnType from = MysqlNormalizer.type(alter.from().type(), server);
        ColumnType to = MysqlNormalizer.type(alter.to().type(), server);
        if (from.equals(to) || !TypeWords.narrows(from, to) || to instanceof ColumnType.Native) {
            return Optional.empty();
        }
        boolean number = from instanceof ColumnType.Int || from instanceof ColumnType.Numeric
                || from instanceof ColumnType.Floating;
        if (to instanceof ColumnType.Varchar v) {
            return Optional.of(longer(v.length()));
        } else if (to instanceof ColumnType.Char c) {
            return Optional.of(longer(c.length()));
        } else if (to instanceof ColumnType.Numeric n && n.precision() > 0 && number) {
            return Optional.of(new Misfit("$c <> round($c, " + n.scale() + ") OR abs(round($c, " + n.scale()
                    + ")) >= power(10, " + (n.precision() - n.scale()) + ")", "with more than "
                    + (n.precision() - n.scale()) + " digits before the point or more than " + n.scale()
                    + " after it"));
        } else if (to instanceof ColumnType.Int i && number) {
            long max = i.bits() == 16 ? Short.MAX_VALUE : i.bits() == 32 ? Integer.MAX_VALUE : Long.MAX_VALUE;
            long min = i.bits() == 16 ? Short.MIN_VALUE : i.bits() == 32 ? Integer.MIN_VALUE : Long.MIN_VALUE;
            return Optional.of(new Misfit("$c <> truncate($c, 0) OR $c NOT BETWEEN " + min + " AND " + max,
                    "with a fraction or outside the range of " + TypeWords.of(to)));
        } else if (to instanceof ColumnType.Floating f && f.bits() == 32 && number) {
            // As the column shows it: float keeps about 6 digits, so 0.1 stays 0.1 and 0.123456789 does not.
            return Optional.of(new Misfit("CAST(CAST($c AS FLOAT) AS CHAR) <> CAST($c AS CHAR)",
                    TypeWords.of(to) + " would round"));
        } else if (to instanceof ColumnType.Date && from instanceof ColumnType.Timestamp) {
            return Optional.of(new Misfit("time($c) <> '00:00:00'", "with a time of day"));
        }
        return Optional.empty();
    }

    private static Misfit longer(int length) {
        return new Misfit("char_length($c) > " + length, "longer than " + length + " characters");
    }
}
