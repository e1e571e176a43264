package dev.autogen.dialect;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A connection that counts the statements sent through it: each execute call is one round trip,
 * and so is each {@code DatabaseMetaData} call that answers with rows.
 */
public final class QueryCounter {
    private final AtomicInteger count = new AtomicInteger();
    private final Connection connection;

    public QueryCounter(Connection target) {
        this.connection = proxy(Connection.class, target);
    }

    public Connection connection() {
        return connection;
    }

    public int count() {
        return count.get();
    }

    private <T> T proxy(Class<T> type, T target) {
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.getName().startsWith("execute") || target instanceof DatabaseMetaData
                    && method.getReturnType() == ResultSet.class) {
                count.incrementAndGet();
            }
            Object result = invoke(method, target, args);
            if (result instanceof Statement statement && method.getReturnType().isInterface()) {
                return wrapStatement(method.getReturnType(), statement);
            }
            if (result instanceof DatabaseMetaData metaData) {
                return proxy(DatabaseMetaData.class, metaData);
            }
            return result;
        };
        // The test's own loader, which sees the drivers: SQLite's dialect finds the driver's classes
        // through the connection's loader (SqliteDriver), as it would through a pool's proxy.
        return type.cast(Proxy.newProxyInstance(QueryCounter.class.getClassLoader(), new Class<?>[] {type}, handler));
    }

    @SuppressWarnings("unchecked")
    private <T> Object wrapStatement(Class<T> type, Statement statement) {
        return proxy(type, (T) statement);
    }

    private static Object invoke(Method method, Object target, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
