package dev.autogen.dialect.mysql;

import dev.autogen.schema.QualifiedName;
import dev.autogen.schema.ForeignKey;
import dev.autogen.schema.Index;
import dev.autogen.schema.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * InnoDB needs an index whose first columns are a foreign key's columns. When the table has none
 * as the key is created, the server makes one, named after the key, and keeps it after the key is
 * dropped. Reflection leaves that index out (no statement asked for it), and dropping the key
 * drops it too.
 */
final class MysqlForeignKeyIndexes {
    private MysqlForeignKeyIndexes() {
    }

    /** True when a key or an index of {@code table} other than the one named after {@code fk} serves it. */
    static boolean isServedByOtherIndex(Table table, ForeignKey fk) {
        return isServed(table, fk, indexName(fk, table.name()));
    }

    /**
     * The foreign keys of {@code table} that only the index or unique key {@code dropped} serves:
     * the server refuses to drop it while one of them needs it, so the drop adds in its place the
     * index the server would have made for each (which reflection then leaves out, as its own).
     */
    static List<ForeignKey> servedOnlyBy(Table table, String dropped) {
        List<ForeignKey> keys = new ArrayList<>();
        for (ForeignKey fk : table.foreignKeys()) {
            boolean usesDropped = table.indexes().stream().anyMatch(i -> i.name().equals(dropped)
                    && startsWith(i.columns(), fk.columns()))
                    || table.uniqueConstraints().stream().anyMatch(u -> u.name().filter(dropped::equals).isPresent()
                    && startsWith(u.columns(), fk.columns()));
            if (usesDropped && !isServed(table, fk, dropped)) {
                keys.add(fk);
            }
        }
        return keys;
    }

    /** True when the primary key or an index or unique key not named {@code except} serves {@code fk}. */
    private static boolean isServed(Table table, ForeignKey fk, String except) {
        List<String> columns = fk.columns();
        if (table.primaryKey().filter(pk -> startsWith(pk.columns(), columns)).isPresent()) {
            return true;
        }
        if (table.uniqueConstraints().stream().anyMatch(u -> startsWith(u.columns(), columns)
                && !u.name().filter(except::equals).isPresent())) {
            return true;
        }
        return table.indexes().stream().anyMatch(i -> startsWith(i.columns(), columns) && !i.name().equals(except));
    }

    /**
     * True when {@code index} is one the server made for a foreign key of {@code table}: on the
     * key's columns, named after the key, or after its first column when the key was unnamed.
     */
    static boolean isMadeFor(Index index, List<ForeignKey> foreignKeys, String table) {
        return !index.unique() && foreignKeys.stream().anyMatch(fk -> index.columns().equals(fk.columns())
                && index.name().equals(indexName(fk, table)));
    }

    /** The name of the index the server makes for {@code fk}, when it makes one. */
    static String indexName(ForeignKey fk, String table) {
        return fk.name().filter(n -> !isUnnamed(n, table)).orElse(fk.columns().get(0));
    }

    /** True when {@code fk} is named as the server names a key created without a name. */
    static boolean hasServerName(ForeignKey fk, String table) {
        return fk.name().filter(n -> isUnnamed(n, table)).isPresent();
    }

    private static boolean isUnnamed(String name, String qualifiedTable) {
        return MysqlConstraintNames.isForeignKeyName(qualifiedTable, name);
    }

    private static boolean startsWith(List<String> indexColumns, List<String> keyColumns) {
        return indexColumns.size() >= keyColumns.size()
                && indexColumns.subList(0, keyColumns.size()).equals(keyColumns);
    }
}
