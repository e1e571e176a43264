package dev.autogen.diff;

import dev.autogen.dialect.Dialect;
import dev.autogen.ops.Op;
import dev.autogen.schema.Schema;
import java.util.List;

/** TODO: implemented by the diff work. */
public final class SchemaDiff {
    private SchemaDiff() {
    }

    /**
     * The ops that turn {@code actual} (the live database) into {@code target} (the entities), in
     * an order that runs. Pure: compares through {@link Dialect#normalize}, never touches JDBC.
     */
    public static List<Op> compare(Schema target, Schema actual, Dialect dialect) {
        throw new UnsupportedOperationException("TODO");
    }
}
