package dev.autogen.dialect;

import dev.autogen.ops.ChangeNote;
import dev.autogen.ops.Op;
import dev.autogen.ops.TypeWords;
import dev.autogen.schema.ColumnType;
import dev.autogen.schema.Constraint;
import dev.autogen.schema.ImplicitBehavior;
import dev.autogen.schema.Schema;
import dev.autogen.schema.Table;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Everything that differs between databases, and the only place a database is named: SQL for each
 * op, the canonical form used for comparison, reflection of the live schema, quoting, the
 * Hibernate dialect entities are read with, and how a migration transaction takes its lock.
 */
public interface Dialect {

    /** Short lowercase name: {@code sqlite}, {@code postgresql}, {@code mariadb}, {@code mysql}. */
    String name();

    /**
     * The class name of the Hibernate dialect entity metadata is built with (no connection is ever
     * opened for it). A name, not an instance: the runtime an application ships does not depend on
     * Hibernate.
     */
    String hibernateDialect();

    /**
     * The statements that apply {@code op} to a database whose schema is {@code before}. Pure: it
     * reads nothing from a database, so offline SQL and the runtime share it. {@code before} gives
     * what an op alone does not say, such as the whole table SQLite must rebuild.
     */
    List<String> toSql(Op op, Schema before);

    /**
     * As {@link #toSql(Op, Schema)}, for a run on a live database, where a dialect may read what the
     * schema model does not hold: SQLite's table rebuild reads the table's stored text, indexes and
     * triggers, so it keeps what it does not model. Run just before the statements, so it sees
     * what the same revision did before this op.
     */
    default List<String> toSql(Op op, Schema before, Connection connection) throws SQLException {
        return toSql(op, before);
    }

    /**
     * Checks a live database after {@code op}'s statements ran, before the revision commits, and
     * throws {@link dev.autogen.AutogenException} naming what does not hold, so the revision fails
     * and rolls back. SQLite, which adds a foreign key by a rebuild that enforces nothing, counts
     * the rows that break it; other databases check by themselves.
     */
    default void checkAfter(Op op, Schema before, Connection connection) throws SQLException {
    }

    /**
     * Checks a live database against a revision's ops before its first statement runs, where DDL
     * commits on its own ({@link #transactionalDdl} false), and throws
     * {@link dev.autogen.AutogenException} naming what does not hold, so that a revision refused
     * for its stored values changes nothing: MySQL and MariaDB count the values a type change would
     * cut or round. Where DDL is transactional such checks run in the transaction. None by default.
     */
    default void checkBeforeStart(List<Op> ops, Connection connection) throws SQLException {
    }

    /**
     * The table as this database stores and reflects it, used only to compare: synonym types
     * folded together, defaults in the database's rewritten form stripped to their meaning,
     * identity as the database can tell it. Never used to write SQL or migration files.
     */
    Table normalize(Table table);

    /**
     * What this database does that no statement says: the names it gives unnamed constraints, the
     * duplicate keys it folds. The schema model follows it, so a history replayed without a
     * database holds what the database holds.
     */
    default ImplicitBehavior implicitBehavior() {
        return ImplicitBehavior.NONE;
    }

    /**
     * Reads the tables (and sequences) of the connection's current schema whose names pass
     * {@code includeTable}, in a number of round trips that does not grow with the number of
     * tables where the database allows it.
     */
    default Schema reflect(Connection connection, Predicate<String> includeTable) throws SQLException {
        return reflect(connection, includeTable, List.of());
    }

    /**
     * Reads the connection's current schema and {@code schemas} (the {@code schemas} setting:
     * PostgreSQL schemas, MySQL and MariaDB databases) together, in as many round trips as one
     * schema takes; names outside the current schema come back qualified ({@code billing.invoices},
     * see {@link dev.autogen.schema.QualifiedName}). {@code includeTable} sees the qualified name.
     */
    Schema reflect(Connection connection, Predicate<String> includeTable, List<String> schemas) throws SQLException;

    /** Whether tables can live in schemas (or databases) other than the connection's: not on SQLite. */
    default boolean supportsSchemas() {
        return true;
    }

    /** Which of {@code schemas} exist in the database, in one round trip; none where there are no schemas. */
    default Set<String> existingSchemas(Connection connection, List<String> schemas) throws SQLException {
        return Set.of();
    }

    /**
     * The names of the views (materialized ones too) in the connection's current schema. An entity
     * may be mapped onto one ({@code @Immutable} over {@code CREATE VIEW}); it is the database's,
     * never a table to create or drop. Reflection reads tables only, so this is asked apart.
     */
    default Set<String> viewNames(Connection connection) throws SQLException {
        Set<String> views = new TreeSet<>();
        DatabaseMetaData meta = connection.getMetaData();
        try (ResultSet r = meta.getTables(connection.getCatalog(), connection.getSchema(), "%",
                new String[] {"VIEW", "MATERIALIZED VIEW"})) {
            while (r.next()) {
                views.add(r.getString("TABLE_NAME"));
            }
        }
        return views;
    }

    /**
     * Starts the transaction one revision runs in (auto-commit off) and takes the migration lock,
     * so two concurrent runs against one database serialize. The lock ends with the transaction.
     */
    void beginMigrationTransaction(Connection connection) throws SQLException;

    /**
     * {@link #beginMigrationTransaction}, then {@code query} under the lock: the first column of
     * its rows. Where the database can, both travel in one round trip (a run of many revisions
     * pays it per revision); the query still runs only once the lock is held.
     */
    default List<String> beginMigrationTransactionReading(Connection connection, String query) throws SQLException {
        beginMigrationTransaction(connection);
        try (Statement s = connection.createStatement(); ResultSet rows = s.executeQuery(query)) {
            return FirstColumn.of(rows);
        }
    }

    /**
     * Ends what {@link #beginMigrationTransaction} started beyond the transaction, after the
     * commit or rollback: a lock held by the session rather than the transaction. None by default.
     */
    /**
     * How {@code revision --safe} adds {@code constraint} (a check or a foreign key, named) to the
     * existing table {@code table}: unchecked first, validated later ({@link DeferredCheck}). Empty
     * where the database has no such form (all but PostgreSQL); --safe then leaves it as it is.
     */
    default Optional<DeferredCheck> deferredCheck(String table, Constraint constraint, Schema before) {
        return Optional.empty();
    }

    /**
     * Whether a revision marked {@code @Revision(transactional = false)} runs its statements outside
     * a transaction here: PostgreSQL, where {@code CREATE INDEX CONCURRENTLY} needs it. Elsewhere it
     * runs as any other: SQLite's lock is its transaction, and MariaDB and MySQL commit DDL
     * statement by statement anyway.
     */
    default boolean runsOutsideTransaction() {
        return false;
    }

    /**
     * Takes the migration lock for the session, with auto-commit on: held across the statements of
     * a revision marked {@code transactional = false}, which {@link #runsOutsideTransaction()} runs
     * one by one outside a transaction, until {@link #unlockSession}. Only asked where
     * {@link #runsOutsideTransaction()} is true.
     */
    default void lockSession(Connection connection) throws SQLException {
        throw new UnsupportedOperationException(name() + " runs every revision in a transaction");
    }

    default void unlockSession(Connection connection) throws SQLException {
    }

    /** {@link #lockSession} and {@link #unlockSession} in an offline script. */
    default List<String> lockSessionScript() {
        return List.of();
    }

    default List<String> unlockSessionScript() {
        return List.of();
    }

    default void endMigrationTransaction(Connection connection) throws SQLException {
    }

    /**
     * For a run of several revisions on one connection, before the first: their commits need not
     * each wait until the database has written them to disk, because the run's last commit (see
     * {@link #flushThisCommit}) waits for them all. A server crash in between loses the latest
     * revisions whole, never part of one, so the version table still says where the schema is.
     * Where the database cannot relax one connection's commits safely: nothing (the default).
     */
    default void deferCommitFlushes(Connection connection) throws SQLException {
    }

    /**
     * For every run on one connection, before its first revision, outside a transaction: makes each
     * commit of a run of {@code revisions} cheaper without making the run less safe to kill (each
     * revision stays whole) or its end less durable; returns what puts the connection and the
     * database back, which the run calls after its last commit (or failure) and before it reports
     * done. Also where a killed run left the database in a mode of its own, this puts it back, so it
     * is called for a single revision too. Nothing by default.
     */
    default RunRestore cheaperCommits(Connection connection, int revisions) throws SQLException {
        return RunRestore.NOTHING;
    }

    /**
     * In the transaction of a run's last revision, after {@link #deferCommitFlushes}: its commit
     * waits until it and every commit before it are on disk, so a run that reports success is
     * durable. Nothing by default.
     */
    default void flushThisCommit(Connection connection) throws SQLException {
    }

    /**
     * True when DDL statements take part in the transaction, so a failed revision leaves nothing
     * behind. False where each DDL statement commits on its own (MySQL, MariaDB): there a failure
     * says how far the revision got.
     */
    default boolean transactionalDdl() {
        return true;
    }

    /**
     * The statements that open one revision's transaction in an offline SQL script, doing in SQL
     * what {@link #beginMigrationTransaction} does on a connection; the script ends it with COMMIT.
     */
    default List<String> beginMigrationScript() {
        return List.of("BEGIN");
    }

    /**
     * How the database stores a name the entities give: PostgreSQL folds unquoted names to lower
     * case, SQLite keeps them as written. Quoted names are kept as written everywhere. A name longer
     * than {@link #maxIdentifierBytes} is cut the way the database cuts it.
     */
    String storedIdentifier(String name, boolean quoted);

    /**
     * The reason, in one line, when {@code e} is a refusal autogen's own SQL raised (a type change
     * some stored value does not fit); empty for any other error, which is reported with its
     * statement.
     */
    default Optional<String> refusal(SQLException e) {
        return Optional.empty();
    }

    /**
     * What the server meant, when its error for {@code statement} names another cause than the real
     * one; added to the failure's reason. Empty where the server's own words are right.
     */
    default Optional<String> misleadingError(SQLException e, String statement) {
        return Optional.empty();
    }

    /** The one-line reason a failed statement gives: the refusal, or the server's words with what it meant. */
    default String failureReason(SQLException e, String statement) {
        return refusal(e).orElseGet(() -> e.getMessage()
                + misleadingError(e, statement).map(meant -> " (" + meant + ")").orElse(""));
    }

    /**
     * What changing a column from type {@code from} to {@code to} can do to the values it holds on
     * this database, in words a reviewer reads, or empty when every value is kept as it is. The
     * lint and the generated Javadoc say this, so each database is described truthfully.
     */
    default Optional<String> typeChangeRisk(ColumnType from, ColumnType to) {
        return TypeWords.narrows(from, to)
                ? Optional.of("values that do not fit " + TypeWords.of(to) + " are truncated or rejected")
                : Optional.empty();
    }

    /**
     * The longest name the database keeps, in UTF-8 bytes; a longer one it cuts (PostgreSQL: 63).
     * {@link #storedIdentifier} already applies it; names autogen makes up are kept within it.
     */
    default int maxIdentifierBytes() {
        return Integer.MAX_VALUE;
    }

    /** {@code identifier} quoted only where the database needs it (reserved word, case, characters). */
    String quote(String identifier);

    /**
     * How {@code op} locks or rewrites a table that already exists and may be large, on this
     * database; none by default. Never asked about a table created in the same revision.
     */
    default List<ChangeNote> lockNotes(Op op) {
        return List.of();
    }

    /**
     * Settings every connection of a run gets, whatever it is for: on SQLite the busy timeout of the
     * migration lock, so that reading the version table waits for another run's lock as long as the
     * lock itself does, rather than failing after the driver's few seconds.
     */
    default void prepareConnection(Connection connection) throws SQLException {
    }

    /**
     * Refuses a URL whose database could not keep what a command does to it (SQLite's in-memory
     * and unnamed temporary databases), in a sentence for the user; none by default.
     */
    default void requireLastingDatabase(String url) {
    }

    /**
     * Where opening {@code url} would create the database rather than find it (a SQLite file that is
     * not there), that file: commands that only read say so instead of creating it. Empty for a
     * server database, which opening never creates.
     */
    default Optional<Path> missingDatabase(String url) {
        return Optional.empty();
    }

    /**
     * Makes {@code schema} the connection's schema (the {@code schema} setting); where the database
     * can tell, refuses a schema that does not exist, in a sentence for the user, rather than let
     * the first statement fail on a table it cannot see.
     */
    default void useSchema(Connection connection, String schema) throws SQLException {
        connection.setSchema(schema);
    }
}
