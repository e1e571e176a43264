package dev.autogen.dialect.sqlite;

import dev.autogen.AutogenException;
import dev.autogen.dialect.Dialect;
import dev.autogen.dialect.RunRestore;

import dev.autogen.ops.Op;
import dev.autogen.schema.ColumnType;
import dev.autogen.schema.ImplicitBehavior;
import dev.autogen.schema.Schema;
import dev.autogen.schema.Table;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * SQLite. Its ALTER TABLE is small, so many changes rebuild the table ({@link SqliteTableRebuild});
 * it has no sequences and no comments; only its rowid is generated; names of constraints live only
 * in the table's SQL text.
 */
public final class SqliteDialect implements Dialect {
    @Override
    public String name() {
        return "sqlite";
    }

    @Override
    public String hibernateDialect() {
        return "org.hibernate.community.dialect.SQLiteDialect";
    }

    @Override
    public List<String> toSql(Op op, Schema before) {
        return op.accept(new SqliteSql(before, table -> Optional.empty()));
    }

    @Override
    public List<String> toSql(Op op, Schema before, Connection connection) {
        return op.accept(new SqliteSql(before, table -> {
            try {
                return SqliteStoredTable.read(connection, table);
            } catch (SQLException e) {
                throw new AutogenException("cannot read how table " + table + " is stored: " + e.getMessage(), e);
            }
        }));
    }

    @Override
    public void checkAfter(Op op, Schema before, Connection connection) throws SQLException {
        SqliteForeignKeyCheck.check(op, before, connection);
    }

    @Override
    public Table normalize(Table table) {
        return SqliteNormalizer.normalize(table);
    }

    @Override
    public ImplicitBehavior implicitBehavior() {
        return SqliteImplicitBehavior.INSTANCE;
    }

    /** Attached databases are another matter: autogen manages the main one. */
    @Override
    public boolean supportsSchemas() {
        return false;
    }

    @Override
    public Schema reflect(Connection connection, Predicate<String> includeTable, List<String> schemas)
            throws SQLException {
        if (!schemas.isEmpty()) {
            throw new AutogenException("SQLite has no schemas, but 'schemas' names " + String.join(", ", schemas)
                    + "; remove the setting, or use PostgreSQL, MariaDB or MySQL");
        }
        return SqliteReflector.reflect(connection, includeTable);
    }

    /** BEGIN IMMEDIATE: the write lock is held from the start (see {@link SqliteMigrationLock}). */
    @Override
    public void beginMigrationTransaction(Connection connection) throws SQLException {
        SqliteMigrationLock.begin(connection);
    }

    /** WAL mode for the run, put back at its end (or by the next run after a killed one): {@link SqliteRunJournal}. */
    @Override
    public RunRestore cheaperCommits(Connection connection, int revisions) throws SQLException {
        return SqliteRunJournal.forRun(connection, revisions);
    }

    @Override
    public List<String> beginMigrationScript() {
        return SqliteMigrationLock.SCRIPT_BEGIN;
    }

    @Override
    public String storedIdentifier(String name, boolean quoted) {
        return name;
    }

    /** Lengths and precisions are not enforced: only text turned numeric is stored differently. */
    @Override
    public Optional<String> typeChangeRisk(ColumnType from, ColumnType to) {
        SqliteAffinity before = SqliteAffinity.of(SqliteTypes.toSql(from));
        SqliteAffinity after = SqliteAffinity.of(SqliteTypes.toSql(to));
        if (!SqliteAffinity.convertsValues(before, after)) {
            return Optional.empty();
        }
        return Optional.of("SQLite stores text that reads as a number as that number once the column has "
                + after + " affinity ('007' becomes 7)");
    }

    @Override
    public String quote(String identifier) {
        return SqliteIdentifiers.quote(identifier);
    }

    @Override
    public void prepareConnection(Connection connection) throws SQLException {
        SqliteMigrationLock.waitForLocks(connection);
    }

    @Override
    public void requireLastingDatabase(String url) {
        SqliteUrl.of(url).requireFile();
    }

    @Override
    public Optional<Path> missingDatabase(String url) {
        return SqliteUrl.of(url).file().filter(file -> !Files.exists(file));
    }
}
