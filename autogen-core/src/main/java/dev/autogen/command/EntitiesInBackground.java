package dev.autogen.command;

import dev.autogen.AutogenException;
import dev.autogen.config.AutogenConfig;
import dev.autogen.dialect.Dialect;
import dev.autogen.model.jpa.EntityModelReader;
import dev.autogen.model.jpa.EntitySource;
import dev.autogen.schema.Schema;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * The entities' schema, read on a second thread: Hibernate's boot is the longest step of
 * {@code revision} and {@code check}, so it runs while the database is read.
 */
final class EntitiesInBackground implements AutoCloseable {
    private final FutureTask<Schema> task;

    private EntitiesInBackground(FutureTask<Schema> task) {
        this.task = task;
    }

    static EntitiesInBackground start(Project project) {
        return start(project.config(), project.dialect());
    }

    /** Reads the entities as {@code dialect} would create them; a missing entity setting fails here, at once. */
    static EntitiesInBackground start(AutogenConfig config, Dialect dialect) {
        EntitySource source = RevisionCommand.entitySource(config);
        FutureTask<Schema> task = new FutureTask<>(() -> SchemaScope.require(EntityModelReader.read(source, dialect)
                .filterTables(config.tableFilter()), config));
        Thread reader = new Thread(task, "autogen-entities");
        reader.setDaemon(true);
        reader.start();
        return new EntitiesInBackground(task);
    }

    /** The entities' schema, or the exception reading them threw, as if read on this thread. */
    Schema await() {
        try {
            return task.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new AutogenException("cannot read the entities: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AutogenException("interrupted while reading the entities", e);
        }
    }

    @Override
    public void close() {
        task.cancel(true);
    }
}
