package dev.autogen.dialect.sql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Which of a list of schemas exist: one catalog query with the names bound as an array. */
public final class SchemaNames {
    private SchemaNames() {
    }

    /** Runs {@code query}, whose one parameter is the array of names, and collects its first column. */
    public static Set<String> existing(Connection connection, String query, List<String> schemas) throws SQLException {
        Set<String> found = new TreeSet<>();
        if (schemas.isEmpty()) {
            return found;
        }
        try (PreparedStatement s = connection.prepareStatement(query)) {
            s.setArray(1, connection.createArrayOf("varchar", schemas.toArray()));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    found.add(rs.getString(1));
                }
            }
        }
        return found;
    }
}
