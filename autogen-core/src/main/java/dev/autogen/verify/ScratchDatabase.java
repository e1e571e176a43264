package dev.autogen.verify;

import dev.autogen.dialect.Dialect;
import dev.autogen.runtime.ConnectionSource;

/**
 * The database {@code verify} replays the migrations on, created for the run and gone after it:
 * an in-memory SQLite database, a schema of its own in a PostgreSQL database, or a database of its
 * own on a MySQL or MariaDB server. Nothing outside
 * it is read or changed.
 */
public sealed interface ScratchDatabase extends AutoCloseable permits SqliteMemoryScratch, PostgresSchemaScratch,
        MysqlDatabaseScratch {

    /** An in-memory SQLite database that lives until {@link #close()}. */
    static ScratchDatabase inMemorySqlite() {
        return SqliteMemoryScratch.create();
    }

    /**
     * A new schema {@code autogen_verify_<random hex>} in the database {@code server} connects to,
     * dropped with everything in it on {@link #close()}.
     *
     * @param shownUrl the server's URL as it may be shown, without password
     */
    static ScratchDatabase postgresSchema(ConnectionSource server, String shownUrl) {
        return PostgresSchemaScratch.create(server, shownUrl);
    }

    /**
     * A new database {@code autogen_verify_<random hex>} on the MySQL or MariaDB server
     * {@code server} connects to, dropped with everything in it on {@link #close()}.
     */
    static ScratchDatabase mysqlDatabase(ConnectionSource server, String shownUrl, Dialect dialect) {
        return MysqlDatabaseScratch.create(server, shownUrl, dialect);
    }

    Dialect dialect();

    /** Connections that see the scratch database and nothing else. */
    ConnectionSource connections();

    /** What and where it is, for the report: "in-memory SQLite database", "schema ... in jdbc:...". */
    String description();

    /** Drops everything and starts again empty, for a run that can no longer trust what is there. */
    void reset();

    /** Drops it; also after a failed run. */
    @Override
    void close();
}
