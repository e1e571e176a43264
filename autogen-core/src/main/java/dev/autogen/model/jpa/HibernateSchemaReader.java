package dev.autogen.model.jpa;

import dev.autogen.AutogenException;
import dev.autogen.dialect.Dialect;
import dev.autogen.schema.Schema;
import dev.autogen.schema.Sequence;
import dev.autogen.schema.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.model.relational.Namespace;

/**
 * Walks every namespace of Hibernate's relational model (entity, collection, join, inheritance and
 * generator tables all live there) into a {@link Schema}. Views, subselects and abstract union
 * tables are skipped, as Hibernate's schema export skips them.
 *
 * <p>Tables and sequences that the mapping puts in an explicit schema ({@code @Table(schema =
 * "audit")} on PostgreSQL, {@code catalog} on MySQL and MariaDB) are named with it,
 * {@code audit.events} ({@link dev.autogen.schema.QualifiedName}); on a database without schemas
 * (SQLite) such an entity is refused by name. A qualifier Hibernate does not write for the database
 * (a schema on MySQL and MariaDB) is no qualifier: see {@link HibernateQualifiers}.
 */
final class HibernateSchemaReader {
    private final Metadata metadata;
    private final Dialect dialect;
    private final StoredNames names;
    private final MappingWarnings warnings;
    private final HibernateQualifiers qualifiers;
    private final HibernateFlavor flavor;

    HibernateSchemaReader(Metadata metadata, Dialect dialect, MappingWarnings warnings, HibernateFlavor flavor) {
        this.metadata = metadata;
        this.flavor = flavor;
        this.dialect = dialect;
        this.warnings = warnings;
        this.qualifiers = HibernateQualifiers.of(metadata);
        this.names = new StoredNames(dialect, qualifiers);
    }

    /** The schema as the application's Hibernate exports it ({@link HibernateFlavor}). */
    Schema read() {
        if (flavor == HibernateFlavor.HIBERNATE_6_6) {
            // Found before the tables are read, which fills in the types the additions tell apart by.
            Hibernate7Additions additions = Hibernate7Additions.of(metadata, names);
            return Hibernate66Export.apply(readAsMapped(), additions);
        }
        return readAsMapped();
    }

    private Schema readAsMapped() {
        HibernateTableReader tableReader = new HibernateTableReader(metadata, names, dialect, warnings, qualifiers);
        List<Table> tables = new ArrayList<>();
        List<Sequence> sequences = new ArrayList<>();
        for (Namespace namespace : metadata.getDatabase().getNamespaces()) {
            if (isQualified(namespace) && !dialect.supportsSchemas()) {
                refuse(namespace);
            }
            for (org.hibernate.mapping.Table table : namespace.getTables()) {
                if (isCreated(table)) {
                    tables.add(tableReader.read(table));
                }
            }
            for (org.hibernate.boot.model.relational.Sequence sequence : namespace.getSequences()) {
                sequences.add(new Sequence(names.qualified(namespace.getName().catalog(), namespace.getName().schema(),
                        names.of(sequence.getName().getSequenceName())),
                        sequence.getInitialValue(), sequence.getIncrementSize()));
            }
        }
        return new Schema(tables, sequences);
    }

    private boolean isQualified(Namespace namespace) {
        return qualifiers.qualifies(namespace.getName().catalog() != null, namespace.getName().schema() != null);
    }

    private static boolean isCreated(org.hibernate.mapping.Table table) {
        return table.isPhysicalTable() && !table.isView() && !table.isSubselect();
    }

    /** The first entity mapped into the schema, named, and what to do about it. */
    private void refuse(Namespace namespace) {
        for (org.hibernate.mapping.Table table : namespace.getTables()) {
            if (isCreated(table)) {
                String entity = metadata.getEntityBindings().stream().filter(e -> e.getTable() == table)
                        .map(e -> "entity " + e.getClassName()).findFirst().orElse("the mapping");
                throw new AutogenException(entity + " puts table " + table.getName() + " in schema "
                        + Optional.ofNullable(namespace.getName().schema()).orElse(namespace.getName().catalog())
                        + ", but " + dialect.name() + " has no schemas; remove schema/catalog from its @Table,"
                        + " or use PostgreSQL, MariaDB or MySQL");
            }
        }
    }
}
