package dev.autogen.oracle;

import dev.autogen.dialect.Dialect;
import dev.autogen.schema.Column;
import dev.autogen.schema.Schema;
import dev.autogen.schema.Table;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * On SQLite, objects the schema model has no words for, put on every table A and B share before
 * the revision runs: a trigger, a partial index and an expression index, on a column both keep.
 * A rebuild must keep them (issue 10), so after the upgrade and after the downgrade each is still
 * in {@code sqlite_master}. Reflection leaves them out, so the pair's comparisons do not see them.
 */
final class SqliteForeignObjects {
    private final List<String> names = new ArrayList<>();

    private SqliteForeignObjects() {
    }

    /** Adds the objects on a database at {@code a}; none where {@code dialect} is not SQLite. */
    static SqliteForeignObjects addTo(Connection c, Dialect dialect, Schema a, Schema b) throws SQLException {
        SqliteForeignObjects objects = new SqliteForeignObjects();
        if (!dialect.name().equals("sqlite")) {
            return objects;
        }
        int n = 0;
        try (Statement s = c.createStatement()) {
            for (Table table : a.tables()) {
                Optional<Table> after = b.table(table.name());
                Optional<String> kept = table.columns().stream().map(Column::name)
                        .filter(name -> after.flatMap(t -> t.column(name)).isPresent()).findFirst();
                if (kept.isEmpty()) {
                    continue;
                }
                String t = dialect.quote(table.name());
                String column = dialect.quote(kept.get());
                n++;
                s.execute("CREATE TRIGGER oracle_tr_" + n + " AFTER INSERT ON " + t + " BEGIN SELECT 1; END");
                s.execute("CREATE INDEX oracle_px_" + n + " ON " + t + " (" + column + ") WHERE " + column
                        + " IS NOT NULL");
                s.execute("CREATE INDEX oracle_ex_" + n + " ON " + t + " ((" + column + " IS NULL))");
                objects.names.addAll(List.of("oracle_tr_" + n, "oracle_px_" + n, "oracle_ex_" + n));
            }
        }
        return objects;
    }

    /** How many objects were added (none where the database is not SQLite). */
    int count() {
        return names.size();
    }

    /** The objects added and no longer in the database, each as "name"; empty when all are there. */
    List<String> missing(Connection c) throws SQLException {
        if (names.isEmpty()) {
            return List.of();
        }
        TreeSet<String> present = new TreeSet<>();
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT name FROM sqlite_master WHERE name LIKE 'oracle\\_%' ESCAPE '\\'")) {
            while (r.next()) {
                present.add(r.getString(1));
            }
        }
        return names.stream().filter(name -> !present.contains(name)).toList();
    }
}
