package dev.autogen.verify;

import dev.autogen.AutogenException;
import dev.autogen.dialect.Dialect;
import dev.autogen.dialect.postgresql.PostgresDialect;
import dev.autogen.runtime.ConnectionSource;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * A throwaway schema in a PostgreSQL database: created with a name no one else uses (the run's start
 * in epoch seconds and a random part, {@code autogen_verify_1764662400_9f3a0c1b2d4e}), every
 * connection pointed at it alone, and dropped with CASCADE at the end, so the database's other
 * schemas are never read or changed.
 */
final class PostgresSchemaScratch implements ScratchDatabase {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String PREFIX = "autogen_verify_";
    /** How old a scratch schema must be before another verify takes it for abandoned. */
    static final Duration STALE = Duration.ofHours(1);
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
        long started = Instant.now().getEpochSecond();
        PostgresSchemaScratch scratch = new PostgresSchemaScratch(server, shownUrl,
                PREFIX + started + "_" + HexFormat.of().formatHex(name));
        scratch.dropStale(started);
        scratch.execute("CREATE SCHEMA " + scratch.schema, "cannot create the scratch schema");
        return scratch;
    }

    /**
     * A verify killed by SIGKILL never drops its schema. Each name carries its run's start (epoch
     * seconds), so the next verify drops those started more than {@link #STALE} ago: no verify runs
     * that long, so none is still using them. Best effort: a schema another run drops first, or one
     * this role may not drop, is left alone; names without a start (older versions) are not touched.
     */
    private void dropStale(long started) {
        try (Connection c = server.open(); Statement s = c.createStatement()) {
            if (!c.getAutoCommit()) {
                c.setAutoCommit(true);
            }
            List<String> stale = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT nspname FROM pg_namespace WHERE nspname ~ '^"
                    + PREFIX + "[0-9]{1,19}_[0-9a-f]{12}$'")) {
                while (rs.next()) {
                    String other = rs.getString(1);
                    String epoch = other.substring(PREFIX.length(), other.lastIndexOf('_'));
                    if (Long.parseLong(epoch) < started - STALE.toSeconds()) {
                        stale.add(other);
                    }
                }
            }
            for (String other : stale) {
                try {
                    s.execute("DROP SCHEMA IF EXISTS " + other + " CASCADE");
                } catch (SQLException e) {
                    // Not ours to drop, or dropped meanwhile: the next verify tries again.
                }
            }
        } catch (SQLException | NumberFormatException e) {
            // Cleaning up is not the run's purpose; creating the scratch schema reports a real problem.
        }
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
