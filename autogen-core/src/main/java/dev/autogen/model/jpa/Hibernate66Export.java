package dev.autogen.model.jpa;

import dev.autogen.schema.CheckConstraint;
import dev.autogen.schema.Column;
import dev.autogen.schema.ColumnType;
import dev.autogen.schema.PrimaryKey;
import dev.autogen.schema.Schema;
import dev.autogen.schema.Table;
import dev.autogen.schema.UniqueConstraint;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The compatibility step for an application on Hibernate 6.6: the schema Hibernate 7 maps, turned
 * into the one Hibernate 6.6's schema export writes (docs/spring-boot.md, "What autogen and
 * Hibernate 6.6 agree on, and where they part"). Pure over the schema model; what to change comes
 * from the mapping as {@link Hibernate7Additions}. Each rule is one method:
 *
 * <ul>
 *   <li>a list table's primary key is (key columns, order column);</li>
 *   <li>no check on an order column ({@code position>=0});</li>
 *   <li>no discriminator value check, and no single-table subclass not-null checks;</li>
 *   <li>no unique key over a set's key and element columns;</li>
 *   <li>a {@code time} without a precision in the mapping is the database's plain {@code time}.</li>
 * </ul>
 */
final class Hibernate66Export {
    private Hibernate66Export() {
    }

    static Schema apply(Schema schema, Hibernate7Additions additions) {
        List<Table> tables = schema.tables().stream().map(t -> table(t, additions)).toList();
        return new Schema(tables, schema.sequences());
    }

    private static Table table(Table table, Hibernate7Additions additions) {
        Table.Builder builder = table.toBuilder()
                .primaryKey(listKey(table, additions))
                .checks(table.checks().stream().filter(c -> !isGenerated(c, additions, table.name())).toList())
                .uniqueConstraints(table.uniqueConstraints().stream()
                        .filter(u -> !isSetKey(u, additions, table.name())).toList())
                .columns(table.columns().stream().map(c -> plainTime(c, additions, table.name())).toList());
        return builder.build();
    }

    private static Optional<PrimaryKey> listKey(Table table, Hibernate7Additions additions) {
        List<String> order = additions.listKeys().get(table.name());
        return table.primaryKey().map(key -> order != null && new HashSet<>(order).equals(new HashSet<>(key.columns()))
                ? new PrimaryKey(key.name(), order) : key);
    }

    /** Checks Hibernate 7 generates on an order or discriminator column: {@code c>=0}, {@code c in (...)}, {@code c <> ...}. */
    private static boolean isGenerated(CheckConstraint check, Hibernate7Additions additions, String table) {
        String condition = check.condition().strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        for (String column : additions.checkColumns().getOrDefault(table, List.of())) {
            String c = column.toLowerCase(Locale.ROOT);
            if (condition.replace(" ", "").equals(c + ">=0") || condition.startsWith(c + " in (")
                    || condition.startsWith(c + " <> ")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isSetKey(UniqueConstraint unique, Hibernate7Additions additions, String table) {
        return new HashSet<>(unique.columns()).equals(additions.setKeys().get(table));
    }

    private static Column plainTime(Column column, Hibernate7Additions additions, String table) {
        boolean plain = additions.plainTimes().getOrDefault(table, List.of()).contains(column.name());
        return plain ? column.toBuilder().type(new ColumnType.Time(false)).build() : column;
    }
}
