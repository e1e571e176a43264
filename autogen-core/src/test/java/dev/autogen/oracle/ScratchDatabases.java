package dev.autogen.oracle;

import dev.autogen.testing.TestDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A run of empty databases inside one test's database, one per model pair: on SQLite a new file in
 * the test's folder, on PostgreSQL the test's own schema dropped and created again.
 */
final class ScratchDatabases {
    private final TestDatabase db;
    private int count;

    ScratchDatabases(TestDatabase db) {
        this.db = db;
    }

    /** The URL of a fresh, empty database. */
    String next() throws SQLException {
        count++;
        if (db.isSqlite()) {
            deletePrevious();
            return "jdbc:sqlite:" + db.workDir().resolve("pair-" + count + ".db");
        }
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            String schema = c.getSchema();
            s.execute("drop schema " + schema + " cascade");
            s.execute("create schema " + schema);
        }
        return db.url();
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
