package dev.autogen.dialect.mysql;

import dev.autogen.schema.QualifiedName;
import dev.autogen.schema.CheckConstraint;
import dev.autogen.schema.Constraint;
import dev.autogen.schema.ForeignKey;
import dev.autogen.schema.Schema;
import dev.autogen.schema.Table;
import dev.autogen.schema.UniqueConstraint;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names MySQL and MariaDB give constraints created without one: a foreign key
 * {@code books_ibfk_1}, a unique key its first column ({@code isbn}, then {@code isbn_2}), a check
 * {@code CONSTRAINT_1} on MariaDB and {@code books_chk_1} on MySQL. The server refuses to make a
 * name over 64 characters: where the table's name is too long for {@code <table>_ibfk_<n>},
 * autogen names the key itself, with the table's name cut so that the name fits
 * ({@link #serverName}), and reads that name as the server's own.
 */
final class MysqlConstraintNames {
    private static final Pattern MARIADB_CHECK = Pattern.compile("CONSTRAINT_\\d+");
    private static final Pattern NUMBERED = Pattern.compile("(.*)(_ibfk_|_chk_)(\\d{1,9})");
    private static final Pattern NUMBERED_UNIQUE = Pattern.compile(".*_(\\d{1,9})");
    private static final int MAX_NAME = 64;

    private MysqlConstraintNames() {
    }

    /** True when {@code name} is one the server would have chosen for {@code constraint} unnamed. */
    static boolean isDefaultName(String qualifiedTable, Constraint constraint, String name, MysqlServer server) {
        String table = QualifiedName.local(qualifiedTable);
        if (constraint instanceof ForeignKey) {
            return isNumbered(table, "_ibfk_", name);
        } else if (constraint instanceof UniqueConstraint u && !u.columns().isEmpty()) {
            String first = u.columns().get(0);
            Matcher m = NUMBERED_UNIQUE.matcher(name);
            return name.equals(first) || m.matches() && name.equals(uniqueName(first, Integer.parseInt(m.group(1))));
        } else if (constraint instanceof CheckConstraint) {
            return server == MysqlServer.MARIADB ? MARIADB_CHECK.matcher(name).matches()
                    : isNumbered(table, "_chk_", name);
        }
        return false;
    }

    /** The table with each unnamed foreign key, unique key and check named as the server names it. */
    static Table named(Table table, Schema schema, MysqlServer server) {
        if (table.constraints().stream().allMatch(c -> c.name().isPresent() || c instanceof dev.autogen.schema.PrimaryKey)) {
            return table;
        }
        Set<String> taken = new HashSet<>();
        table.constraints().forEach(c -> c.name().ifPresent(taken::add));
        table.indexes().forEach(i -> taken.add(i.name()));
        Table.Builder b = table.toBuilder();
        b.foreignKeys(table.foreignKeys().stream().map(f -> f.name().isPresent() ? f
                : f.withName(Optional.of(next(taken, n -> serverName(QualifiedName.local(table.name()), "_ibfk_", n))))).toList());
        b.uniqueConstraints(table.uniqueConstraints().stream().map(u -> u.name().isPresent() || u.columns().isEmpty() ? u
                : u.withName(Optional.of(uniqueName(taken, u.columns())))).toList());
        IntFunction<String> checkName = server == MysqlServer.MARIADB ? n -> "CONSTRAINT_" + n
                : n -> serverName(QualifiedName.local(table.name()), "_chk_", n);
        b.checks(table.checks().stream().map(c -> c.name().isPresent() ? c
                : c.withName(Optional.of(next(taken, checkName)))).toList());
        return b.build();
    }

    private static String uniqueName(Set<String> taken, List<String> columns) {
        String first = columns.get(0);
        String name = first;
        for (int n = 2; taken.contains(name); n++) {
            name = uniqueName(first, n);
        }
        taken.add(name);
        return name;
    }

    /** The n-th unique key on {@code first} (n from 2): {@code first_n}, the column's name cut where that passes 64 characters. */
    static String uniqueName(String first, int n) {
        return serverName(first, "_", n);
    }

    /** True when the server cannot name a second unnamed unique key on {@code first}: autogen must. */
    static boolean needsUniqueName(String first) {
        return first.length() + "_2".length() > MAX_NAME;
    }

    private static String next(Set<String> taken, IntFunction<String> name) {
        int n = 1;
        while (taken.contains(name.apply(n))) {
            n++;
        }
        taken.add(name.apply(n));
        return name.apply(n);
    }

    /**
     * {@code <table><infix><n>} as the server names the n-th unnamed key, or, where that passes 64
     * characters and the server would refuse the key, the same with the table's name cut to fit:
     * the name autogen then gives the key ({@link #needsName}).
     */
    static String serverName(String table, String infix, int n) {
        String suffix = infix + n;
        return table.length() + suffix.length() <= MAX_NAME ? table + suffix
                : table.substring(0, MAX_NAME - suffix.length()) + suffix;
    }

    /** True when the server cannot name an unnamed foreign key of {@code table}: autogen must. */
    static boolean needsName(String qualifiedTable) {
        return QualifiedName.local(qualifiedTable).length() + "_ibfk_1".length() > MAX_NAME;
    }

    /** True when {@code name} is one the server gives, or autogen in its place, to an unnamed foreign key of {@code table}. */
    static boolean isForeignKeyName(String qualifiedTable, String name) {
        return isNumbered(QualifiedName.local(qualifiedTable), "_ibfk_", name);
    }

    private static boolean isNumbered(String table, String infix, String name) {
        Matcher m = NUMBERED.matcher(name);
        return m.matches() && m.group(2).equals(infix)
                && name.equals(serverName(table, infix, Integer.parseInt(m.group(3))));
    }

    static boolean isNamedByServer(Table table, Constraint constraint, MysqlServer server) {
        return constraint.name().isPresent() && isDefaultName(table.name(), constraint, constraint.name().get(), server);
    }
}
