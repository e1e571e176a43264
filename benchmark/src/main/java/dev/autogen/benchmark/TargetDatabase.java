package dev.autogen.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One database a workload runs on: a SQLite file in the workload's folder, or a PostgreSQL schema
 * of its own ({@code bench_<n>}) so sizes never see each other's tables.
 */
record TargetDatabase(String kind, String url, String user, String schema) {

    static TargetDatabase sqlite(Path folder) {
        return new TargetDatabase("sqlite", "jdbc:sqlite:" + folder.resolve("bench.db").toAbsolutePath(), null, null);
    }

    static TargetDatabase postgres(String serverUrl, String user, int size) {
        return new TargetDatabase("postgresql", serverUrl, user, "bench_" + size);
    }

    /** A PostgreSQL schema named {@code schema} on the server. */
    static TargetDatabase postgres(String serverUrl, String user, String schema) {
        return new TargetDatabase("postgresql", serverUrl, user, schema);
    }

    /** The same database as SQLAlchemy names it, for Alembic ({@code postgresql+psycopg2://user@host:port/db}). */
    String sqlalchemyUrl() {
        if (!isPostgres()) {
            return "sqlite:///" + url.substring("jdbc:sqlite:".length());
        }
        String rest = url.substring("jdbc:postgresql://".length());
        int query = rest.indexOf('?');
        return "postgresql+psycopg2://" + (user == null ? "" : user + "@") + (query < 0 ? rest : rest.substring(0, query));
    }

    boolean isPostgres() {
        return kind.equals("postgresql");
    }

    /** The autogen.properties lines that point autogen at this database. */
    String configLines() {
        StringBuilder lines = new StringBuilder("url=" + url + "\n");
        if (user != null) {
            lines.append("user=").append(user).append('\n');
        }
        if (schema != null) {
            lines.append("schema=").append(schema).append('\n');
        }
        return lines.toString();
    }

    Connection connect() throws SQLException {
        Connection c = user == null ? DriverManager.getConnection(url) : DriverManager.getConnection(url, user, null);
        if (schema != null) {
            c.setSchema(schema);
        }
        return c;
    }

    /** Empties the database: a new SQLite file, or the PostgreSQL schema dropped and created again. */
    void reset() throws SQLException, IOException {
        if (!isPostgres()) {
            Files.deleteIfExists(Path.of(url.substring("jdbc:sqlite:".length())));
            return;
        }
        try (Connection c = DriverManager.getConnection(url, user, null); Statement s = c.createStatement()) {
            String quoted = '"' + schema.toLowerCase(Locale.ROOT) + '"';
            dropTablesInBatches(c, schema.toLowerCase(Locale.ROOT));
            s.execute("DROP SCHEMA IF EXISTS " + quoted + " CASCADE");
            s.execute("CREATE SCHEMA " + quoted);
        }
    }

    /**
     * A thousand tables dropped at once take several thousand locks, more than the server's lock
     * table holds with other sessions busy; a hundred per transaction stay well within it.
     */
    private static void dropTablesInBatches(Connection c, String schema) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT tablename FROM pg_tables WHERE schemaname = ?")) {
            p.setString(1, schema);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    tables.add('"' + schema + "\".\"" + r.getString(1) + '"');
                }
            }
        }
        try (Statement s = c.createStatement()) {
            for (int i = 0; i < tables.size(); i += 100) {
                s.execute("DROP TABLE IF EXISTS " + String.join(", ", tables.subList(i, Math.min(i + 100, tables.size())))
                        + " CASCADE");
            }
        }
    }
}
