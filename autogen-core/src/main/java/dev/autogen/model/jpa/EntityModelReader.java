package dev.autogen.model.jpa;

import dev.autogen.dialect.Dialect;
import dev.autogen.schema.Schema;

/** TODO: implemented by the entity-reading work. */
public final class EntityModelReader {
    private EntityModelReader() {
    }

    /** The schema the entities describe, as Hibernate maps them for {@code dialect}; opens no connection. */
    public static Schema read(EntitySource source, Dialect dialect) {
        throw new UnsupportedOperationException("TODO");
    }
}
