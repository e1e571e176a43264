package dev.autogen.dialect.postgresql;

import dev.autogen.AutogenException;
import dev.autogen.dialect.DeferredCheck;
import dev.autogen.dialect.Dialect;
import dev.autogen.dialect.sql.SchemaNames;

import dev.autogen.ops.AddConstraint;
import dev.autogen.ops.ChangeNote;
import dev.autogen.ops.Op;
import dev.autogen.schema.CheckConstraint;
import dev.autogen.schema.ColumnType;
import dev.autogen.schema.Constraint;
import dev.autogen.schema.ForeignKey;
import dev.autogen.schema.ImplicitBehavior;
import dev.autogen.schema.Schema;
import dev.autogen.schema.Table;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * PostgreSQL. Each part lives in a class of its own: SQL per op ({@link PostgresSql}), types
 * ({@link PostgresTypes}), reflection ({@link PostgresReflector}), the comparison form
 * ({@link PostgresNormalizer}), quoting ({@link PostgresKeywords}) and the lock
 * ({@link PostgresMigrationLock}).
 */
public final class PostgresDialect implements Dialect {
    @Override
    public String name() {
        return "postgresql";
    }

    @Override
    public String hibernateDialect() {
        return "org.hibernate.dialect.PostgreSQLDialect";
    }

    @Override
    public List<String> toSql(Op op, Schema before) {
        return List.copyOf(op.accept(new PostgresSql(before)));
    }

    @Override
    public Table normalize(Table table) {
        return PostgresNormalizer.normalize(table);
    }

    @Override
    public ImplicitBehavior implicitBehavior() {
        return PostgresImplicitBehavior.INSTANCE;
    }

    @Override
    public Schema reflect(Connection connection, Predicate<String> includeTable, List<String> schemas)
            throws SQLException {
        return PostgresReflector.reflect(connection, includeTable, schemas);
    }

    @Override
    public Set<String> existingSchemas(Connection connection, List<String> schemas) throws SQLException {
        return SchemaNames.existing(connection, "SELECT nspname FROM pg_namespace WHERE nspname = ANY (?)", schemas);
    }

    @Override
    public void beginMigrationTransaction(Connection connection) throws SQLException {
        PostgresMigrationLock.begin(connection);
    }

    @Override
    public List<String> beginMigrationTransactionReading(Connection connection, String query) throws SQLException {
        return PostgresMigrationLock.beginReading(connection, query);
    }

    /** {@code ADD CONSTRAINT ... NOT VALID} (ACCESS EXCLUSIVE for the catalog only), then {@code VALIDATE CONSTRAINT}. */
    @Override
    public Optional<DeferredCheck> deferredCheck(String table, Constraint constraint, Schema before) {
        if (!(constraint instanceof CheckConstraint || constraint instanceof ForeignKey) || constraint.name().isEmpty()) {
            return Optional.empty();
        }
        List<String> add = toSql(new AddConstraint(table, constraint), before);
        if (add.size() != 1) {
            return Optional.empty();
        }
        String prefix = "ALTER TABLE " + PostgresKeywords.quote(table) + " ";
        String name = PostgresKeywords.quote(constraint.name().get());
        return Optional.of(new DeferredCheck(add.get(0) + " NOT VALID", prefix + "VALIDATE CONSTRAINT " + name,
                prefix + "DROP CONSTRAINT " + name));
    }

    @Override
    public boolean runsOutsideTransaction() {
        return true;
    }

    /** A session-level advisory lock on the same key: runs waiting for the transaction-level one wait for it too. */
    @Override
    public void lockSession(Connection connection) throws SQLException {
        PostgresMigrationLock.lockSession(connection);
    }

    @Override
    public void unlockSession(Connection connection) throws SQLException {
        PostgresMigrationLock.unlockSession(connection);
    }

    @Override
    public List<String> lockSessionScript() {
        return List.of(PostgresMigrationLock.SESSION_LOCK);
    }

    @Override
    public List<String> unlockSessionScript() {
        return List.of(PostgresMigrationLock.SESSION_UNLOCK);
    }

    /**
     * synchronous_commit off for the session: a commit returns once its WAL record is written, and
     * the WAL writer flushes it within a fraction of a second; the WAL is one sequence, so the
     * run's last commit, flushed, covers every earlier one (PostgreSQL's "asynchronous commit").
     */
    @Override
    public void deferCommitFlushes(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("SET synchronous_commit TO off");
        }
    }

    @Override
    public void flushThisCommit(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("SET LOCAL synchronous_commit TO on");
        }
    }

    @Override
    public List<String> beginMigrationScript() {
        return PostgresMigrationLock.SCRIPT_BEGIN;
    }

    @Override
    public String storedIdentifier(String name, boolean quoted) {
        return PostgresObjectNames.clipped(quoted ? name : name.toLowerCase(java.util.Locale.ROOT));
    }

    @Override
    public int maxIdentifierBytes() {
        return PostgresObjectNames.MAX_BYTES;
    }

    @Override
    public Optional<String> typeChangeRisk(ColumnType from, ColumnType to) {
        return PostgresTypeGuard.risk(from, to);
    }

    @Override
    public Optional<String> refusal(SQLException e) {
        return PostgresTypeGuard.refusal(e);
    }

    @Override
    public String quote(String identifier) {
        return PostgresKeywords.quote(identifier);
    }

    @Override
    public List<ChangeNote> lockNotes(Op op) {
        return PostgresLockNotes.of(op);
    }

    /** pgjdbc sets the search path to the schema whether or not it exists; current_schema() then says none. */
    @Override
    public void useSchema(Connection connection, String schema) throws SQLException {
        connection.setSchema(schema);
        if (!schema.equals(connection.getSchema())) {
            throw new AutogenException("schema '" + schema + "' does not exist in the database; create it, or"
                    + " correct 'schema' in autogen.properties");
        }
    }
}
