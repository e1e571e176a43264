package dev.autogen.model.jpa;

import dev.autogen.dialect.Dialect;
import dev.autogen.schema.Schema;

/**
 * Reads compiled JPA entities into the schema model through Hibernate's boot metadata: the same
 * tables, columns, keys, indexes, checks and sequences Hibernate's own schema export would create
 * for {@code dialect}, with names as the database stores them. The result is cached by a hash of
 * the entity class files ({@link EntitySchemaCache}), so Hibernate boots only when they changed.
 */
public final class EntityModelReader {
    private EntityModelReader() {
    }

    /** The schema the entities describe, as Hibernate maps them for {@code dialect}; opens no connection. */
    public static Schema read(EntitySource source, Dialect dialect) {
        return EntitySchemaCache.fromEnvironment().read(source, dialect, warnings -> boot(source, dialect, warnings));
    }

    /** The same as {@link #read}, always booting Hibernate: what the first run after an edit costs. */
    public static Schema readWithoutCache(EntitySource source, Dialect dialect) {
        return boot(source, dialect, new MappingWarnings());
    }

    static Schema boot(EntitySource source, Dialect dialect, MappingWarnings warnings) {
        try (EntityClassLoader classes = EntityClassLoader.open(source.classpath())) {
            EntityScanner.Result scan = EntityScanner.scan(source.classpath(), source.packages());
            HibernateBoot.Inputs inputs = new HibernateBoot.Inputs(
                    classes.load(scan.classNames()), scan.annotatedPackages(), classes.loader(), dialect,
                    source.physicalNaming(), source.implicitNaming());
            return HibernateBoot.withMetadata(inputs,
                    metadata -> new HibernateSchemaReader(metadata, dialect, warnings).read());
        }
    }
}
