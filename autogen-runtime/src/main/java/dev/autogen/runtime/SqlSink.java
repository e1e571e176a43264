package dev.autogen.runtime;

import java.sql.SQLException;

/**
 * Where a run's statements go: executed on a connection ({@link JdbcSink}) or written into a SQL
 * script ({@link ScriptSink}, offline mode). The rest of a run does not know which, so offline SQL
 * is exactly what an online run would execute.
 */
public interface SqlSink {
    /** One schema or data statement. */
    void execute(String sql) throws SQLException;

    /** A version-table change; executed, it must change exactly one row, or another run moved the database. */
    void changeVersion(String sql) throws SQLException;
}
