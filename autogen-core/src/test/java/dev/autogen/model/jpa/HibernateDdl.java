package dev.autogen.model.jpa;

import dev.autogen.dialect.Dialect;
import java.util.List;
import org.hibernate.tool.schema.internal.SchemaCreatorImpl;

/**
 * Hibernate's own schema export for a set of entities: the statements its {@code SchemaCreator}
 * writes (what {@code SchemaExport} and {@code jakarta.persistence.schema-generation} run), for
 * tests that let Hibernate, not autogen, create a schema.
 */
public final class HibernateDdl {
    private HibernateDdl() {
    }

    /** The create statements, init commands included, in the order Hibernate runs them. */
    public static List<String> creationCommands(EntitySource source, Dialect dialect) {
        try (EntityClassLoader classes = EntityClassLoader.open(source.classpath())) {
            EntityScanner.Result scan = EntityScanner.scan(source.classpath(), source.packages());
            HibernateBoot.Inputs inputs = new HibernateBoot.Inputs(classes.load(scan.classNames()),
                    scan.annotatedPackages(), classes.loader(), dialect, source.physicalNaming(),
                    source.implicitNaming());
            return HibernateBoot.withMetadata(inputs, metadata -> List.copyOf(new SchemaCreatorImpl(
                    metadata.getDatabase().getServiceRegistry()).generateCreationCommands(metadata, false)));
        }
    }
}
