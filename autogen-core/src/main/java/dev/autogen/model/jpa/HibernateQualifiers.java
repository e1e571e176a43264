package dev.autogen.model.jpa;

import org.hibernate.boot.Metadata;
import org.hibernate.engine.jdbc.env.spi.NameQualifierSupport;

/**
 * Which qualifiers of a mapping Hibernate writes for the database at hand: it drops the ones the
 * database has no use for. MySQL and MariaDB know catalogs only (a schema is a database there), so
 * {@code @Table(schema = "audit")} lands in the connection's own database, and autogen must read
 * it as an unqualified table; PostgreSQL knows schemas only, so a catalog alone changes nothing.
 *
 * @param catalogs whether a catalog qualifier is written
 * @param schemas whether a schema qualifier is written
 */
record HibernateQualifiers(boolean catalogs, boolean schemas) {

    static HibernateQualifiers of(Metadata metadata) {
        NameQualifierSupport support = metadata.getDatabase().getJdbcEnvironment().getNameQualifierSupport();
        return support == null ? new HibernateQualifiers(true, true)
                : new HibernateQualifiers(support.supportsCatalogs(), support.supportsSchemas());
    }

    /** Whether a name with these qualifiers is written qualified, outside the connection's schema. */
    boolean qualifies(boolean hasCatalog, boolean hasSchema) {
        return catalogs && hasCatalog || schemas && hasSchema;
    }

    boolean qualifies(org.hibernate.mapping.Table table) {
        return qualifies(table.getCatalog() != null, table.getSchema() != null);
    }
}
