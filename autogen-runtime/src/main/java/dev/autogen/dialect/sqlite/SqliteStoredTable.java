package dev.autogen.dialect.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What SQLite stores for one table in {@code sqlite_master}, read just before a rebuild: the
 * table's own {@code CREATE TABLE} text and the statements of its indexes and triggers, in the order
 * they were created. Dropping the table drops these with it; the rebuild writes them again, which
 * keeps what the schema model has no words for (partial and expression indexes, triggers,
 * collations, generated columns). Views are not dropped with a table and need no copy.
 */
record SqliteStoredTable(String createTable, List<StoredObject> objects) {

    /** An index or trigger: its type ({@code index}, {@code trigger}), name and statement. */
    record StoredObject(String type, String name, String sql) {
    }

    SqliteStoredTable {
        objects = List.copyOf(objects);
    }

    /** The table as stored, or empty when there is no such table. */
    static Optional<SqliteStoredTable> read(Connection connection, String table) throws SQLException {
        String createTable = null;
        List<StoredObject> objects = new ArrayList<>();
        // Automatic indexes (sqlite_autoindex_*) have no SQL: their constraints are in the table's text.
        String sql = "SELECT type, name, sql FROM sqlite_master WHERE tbl_name = ? COLLATE NOCASE"
                + " AND sql IS NOT NULL AND type IN ('table', 'index', 'trigger') ORDER BY rowid";
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            s.setString(1, table);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    if (r.getString(1).equals("table")) {
                        createTable = r.getString(3);
                    } else {
                        objects.add(new StoredObject(r.getString(1), r.getString(2), r.getString(3)));
                    }
                }
            }
        }
        return createTable == null ? Optional.empty() : Optional.of(new SqliteStoredTable(createTable, objects));
    }
}
