package dev.autogen.migration;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Java code a migration runs on the data: {@code op.run(connection -> ...)}. It gets the connection
 * of the revision's own transaction, so its reads see the schema the calls before it made and its
 * writes commit or roll back with the revision. It must not commit, roll back, change auto-commit
 * or close the connection (those calls are refused), and it should change data only: autogen's
 * model of the schema cannot follow schema changes made here.
 */
@FunctionalInterface
public interface DataCallback {
    void run(Connection connection) throws SQLException;
}
