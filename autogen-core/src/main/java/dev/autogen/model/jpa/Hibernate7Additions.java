package dev.autogen.model.jpa;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.model.relational.Namespace;
import org.hibernate.mapping.Collection;
import org.hibernate.mapping.Column;
import org.hibernate.mapping.PersistentClass;
import org.hibernate.mapping.RootClass;
import org.hibernate.mapping.Selectable;
import org.hibernate.type.SqlTypes;

/**
 * Where, in the schema Hibernate 7 maps, Hibernate 6.6's export writes something else: found in
 * Hibernate's mapping (which collection is a list, which column is a discriminator), named as the
 * schema model names them, for {@link Hibernate66Export} to undo. Per table:
 *
 * <ul>
 *   <li>{@code listKeys}: a list's collection table, its primary key as 6.6 orders it (the key
 *       columns, then the order column; 7 puts the order column first);</li>
 *   <li>{@code checkColumns}: columns whose generated checks 6.6 does not write (an order column's
 *       {@code >=0}, a discriminator's value list and the single-table subclasses' not-null checks);</li>
 *   <li>{@code setKeys}: a set's collection table, the columns of the unique key 7 adds when the
 *       elements may be null (6.6 writes no key);</li>
 *   <li>{@code plainTimes}: {@code time} columns the mapping gives no precision (7 writes
 *       {@code time(0)} where the database's default differs, 6.6 the database's default).</li>
 * </ul>
 */
record Hibernate7Additions(Map<String, List<String>> listKeys, Map<String, List<String>> checkColumns,
        Map<String, Set<String>> setKeys, Map<String, List<String>> plainTimes) {

    Hibernate7Additions {
        listKeys = Map.copyOf(listKeys);
        checkColumns = Map.copyOf(checkColumns);
        setKeys = Map.copyOf(setKeys);
        plainTimes = Map.copyOf(plainTimes);
    }

    static Hibernate7Additions of(Metadata metadata, StoredNames names) {
        Map<String, List<String>> listKeys = new LinkedHashMap<>();
        Map<String, List<String>> checkColumns = new LinkedHashMap<>();
        Map<String, Set<String>> setKeys = new LinkedHashMap<>();
        for (Collection collection : metadata.getCollectionBindings()) {
            if (collection.isOneToMany() || collection.isInverse() || collection.getCollectionTable() == null) {
                continue;
            }
            String table = names.table(collection.getCollectionTable());
            if (collection instanceof org.hibernate.mapping.List list) {
                List<String> key = new ArrayList<>(columns(collection.getKey().getSelectables(), names));
                List<String> index = columns(list.getIndex().getSelectables(), names);
                key.addAll(index);
                listKeys.put(table, key);
                add(checkColumns, table, index);
            } else if (collection instanceof org.hibernate.mapping.Set) {
                Set<String> key = new TreeSet<>(columns(collection.getKey().getSelectables(), names));
                key.addAll(columns(collection.getElement().getSelectables(), names));
                setKeys.put(table, key);
            }
        }
        for (PersistentClass entity : metadata.getEntityBindings()) {
            if (entity instanceof RootClass root && root.getDiscriminator() != null) {
                add(checkColumns, names.table(root.getTable()), columns(root.getDiscriminator().getSelectables(), names));
            }
        }
        return new Hibernate7Additions(listKeys, checkColumns, setKeys, plainTimes(metadata, names));
    }

    /** Read before the tables are: asking a column for its DDL type fills the field that tells a user's type. */
    private static Map<String, List<String>> plainTimes(Metadata metadata, StoredNames names) {
        Map<String, List<String>> found = new LinkedHashMap<>();
        for (Namespace namespace : metadata.getDatabase().getNamespaces()) {
            for (org.hibernate.mapping.Table table : namespace.getTables()) {
                for (Column column : table.getColumns()) {
                    if (isPlainTime(column, metadata)) {
                        add(found, names.table(table), List.of(names.column(column)));
                    }
                }
            }
        }
        return found;
    }

    private static boolean isPlainTime(Column column, Metadata metadata) {
        return column.getSqlType() == null && column.getTemporalPrecision() == null && column.getPrecision() == null
                && column.getSqlTypeCode(metadata) == SqlTypes.TIME;
    }

    private static List<String> columns(List<Selectable> selectables, StoredNames names) {
        List<String> found = new ArrayList<>();
        for (Selectable selectable : selectables) {
            if (selectable instanceof Column column) {
                found.add(names.column(column));
            }
        }
        return found;
    }

    private static void add(Map<String, List<String>> map, String table, List<String> columns) {
        List<String> known = map.computeIfAbsent(table, t -> new ArrayList<>());
        columns.stream().filter(c -> !known.contains(c)).forEach(known::add);
    }
}
