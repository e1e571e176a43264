package dev.autogen.command;

import dev.autogen.config.AutogenConfig;
import dev.autogen.dialect.Dialect;
import dev.autogen.model.jpa.EntityModelReader;
import dev.autogen.model.jpa.EntitySource;
import dev.autogen.schema.Schema;

/**
 * The entities' schema, read on a second thread: Hibernate's boot is the longest step of
 * {@code revision} and {@code check}, so it runs while the database is read.
 */
final class EntitiesInBackground implements AutoCloseable {
    private final Background<Schema> reading;

    private EntitiesInBackground(Background<Schema> reading) {
        this.reading = reading;
    }

    static EntitiesInBackground start(Project project) {
        return start(project.config(), project.dialect());
    }

    /** Reads the entities as {@code dialect} would create them; a missing entity setting fails here, at once. */
    static EntitiesInBackground start(AutogenConfig config, Dialect dialect) {
        EntitySource source = RevisionCommand.entitySource(config);
        return new EntitiesInBackground(Background.start("entities", "cannot read the entities: ",
                "interrupted while reading the entities", () -> SchemaScope.require(EntityModelReader.read(source,
                        dialect).filterTables(config.tableFilter()), config)));
    }

    /** The entities' schema, or the exception reading them threw, as if read on this thread. */
    Schema await() {
        return reading.await();
    }

    @Override
    public void close() {
        reading.cancel();
    }
}
