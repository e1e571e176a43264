package dev.autogen.dialect.sqlite;

import dev.autogen.dialect.RunRestore;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

/**
 * The rollback journal during a run of many revisions: SQLite's default mode (DELETE) creates the
 * journal file, syncs it and unlinks it in every commit; PERSIST keeps the file and zeroes its
 * header instead, with the same syncs, so a commit is as durable and a process killed mid-commit
 * leaves a hot journal the next opener rolls back all the same. A rollback mode is the
 * connection's own, so only the run's connection changes; switching back to DELETE at the end
 * removes the file. Any other mode (WAL, which belongs to the database file, or one the URL chose)
 * is left alone.
 */
final class SqliteRunJournal {
    private SqliteRunJournal() {
    }

    static RunRestore keep(Connection connection) throws SQLException {
        if (!mode(connection).equals("delete")) {
            return RunRestore.NOTHING;
        }
        execute(connection, "PRAGMA journal_mode = PERSIST");
        return SqliteRunJournal::restore;
    }

    private static void restore(Connection connection) throws SQLException {
        if (!connection.getAutoCommit()) {
            // Ends the idle transaction sqlite-jdbc opens after each commit: the mode changes outside one.
            connection.setAutoCommit(true);
        }
        execute(connection, "PRAGMA journal_mode = DELETE");
    }

    static String mode(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery("PRAGMA journal_mode")) {
            return r.next() ? r.getString(1).toLowerCase(Locale.ROOT) : "";
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute(sql);
        }
    }
}
