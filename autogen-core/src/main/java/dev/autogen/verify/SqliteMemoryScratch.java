package dev.autogen.verify;

import dev.autogen.AutogenException;
import dev.autogen.dialect.Dialect;
import dev.autogen.dialect.Dialects;
import dev.autogen.runtime.ConnectionSource;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HexFormat;

/**
 * A named in-memory SQLite database in shared-cache mode. Every plain {@code :memory:} connection
 * is a database of its own, while the migrator opens one connection per step; a named shared
 * database is seen by all of them, and lives as long as one connection to it is open, which this
 * class holds for the whole run.
 */
final class SqliteMemoryScratch implements ScratchDatabase {
    private static final SecureRandom RANDOM = new SecureRandom();
    private String url;
    private Connection keeper;

    private SqliteMemoryScratch() {
    }

    static SqliteMemoryScratch create() {
        SqliteMemoryScratch scratch = new SqliteMemoryScratch();
        scratch.open();
        return scratch;
    }

    private void open() {
        byte[] name = new byte[8];
        RANDOM.nextBytes(name);
        url = "jdbc:sqlite:file:autogen_verify_" + HexFormat.of().formatHex(name) + "?mode=memory&cache=shared";
        try {
            keeper = DriverManager.getConnection(url);
        } catch (SQLException e) {
            throw new AutogenException("cannot create the in-memory SQLite scratch database: " + e.getMessage(), e);
        }
    }

    @Override
    public Dialect dialect() {
        return Dialects.forUrl(url);
    }

    @Override
    public ConnectionSource connections() {
        return () -> DriverManager.getConnection(url);
    }

    @Override
    public String description() {
        return "in-memory SQLite database";
    }

    @Override
    public void reset() {
        close();
        open();
    }

    @Override
    public void close() {
        try {
            keeper.close();
        } catch (SQLException e) {
            throw new AutogenException("cannot close the in-memory SQLite scratch database: " + e.getMessage(), e);
        }
    }
}
