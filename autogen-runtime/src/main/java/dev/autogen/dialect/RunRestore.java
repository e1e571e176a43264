package dev.autogen.dialect;

import java.sql.Connection;
import java.sql.SQLException;

/** Puts back what a run changed on its connection ({@link Dialect#cheaperCommits}), after its last commit. */
@FunctionalInterface
public interface RunRestore {
    RunRestore NOTHING = connection -> { };

    void restore(Connection connection) throws SQLException;
}
