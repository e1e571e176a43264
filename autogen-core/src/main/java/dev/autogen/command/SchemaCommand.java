package dev.autogen.command;

import dev.autogen.AutogenException;
import dev.autogen.model.jpa.EntityModelReader;
import dev.autogen.schema.Schema;
import java.sql.Connection;
import java.sql.SQLException;

/** {@code autogen schema}: the tables of the entities, or of the database, for a picture or a listing. */
public final class SchemaCommand {
    private SchemaCommand() {
    }

    /** The entities' tables, as {@code revision} would compare them. */
    public static Schema entities(Project project) {
        return EntityModelReader.read(RevisionCommand.entitySource(project.config()), project.dialect());
    }

    /** The database's tables as reflected; a SQLite file that is not there is an error, never created. */
    public static Schema database(Project project) {
        try (Connection c = project.connect()) {
            return project.dialect().reflect(c, project.config().tableFilter(), project.config().schemas());
        } catch (SQLException e) {
            throw new AutogenException("cannot read the database: " + e.getMessage(), e);
        }
    }
}
