package dev.autogen.dialect.mysql;

import dev.autogen.dialect.Dialect;
import dev.autogen.ops.ChangeNote;
import dev.autogen.ops.Op;
import dev.autogen.schema.ImplicitBehavior;
import dev.autogen.schema.Schema;
import dev.autogen.schema.Table;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * MySQL 8.0+ and MariaDB 10.6+ ({@link MysqlServer}). Every DDL statement commits on its own
 * there, so a revision is not one transaction: the runner records how far it got. Each part lives
 * in a class of its own: SQL per op ({@link MysqlSql}), types ({@link MysqlTypes}), reflection
 * ({@link MysqlReflector}), the comparison form ({@link MysqlNormalizer}), quoting
 * ({@link MysqlIdentifiers}), the lock ({@link MysqlMigrationLock}) and the lint ({@link MysqlLockNotes}).
 */
public final class MysqlDialect implements Dialect {
    /** MariaDB's "Cannot delete rows from table which is parent in a foreign key constraint". */
    private static final int FK_CANNOT_DELETE_PARENT = 1834;

    private final MysqlServer server;
    private final MysqlImplicitBehavior implicitBehavior;

    public MysqlDialect(MysqlServer server) {
        this.server = server;
        this.implicitBehavior = new MysqlImplicitBehavior(server);
    }

    public MysqlServer server() {
        return server;
    }

    @Override
    public String name() {
        return server.dialectName();
    }

    @Override
    public String hibernateDialect() {
        return server.hibernateDialect();
    }

    @Override
    public List<String> toSql(Op op, Schema before) {
        return List.copyOf(op.accept(new MysqlSql(before, server)));
    }

    @Override
    public Table normalize(Table table) {
        return MysqlNormalizer.normalize(table, server);
    }

    @Override
    public ImplicitBehavior implicitBehavior() {
        return implicitBehavior;
    }

    @Override
    public Schema reflect(Connection connection, Predicate<String> includeTable, List<String> schemas)
            throws SQLException {
        return MysqlReflector.reflect(connection, includeTable, server, schemas);
    }

    @Override
    public Set<String> existingSchemas(Connection connection, List<String> schemas) throws SQLException {
        Set<String> found = new TreeSet<>();
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("SELECT SCHEMA_NAME FROM information_schema.SCHEMATA")) {
            while (rs.next()) {
                found.add(rs.getString(1));
            }
        }
        found.retainAll(schemas);
        return found;
    }

    @Override
    public void beginMigrationTransaction(Connection connection) throws SQLException {
        MysqlMigrationLock.begin(connection);
    }

    @Override
    public void endMigrationTransaction(Connection connection) throws SQLException {
        MysqlMigrationLock.end(connection);
    }

    @Override
    public List<String> beginMigrationScript() {
        return MysqlMigrationLock.SCRIPT_BEGIN;
    }

    @Override
    public boolean transactionalDdl() {
        return false;
    }

    @Override
    public void checkBeforeStart(List<Op> ops, Connection connection) throws SQLException {
        MysqlValueGuard.check(ops, connection, server);
    }

    /** Table names are kept as written (lower_case_table_names=0 on Linux); column names too. */
    @Override
    public String storedIdentifier(String name, boolean quoted) {
        return name;
    }

    /**
     * MySQL and MariaDB refuse a name longer than 64 characters (they never cut one), so the
     * version table's derived names are refused before a server would refuse them halfway.
     * Counted in bytes, as the interface does: the same for the ASCII names such tables have.
     */
    @Override
    public int maxIdentifierBytes() {
        return 64;
    }

    @Override
    public String quote(String identifier) {
        return MysqlIdentifiers.quote(identifier);
    }

    @Override
    public List<ChangeNote> lockNotes(Op op) {
        return MysqlLockNotes.of(op, server);
    }

    /**
     * MariaDB 10.11 answers {@code ADD UNIQUE} over rows with duplicate values with error 1834 ("Cannot
     * delete rows from table which is parent in a foreign key constraint") when the table has a
     * cascading foreign key to itself and a unique key it keeps as a hash (over a blob or text).
     */
    @Override
    public Optional<String> misleadingError(SQLException e, String statement) {
        if (e.getErrorCode() == FK_CANNOT_DELETE_PARENT && statement.toUpperCase(Locale.ROOT).contains("UNIQUE")) {
            return Optional.of("MariaDB reports it this way when rows hold duplicate values of the new unique key"
                    + " and the table has a foreign key to itself: look for the duplicates");
        }
        return Optional.empty();
    }
}
