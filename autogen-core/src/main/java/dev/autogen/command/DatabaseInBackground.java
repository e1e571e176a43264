package dev.autogen.command;

import dev.autogen.config.AutogenConfig;
import dev.autogen.dialect.Dialect;
import dev.autogen.runtime.ChecksumTable;
import dev.autogen.runtime.ProgressTable;
import dev.autogen.runtime.RevisionProgress;
import dev.autogen.runtime.VersionTable;
import dev.autogen.schema.Schema;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Everything {@code check} reads from the database, read on a second thread while the migrations
 * are loaded and replayed: on a long history the two take about as long, and neither needs the
 * other. The connection is opened, read and closed on that thread; the command only sees the
 * {@link Snapshot}. Nothing is written, and a SQLite file that is not there is not created.
 */
final class DatabaseInBackground implements AutoCloseable {
    private final Background<Snapshot> reading;

    private DatabaseInBackground(Background<Snapshot> reading) {
        this.reading = reading;
    }

    /**
     * What the database held when it was read. The checksums and the views are read whatever
     * the command goes on to need; a failure reading them is kept and thrown only where the
     * command asks for them, as when it read them itself.
     *
     * @param missing the SQLite file that is not there (then everything else is empty)
     * @param stored the version table's rows
     * @param partial where a run stopped in a revision, on a database without transactional DDL
     * @param actual the reflected schema
     */
    record Snapshot(Optional<Path> missing, List<String> stored, Optional<RevisionProgress> partial, Schema actual,
            Later<Map<String, String>> checksums, Later<Set<String>> views) {
    }

    /** A value read, or the failure reading it, handed over when the command needs it. */
    record Later<T>(T value, SQLException failure) {
        static <T> Later<T> of(T value) {
            return new Later<>(value, null);
        }

        T get() throws SQLException {
            if (failure != null) {
                throw failure;
            }
            return value;
        }
    }

    @FunctionalInterface
    private interface Read<T> {
        T from(Connection c) throws SQLException;
    }

    static DatabaseInBackground start(Project project) {
        return new DatabaseInBackground(Background.start("database", "cannot read the database: ",
                "interrupted while reading the database", () -> read(project)));
    }

    private static Snapshot read(Project project) throws SQLException {
        AutogenConfig config = project.config();
        Dialect dialect = project.dialect();
        Optional<Path> missing = dialect.missingDatabase(config.url());
        if (missing.isPresent()) {
            return new Snapshot(missing, List.of(), Optional.empty(), Schema.EMPTY, Later.of(Map.of()),
                    Later.of(Set.of()));
        }
        try (Connection c = project.connect()) {
            List<String> stored = new VersionTable(config.versionTable(), dialect).heads(c);
            Optional<RevisionProgress> partial = dialect.transactionalDdl() ? Optional.empty()
                    : new ProgressTable(config.versionTable(), dialect).read(c);
            Schema actual = dialect.reflect(c, config.tableFilter(), config.schemas());
            Later<Map<String, String>> checksums = later(c, new ChecksumTable(config.versionTable(), dialect)::read);
            Later<Set<String>> views = later(c, dialect::viewNames);
            return new Snapshot(missing, stored, partial, actual, checksums, views);
        }
    }

    private static <T> Later<T> later(Connection c, Read<T> read) {
        try {
            return Later.of(read.from(c));
        } catch (SQLException e) {
            return new Later<>(null, e);
        }
    }

    /** The snapshot, or the exception reading it threw, as if read on this thread. */
    Snapshot await() throws SQLException {
        return reading.await(SQLException.class);
    }

    /**
     * Waits for the reads to end (a command that stops early, on a broken graph or a migration that
     * does not compile, still started them): no connection outlives the command, and none holds a
     * SQLite read lock while the next command writes.
     */
    @Override
    public void close() {
        reading.awaitEnd();
    }
}
