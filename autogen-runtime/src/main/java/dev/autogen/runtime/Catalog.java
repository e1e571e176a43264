package dev.autogen.runtime;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;

/** The one catalog question the runtime asks outside reflection: is autogen's own table there yet? */
final class Catalog {
    private Catalog() {
    }

    static boolean hasTable(Connection c, String name) throws SQLException {
        DatabaseMetaData meta = c.getMetaData();
        try (ResultSet rs = meta.getTables(c.getCatalog(), c.getSchema(), name, null)) {
            while (rs.next()) {
                if (rs.getString("TABLE_NAME").equals(name)) {
                    return true;
                }
            }
        }
        return false;
    }
}
