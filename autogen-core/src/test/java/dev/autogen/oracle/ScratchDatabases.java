package dev.autogen.oracle;

import dev.autogen.testing.TestDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A run of empty databases inside one test's database, one per model pair: on SQLite a new file in
 * the test's folder, on PostgreSQL the test's own schema dropped and created again (on MariaDB its
 * own database). One connection
 * serves the whole run on PostgreSQL (its {@code currentSchema} finds the new schema by name), so
 * that a pair does not pay for connecting twice.
 */
final class ScratchDatabases implements AutoCloseable {
    /**
     * Every pair creates and drops tables; where autovacuum is off or behind (it is off on the
     * machine the 10,000-pair runs use), the catalogs fill with dead rows and every reflection
     * query slows down pair after pair. The run vacuums them itself every so many pairs.
     */
    private static final int VACUUM_EVERY = 250;
    private static final String CATALOGS = "pg_catalog.pg_class, pg_catalog.pg_attribute, pg_catalog.pg_attrdef, "
            + "pg_catalog.pg_constraint, pg_catalog.pg_index, pg_catalog.pg_depend, pg_catalog.pg_type, "
            + "pg_catalog.pg_description, pg_catalog.pg_sequence, pg_catalog.pg_namespace, pg_catalog.pg_trigger";

    private final TestDatabase db;
    private Connection connection;
    private int count;

    ScratchDatabases(TestDatabase db) {
        this.db = db;
    }

    /** The URL of a fresh, empty database; {@link #connection()} is connected to it. */
    String next() throws SQLException {
        count++;
        if (db.isSqlite()) {
            close();
            deletePrevious();
            return "jdbc:sqlite:" + db.workDir().resolve("pair-" + count + ".db");
        }
        Connection c = connection();
        if (!c.getAutoCommit()) { // a failed pair may have left its migration transaction open
            c.rollback();
            c.setAutoCommit(true);
        }
        try (Statement s = c.createStatement()) {
            if (db.isMariaDb()) {
                // A MariaDB schema is a database: the test's own, dropped and made again, then chosen again.
                String database = c.getCatalog();
                s.execute("DROP DATABASE " + database);
                s.execute("CREATE DATABASE " + database);
                c.setCatalog(database);
                return db.url();
            }
            String schema = c.getSchema();
            s.execute("drop schema " + schema + " cascade");
            s.execute("create schema " + schema);
            if (count % VACUUM_EVERY == 0) {
                // Not a superuser: PostgreSQL skips the catalogs with a warning, and the run is only slower.
                s.execute("vacuum " + CATALOGS);
            }
        }
        return db.url();
    }

    /** A connection to the current database, open until the next one: callers do not close it. */
    Connection connection() throws SQLException {
        if (connection == null) {
            connection = DriverManager.getConnection(db.isSqlite() ? currentSqliteUrl() : db.url());
        }
        return connection;
    }

    private String currentSqliteUrl() {
        return "jdbc:sqlite:" + db.workDir().resolve("pair-" + count + ".db");
    }

    @Override
    public void close() throws SQLException {
        if (connection != null) {
            connection.close();
            connection = null;
        }
    }

    /** Tens of thousands of pairs would fill the disk: only the latest pair's files are kept. */
    private void deletePrevious() {
        try {
            Files.deleteIfExists(db.workDir().resolve("pair-" + (count - 1) + ".db"));
            Files.deleteIfExists(db.workDir().resolve("pair-" + (count - 1) + "-other.db"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The URL of a second empty SQLite database beside the current one. */
    String another() {
        return "jdbc:sqlite:" + db.workDir().resolve("pair-" + count + "-other.db");
    }

    /** A folder of its own for the current database's migrations. */
    Path migrations() {
        return db.workDir().resolve("migrations-" + count);
    }
}
