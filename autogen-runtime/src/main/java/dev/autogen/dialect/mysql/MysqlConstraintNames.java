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
import java.util.regex.Pattern;

/**
 * The names MySQL and MariaDB give constraints created without one: a foreign key
 * {@code books_ibfk_1}, a unique key its first column ({@code isbn}, then {@code isbn_2}), a check
 * {@code CONSTRAINT_1} on MariaDB and {@code books_chk_1} on MySQL.
 */
final class MysqlConstraintNames {
    private static final Pattern MARIADB_CHECK = Pattern.compile("CONSTRAINT_\\d+");

    private MysqlConstraintNames() {
    }

    /** True when {@code name} is one the server would have chosen for {@code constraint} unnamed. */
    static boolean isDefaultName(String qualifiedTable, Constraint constraint, String name, MysqlServer server) {
        String table = QualifiedName.local(qualifiedTable);
        if (constraint instanceof ForeignKey) {
            return Pattern.matches(Pattern.quote(table) + "_ibfk_\\d+", name);
        } else if (constraint instanceof UniqueConstraint u && !u.columns().isEmpty()) {
            return Pattern.matches(Pattern.quote(u.columns().get(0)) + "(_\\d+)?", name);
        } else if (constraint instanceof CheckConstraint) {
            return server == MysqlServer.MARIADB ? MARIADB_CHECK.matcher(name).matches()
                    : Pattern.matches(Pattern.quote(table) + "_chk_\\d+", name);
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
                : f.withName(Optional.of(next(taken, QualifiedName.local(table.name()) + "_ibfk_", 1)))).toList());
        b.uniqueConstraints(table.uniqueConstraints().stream().map(u -> u.name().isPresent() || u.columns().isEmpty() ? u
                : u.withName(Optional.of(uniqueName(taken, u.columns())))).toList());
        String checkPrefix = server == MysqlServer.MARIADB ? "CONSTRAINT_" : QualifiedName.local(table.name()) + "_chk_";
        b.checks(table.checks().stream().map(c -> c.name().isPresent() ? c
                : c.withName(Optional.of(next(taken, checkPrefix, 1)))).toList());
        return b.build();
    }

    private static String uniqueName(Set<String> taken, List<String> columns) {
        String first = columns.get(0);
        String name = first;
        for (int n = 2; taken.contains(name); n++) {
            name = first + "_" + n;
        }
        taken.add(name);
        return name;
    }

    private static String next(Set<String> taken, String prefix, int start) {
        int n = start;
        while (taken.contains(prefix + n)) {
            n++;
        }
        taken.add(prefix + n);
        return prefix + n;
    }

    static boolean isNamedByServer(Table table, Constraint constraint, MysqlServer server) {
        return constraint.name().isPresent() && isDefaultName(table.name(), constraint, constraint.name().get(), server);
    }
}
