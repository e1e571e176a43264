package dev.autogen.model.jpa;

import dev.autogen.AutogenException;
import dev.autogen.dialect.Dialect;
import dev.autogen.schema.Schema;
import dev.autogen.schema.SingleExpression;

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
        return checked(EntitySchemaCache.fromEnvironment().read(source, dialect,
                warnings -> boot(source, dialect, warnings)));
    }

    /** The same as {@link #read}, always booting Hibernate: what the first run after an edit costs. */
    public static Schema readWithoutCache(EntitySource source, Dialect dialect) {
        return checked(boot(source, dialect, new MappingWarnings()));
    }

    /**
     * Defaults ({@code @ColumnDefault}, {@code columnDefinition}), checks and spelled-out types go
     * into a revision as written, so each must be one SQL expression: refused here, before a
     * revision that would run more statements than it shows is written.
     */
    private static Schema checked(Schema schema) {
        try {
            schema.tables().forEach(SingleExpression::requireIn);
        } catch (IllegalArgumentException e) {
            throw new AutogenException("entities: " + e.getMessage(), e);
        }
        return schema;
    }

    static Schema boot(EntitySource source, Dialect dialect, MappingWarnings warnings) {
        try (EntityClassLoader classes = EntityClassLoader.open(source.classpath())) {
            EntityScanner.Result scan = EntityScanner.scan(source.classpath(), source.packages());
            HibernateBoot.Inputs inputs = new HibernateBoot.Inputs(
                    classes.load(scan.classNames()), scan.annotatedPackages(), classes.loader(), dialect,
                    source.physicalNaming(), source.implicitNaming());
            return HibernateBoot.withMetadata(inputs,
                    metadata -> new HibernateSchemaReader(metadata, dialect, warnings, source.flavor()).read());
        }
    }
}
