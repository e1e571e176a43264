package dev.autogen.dialect.sqlite;

import dev.autogen.AutogenException;
import dev.autogen.ops.Op;
import dev.autogen.ops.SchemaEvolution;
import dev.autogen.ops.TouchedTables;
import dev.autogen.schema.ForeignKey;
import dev.autogen.schema.Schema;
import dev.autogen.schema.Table;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code PRAGMA foreign_key_check} after an op that gives a table a foreign key it did not have.
 * SQLite adds a foreign key by rebuilding the table with the pragma {@code foreign_keys} off
 * (see {@link SqliteTableRebuild}), so nothing refuses rows without a referenced row, where
 * PostgreSQL refuses the same change. Counting them here fails the revision before it commits.
 * Only the keys the op adds are judged: rows that already broke an unchanged key are not the
 * revision's doing, and PostgreSQL would not look at them either.
 */
final class SqliteForeignKeyCheck {
    private SqliteForeignKeyCheck() {
    }

    static void check(Op op, Schema before, Connection connection) throws SQLException {
        Schema after = SchemaEvolution.apply(before, op);
        for (String name : TouchedTables.of(op)) {
            Optional<Table> table = after.table(name);
            if (table.isEmpty()) {
                continue;
            }
            List<ForeignKey> added = new ArrayList<>(table.get().foreignKeys());
            before.table(name).ifPresent(t -> added.removeAll(t.foreignKeys()));
            if (!added.isEmpty()) {
                requireNoViolations(connection, table.get(), added);
            }
        }
    }

    private static void requireNoViolations(Connection connection, Table table, List<ForeignKey> added)
            throws SQLException {
        // One row per (violated key, its first column): the key's columns and the rows breaking it.
        String sql = "SELECT v.fkid, v.parent, count(*), (SELECT group_concat(f.\"from\", ',') FROM"
                + " (SELECT \"from\" FROM pragma_foreign_key_list(?) WHERE id = v.fkid ORDER BY seq) f)"
                + " FROM pragma_foreign_key_check(?) v GROUP BY v.fkid, v.parent ORDER BY v.fkid";
        Map<ForeignKey, Long> violations = new LinkedHashMap<>();
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            s.setString(1, table.name());
            s.setString(2, table.name());
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    String parent = r.getString(2);
                    List<String> columns = List.of(r.getString(4).split(","));
                    long rows = r.getLong(3);
                    added.stream().filter(f -> f.referencedTable().equalsIgnoreCase(parent)
                            && f.columns().equals(columns)).findFirst().ifPresent(f -> violations.merge(f, rows, Long::sum));
                }
            }
        }
        for (Map.Entry<ForeignKey, Long> broken : violations.entrySet()) {
            ForeignKey key = broken.getKey();
            long rows = broken.getValue();
            throw new AutogenException(rows + (rows == 1 ? " row" : " rows") + " of table " + table.name()
                    + " break the foreign key " + key.name().map(n -> n + " ").orElse("") + "("
                    + String.join(", ", key.columns()) + ") -> " + key.referencedTable() + "("
                    + String.join(", ", key.referencedColumns()) + ") that this change adds: they reference no row"
                    + "; fix or delete those rows first");
        }
    }
}
