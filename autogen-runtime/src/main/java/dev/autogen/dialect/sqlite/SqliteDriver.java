package dev.autogen.dialect.sqlite;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * The few sqlite-jdbc settings the migration lock needs that JDBC has no word for (busy timeout,
 * transaction mode), reached by reflection on the driver the connection came from: the runtime an
 * application ships must not depend on the driver, which is the application's.
 */
final class SqliteDriver {
    private final Connection connection;
    private final Object sqliteConnection;
    private final Object connectionConfig;
    private final Class<?> transactionMode;

    private SqliteDriver(Connection connection) throws SQLException {
        this.connection = connection;
        try {
            Class<?> connectionType = Class.forName("org.sqlite.SQLiteConnection", false,
                    connection.getClass().getClassLoader());
            this.sqliteConnection = connection.unwrap(connectionType);
            this.connectionConfig = connectionType.getMethod("getConnectionConfig").invoke(sqliteConnection);
            this.transactionMode = Class.forName("org.sqlite.SQLiteConfig$TransactionMode", false,
                    connectionType.getClassLoader());
        } catch (ReflectiveOperationException e) {
            throw new SQLException("not a sqlite-jdbc connection: " + connection.getClass().getName(), e);
        }
    }

    static SqliteDriver of(Connection connection) throws SQLException {
        return new SqliteDriver(connection);
    }

    Connection connection() {
        return connection;
    }

    int busyTimeoutMillis() throws SQLException {
        return (Integer) call(sqliteConnection, "getBusyTimeout", new Class<?>[0]);
    }

    void busyTimeoutMillis(int millis) throws SQLException {
        call(sqliteConnection, "setBusyTimeout", new Class<?>[] {int.class}, millis);
    }

    /** The begin statement the driver runs when auto-commit is switched off: IMMEDIATE or DEFERRED. */
    void transactionMode(String mode) throws SQLException {
        Object value = enumConstant(mode);
        call(connectionConfig, "setTransactionMode", new Class<?>[] {transactionMode}, value);
    }

    /** Undoes the driver's own note that a transaction began, after a begin that failed. */
    void markAutoCommit() throws SQLException {
        call(connectionConfig, "setAutoCommit", new Class<?>[] {boolean.class}, true);
    }

    private Object enumConstant(String name) {
        for (Object constant : transactionMode.getEnumConstants()) {
            if (((Enum<?>) constant).name().equals(name)) {
                return constant;
            }
        }
        throw new IllegalArgumentException("sqlite-jdbc has no transaction mode " + name);
    }

    private static Object call(Object target, String method, Class<?>[] types, Object... args) throws SQLException {
        try {
            Method m = target.getClass().getMethod(method, types);
            return m.invoke(target, args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof SQLException sql) {
                throw sql;
            }
            throw new SQLException("sqlite-jdbc " + method + " failed: " + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new SQLException("this sqlite-jdbc version has no " + method + ": " + e, e);
        }
    }
}
