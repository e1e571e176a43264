package dev.autogen.boot.it;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * An empty database of its own for one test: a SQLite file in the test's folder, or a PostgreSQL
 * database created for it on the test server (so Hibernate's validation and autogen see nothing
 * but what the test made) and dropped by {@link #close()}.
 */
public final class FreshDatabase implements AutoCloseable {
    public static final String POSTGRES_VARIABLE = "AUTOGEN_TEST_POSTGRES_URL";
    private static final String LOCAL_POSTGRES = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";

    private final String kind;
    private final String url;
    private final String adminUrl;
    private final String databaseName;

    private FreshDatabase(String kind, String url, String adminUrl, String databaseName) {
        this.kind = kind;
        this.url = url;
        this.adminUrl = adminUrl;
        this.databaseName = databaseName;
    }

    /** {@code sqlite} or {@code postgresql}, for parameterized tests. */
    public static List<String> kinds() {
        return List.of("sqlite", "postgresql");
    }

    public static FreshDatabase of(String kind, Path folder) throws SQLException {
        return switch (kind) {
            case "sqlite" -> new FreshDatabase(kind, "jdbc:sqlite:" + folder.resolve("app.db"), null, null);
            case "postgresql" -> postgres();
            default -> throw new IllegalArgumentException("unknown database kind " + kind);
        };
    }

    private static FreshDatabase postgres() throws SQLException {
        String base = System.getenv(POSTGRES_VARIABLE);
        if (base == null || base.isBlank()) {
            base = LOCAL_POSTGRES;
        }
        String name = "boot_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = DriverManager.getConnection(base); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        }
        return new FreshDatabase("postgresql", withDatabase(base, name), base, name);
    }

    /** The same server URL naming another database: {@code jdbc:postgresql://host:port/NAME?query}. */
    static String withDatabase(String url, String name) {
        int hostStart = url.indexOf("//") + 2;
        int pathStart = url.indexOf('/', hostStart);
        int queryStart = url.indexOf('?', hostStart);
        String hostPart = url.substring(0, pathStart < 0 ? (queryStart < 0 ? url.length() : queryStart) : pathStart);
        String query = queryStart < 0 ? "" : url.substring(queryStart);
        return hostPart + "/" + name + query;
    }

    public String kind() {
        return kind;
    }

    public String url() {
        return url;
    }

    public boolean isSqlite() {
        return kind.equals("sqlite");
    }

    /** The Hibernate dialect Boot is told for this database (SQLite's is not detected). */
    public String hibernateDialect() {
        return isSqlite() ? "org.hibernate.community.dialect.SQLiteDialect" : "org.hibernate.dialect.PostgreSQLDialect";
    }

    /** Command-line arguments pointing a Boot application at this database (they win over its files). */
    public List<String> springArguments() {
        List<String> args = new ArrayList<>();
        args.add("--spring.datasource.url=" + url);
        args.add("--spring.jpa.database-platform=" + hibernateDialect());
        return args;
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url);
    }

    /** The revisions {@code autogen_version} holds, sorted; none when the table is missing. */
    public List<String> versions() throws SQLException {
        if (!hasTable("autogen_version")) {
            return List.of();
        }
        return column("SELECT version_num FROM autogen_version ORDER BY version_num");
    }

    public boolean hasTable(String table) throws SQLException {
        try (Connection c = connect(); ResultSet rs = c.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                String schema = rs.getString("TABLE_SCHEM");
                if (rs.getString("TABLE_NAME").equalsIgnoreCase(table)
                        && (schema == null || schema.equalsIgnoreCase("public"))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The user tables, lower-cased and sorted (SQLite's own and autogen's bookkeeping included). */
    public List<String> tables() throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Connection c = connect(); ResultSet rs = c.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                String schema = rs.getString("TABLE_SCHEM");
                if (schema == null || schema.equalsIgnoreCase("public")) {
                    tables.add(rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
                }
            }
        }
        return tables.stream().sorted().toList();
    }

    public List<String> column(String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }

    public void execute(String sql) throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    /**
     * The SHA-256 of every row the queries return (each {@code SELECT ... FROM table}, ordered by its
     * first column): equal before and after means no row changed.
     */
    public String rowsChecksum(String... queries) throws SQLException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        try (Connection c = connect(); Statement s = c.createStatement()) {
            for (String query : queries) {
                digest.update((query + "\n").getBytes(StandardCharsets.UTF_8));
                try (ResultSet rs = s.executeQuery(query + " ORDER BY 1")) {
                    ResultSetMetaData meta = rs.getMetaData();
                    while (rs.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int i = 1; i <= meta.getColumnCount(); i++) {
                            row.append(meta.getColumnName(i).toLowerCase(Locale.ROOT)).append('=')
                                    .append(rs.getString(i)).append('\t');
                        }
                        digest.update((row + "\n").getBytes(StandardCharsets.UTF_8));
                    }
                }
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    @Override
    public void close() throws SQLException {
        if (adminUrl != null) {
            try (Connection c = DriverManager.getConnection(adminUrl); Statement s = c.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS " + databaseName + " WITH (FORCE)");
            }
        }
    }

    @Override
    public String toString() {
        return kind;
    }
}
