package dev.autogen.verify;

import dev.autogen.AutogenException;
import dev.autogen.dialect.Dialect;
import dev.autogen.dialect.postgresql.PostgresDialect;
import dev.autogen.runtime.ConnectionSource;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;

/**
 * A throwaway schema in a PostgreSQL database: created with a random name no one else uses, every
 * connection pointed at it alone, and dropped with CASCADE at the end, so the database's other
 * schemas are never read or changed.
 */
final class PostgresSchemaScratch implements ScratchDatabase {
    private static final SecureRandom RANDOM = new SecureRandom();
    private final ConnectionSource server;
    private final String shownUrl;
    private final String schema;

    private PostgresSchemaScratch(ConnectionSource server, String shownUrl, String schema) {
        this.server = server;
        this.shownUrl = shownUrl;
        this.schema = schema;
    }

    static PostgresSchemaScratch create(ConnectionSource server, String shownUrl) {
        byte[] name = new byte[6];
        RANDOM.nextBytes(name);
        PostgresSchemaScratch scratch = new PostgresSchemaScratch(server, shownUrl,
                "autogen_verify_" + HexFormat.of().formatHex(name));
        scratch.execute("CREATE SCHEMA " + scratch.schema, "cannot create the scratch schema");
        return scratch;
    }

    String schema() {
        return schema;
    }

    @Override
    public Dialect dialect() {
        return new PostgresDialect();
    }

    @Override
    public ConnectionSource connections() {
        return () -> {
            Connection c = server.open();
            try {
                c.setSchema(schema);
            } catch (SQLException e) {
                c.close();
                throw e;
            }
            return c;
        };
    }

    @Override
    public String description() {
        return "schema " + schema + " in " + shownUrl + " (dropped afterwards)";
    }

    @Override
    public void reset() {
        execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE", "cannot empty the scratch schema");
        execute("CREATE SCHEMA " + schema, "cannot create the scratch schema");
    }

    @Override
    public void close() {
        execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE", "cannot drop the scratch schema (drop it by hand)");
    }

    private void execute(String sql, String failure) {
        try (Connection c = server.open(); Statement s = c.createStatement()) {
            if (!c.getAutoCommit()) {
                c.setAutoCommit(true);
            }
            s.execute(sql);
        } catch (SQLException e) {
            throw new AutogenException(failure + " " + schema + " in " + shownUrl + ": " + e.getMessage(), e);
        }
    }
}
