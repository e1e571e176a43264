package dev.autogen.runtime;

import java.sql.Connection;
import java.sql.SQLException;

/** Opens a new connection to the database being migrated. */
@FunctionalInterface
public interface ConnectionSource {
    Connection open() throws SQLException;
}
