package dev.autogen.runtime;

import dev.autogen.dialect.Dialect;
import dev.autogen.ops.DataStep;
import dev.autogen.ops.Op;
import dev.autogen.schema.Schema;
import java.sql.SQLException;
import java.util.List;

/**
 * Where a run's statements go: executed on a connection ({@link JdbcSink}) or written into a SQL
 * script ({@link ScriptSink}, offline mode). The rest of a run does not know which, so offline SQL
 * is exactly what an online run would execute.
 */
public interface SqlSink {
    /** One schema or data statement. */
    void execute(String sql) throws SQLException;

    /** The statements of {@code op}: offline the dialect's from the model alone. */
    default List<String> statements(Dialect dialect, Op op, Schema before) throws SQLException {
        return dialect.toSql(op, before);
    }

    /** Checks the database after {@code op} ran ({@link Dialect#checkAfter}); offline there is none. */
    default void checkAfter(Dialect dialect, Op op, Schema before) throws SQLException {
    }

    /**
     * A change of rows by hand: run with bound values on the step's connection, or in a script
     * the statement with its values written in; a Java callback has no SQL (see {@link ScriptSink}).
     */
    void runData(Dialect dialect, DataStep step, Schema before) throws SQLException;

    /** A version-table change; executed, it must change exactly one row, or another run moved the database. */
    void changeVersion(String sql) throws SQLException;
}
