package dev.autogen.schema;

import java.util.Optional;

/**
 * A table or sequence outside the connection's own schema is named with its schema in front,
 * {@code billing.invoices}, everywhere in the model, the ops and migration files: the name reads as
 * SQL reads it, and lookups, foreign keys and the diff need nothing else. A name without a dot is
 * in the connection's schema (where the version table also lives).
 */
public final class QualifiedName {
    private QualifiedName() {
    }

    /** The schema of {@code name}, empty for the connection's own. */
    public static Optional<String> schemaOf(String name) {
        int dot = name.indexOf('.');
        return dot > 0 ? Optional.of(name.substring(0, dot)) : Optional.empty();
    }

    /** The name inside its schema: {@code invoices} for {@code billing.invoices}. */
    public static String local(String name) {
        int dot = name.indexOf('.');
        return dot > 0 ? name.substring(dot + 1) : name;
    }

    /** {@code schema.local}, or {@code local} alone when the schema is the connection's (empty). */
    public static String of(Optional<String> schema, String local) {
        return schema.map(s -> s + "." + local).orElse(local);
    }
}
