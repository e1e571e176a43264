package dev.autogen.oracle;

import dev.autogen.model.jpa.EntitySource;
import dev.autogen.model.jpa.HibernateDdl;
import dev.autogen.model.jpa.HibernateValidation;
import dev.autogen.testing.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

/**
 * Hibernate's SchemaValidator on a database, for the oracles. Hibernate's SQLite support rejects
 * some schemas its own export writes (a {@code Long} identity id is declared {@code integer}, the
 * rowid's type, which its validator then refuses as not {@code bigint}); on SQLite a complaint
 * counts only when Hibernate's own export of the same entities, in a database of its own, passes
 * the same validation (and Hibernate's validator can read that export at all).
 */
final class HibernateVerdict {
    private HibernateVerdict() {
    }

    /** Hibernate's complaint about the database at {@code url}, or empty when it accepts it. */
    static Optional<String> of(EntitySource entities, TestDatabase db, String url, ScratchDatabases scratch) {
        Optional<String> problem = HibernateValidation.problems(entities, db.dialect(), url);
        if (problem.isEmpty() || !db.isSqlite()) {
            return problem;
        }
        String own = scratch.another();
        try (Connection c = DriverManager.getConnection(own); Statement s = c.createStatement()) {
            for (String sql : HibernateDdl.creationCommands(entities, db.dialect())) {
                if (!sql.startsWith("comment on ")) { // SQLite has no comments and rejects the statement
                    s.execute(sql);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Hibernate's own export failed: " + e.getMessage(), e);
        }
        try {
            return HibernateValidation.problems(entities, db.dialect(), own).equals(problem) ? Optional.empty() : problem;
        } catch (RuntimeException e) {
            // Its validator fails outright on a column its own export declared without a type
            // (the identity column after an "integer" column): it cannot judge these entities.
            return Optional.empty();
        }
    }
}
