package dev.autogen.runtime;

import dev.autogen.AutogenException;
import dev.autogen.ops.BoundStatement;
import dev.autogen.ops.DataStep;
import dev.autogen.ops.JavaCallback;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;

/**
 * Runs a {@link DataStep} on the connection of the revision's transaction: a bound statement
 * through a {@code PreparedStatement}, a Java callback with a connection that refuses to end or
 * leave the transaction (autogen commits the revision together with its version row).
 */
final class DataStepRunner {
    private static final Set<String> REFUSED = Set.of("commit", "rollback", "setAutoCommit", "close", "abort");

    private DataStepRunner() {
    }

    static void run(Connection connection, DataStep step) throws SQLException {
        if (step.work() instanceof BoundStatement bound) {
            try (PreparedStatement s = connection.prepareStatement(bound.sql())) {
                List<Object> params = bound.params();
                for (int i = 0; i < params.size(); i++) {
                    s.setObject(i + 1, params.get(i));
                }
                s.execute();
            }
        } else if (step.work() instanceof JavaCallback callback) {
            callback.callback().run(guarded(connection));
        }
    }

    /** {@code connection} as a callback may use it: everything but ending the transaction or the connection. */
    static Connection guarded(Connection connection) {
        InvocationHandler handler = (proxy, method, args) -> {
            if (REFUSED.contains(method.getName())) {
                throw new AutogenException("a data step called Connection." + method.getName() + "(), which autogen"
                        + " does itself: the revision's changes and its version row commit together; remove the call");
            }
            try {
                return method.invoke(connection, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                handler);
    }
}
