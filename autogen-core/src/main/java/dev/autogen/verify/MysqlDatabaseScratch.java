package dev.autogen.verify;

import dev.autogen.AutogenException;
import dev.autogen.dialect.Dialect;
import dev.autogen.runtime.ConnectionSource;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;

/**
 * A throwaway database on a MySQL or MariaDB server (a schema is a database there): created with a
 * random name {@code autogen_verify_<hex>}, every connection switched to it alone, and dropped at
 * the end, so the server's other databases are never read or changed.
 */
final class MysqlDatabaseScratch implements ScratchDatabase {
    private static final SecureRandom RANDOM = new SecureRandom();
    private final ConnectionSource server;
    private final String shownUrl;
    private final Dialect dialect;
    private final String database;

    private MysqlDatabaseScratch(ConnectionSource server, String shownUrl, Dialect dialect, String database) {
        this.server = server;
        this.shownUrl = shownUrl;
        this.dialect = dialect;
        this.database = database;
    }

    static MysqlDatabaseScratch create(ConnectionSource server, String shownUrl, Dialect dialect) {
        byte[] name = new byte[6];
        RANDOM.nextBytes(name);
        MysqlDatabaseScratch scratch = new MysqlDatabaseScratch(server, shownUrl, dialect,
                "autogen_verify_" + HexFormat.of().formatHex(name));
        scratch.execute("CREATE DATABASE " + scratch.database, "cannot create the scratch database");
        return scratch;
    }

    String database() {
        return database;
    }

    @Override
    public Dialect dialect() {
        return dialect;
    }

    @Override
    public ConnectionSource connections() {
        return () -> {
            Connection c = server.open();
            try {
                c.setCatalog(database);
            } catch (SQLException e) {
                c.close();
                throw e;
            }
            return c;
        };
    }

    @Override
    public String description() {
        return "database " + database + " in " + shownUrl + " (dropped afterwards)";
    }

    @Override
    public void reset() {
        execute("DROP DATABASE IF EXISTS " + database, "cannot empty the scratch database");
        execute("CREATE DATABASE " + database, "cannot create the scratch database");
    }

    @Override
    public void close() {
        execute("DROP DATABASE IF EXISTS " + database, "cannot drop the scratch database (drop it by hand)");
    }

    private void execute(String sql, String failure) {
        try (Connection c = server.open(); Statement s = c.createStatement()) {
            if (!c.getAutoCommit()) {
                c.setAutoCommit(true);
            }
            s.execute(sql);
        } catch (SQLException e) {
            throw new AutogenException(failure + " " + database + " in " + shownUrl + ": " + e.getMessage(), e);
        }
    }
}
