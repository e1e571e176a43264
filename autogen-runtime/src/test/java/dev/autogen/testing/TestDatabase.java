package dev.autogen.testing;

import dev.autogen.dialect.Dialect;
import dev.autogen.dialect.Dialects;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * A fresh, empty database for one test: a SQLite file in a temporary folder, a PostgreSQL schema
 * of its own (the URL's {@code currentSchema} points at it), or a MariaDB database of its own (the
 * URL names it). Dropped after the test.
 */
public record TestDatabase(String kind, String url, Path workDir) {

    public Dialect dialect() {
        return Dialects.forUrl(url);
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url);
    }

    public boolean isSqlite() {
        return kind.equals("sqlite");
    }

    public boolean isPostgres() {
        return kind.equals("postgresql");
    }

    public boolean isMariaDb() {
        return kind.equals("mariadb");
    }

    @Override
    public String toString() {
        return kind;
    }
}
