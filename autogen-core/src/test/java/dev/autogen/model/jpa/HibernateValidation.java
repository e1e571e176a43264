package dev.autogen.model.jpa;

import dev.autogen.dialect.Dialect;
import java.util.Optional;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.BootstrapServiceRegistryBuilder;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.boot.spi.MetadataImplementor;
import org.hibernate.cfg.JdbcSettings;
import java.util.Map;
import org.hibernate.tool.schema.Action;
import org.hibernate.tool.schema.internal.ExceptionHandlerHaltImpl;
import org.hibernate.tool.schema.spi.ContributableMatcher;
import org.hibernate.tool.schema.spi.SchemaManagementTool;
import org.hibernate.tool.schema.spi.SchemaManagementToolCoordinator;
import org.hibernate.tool.schema.spi.SchemaManagementException;

/**
 * Hibernate's own schema validation ({@code hbm2ddl.auto=validate}) of a live database against a
 * set of entities, for tests: the verdict of the ORM that will run against the schema, not of autogen.
 */
public final class HibernateValidation {
    private HibernateValidation() {
    }

    /** Hibernate's complaint about the database at {@code url}, or empty when it accepts it. */
    public static Optional<String> problems(EntitySource source, Dialect dialect, String url) {
        try (EntityClassLoader classes = EntityClassLoader.open(source.classpath())) {
            EntityScanner.Result scan = EntityScanner.scan(source.classpath(), source.packages());
            ClassLoader previous = Thread.currentThread().getContextClassLoader();
            Thread.currentThread().setContextClassLoader(classes.loader());
            StandardServiceRegistry registry = new StandardServiceRegistryBuilder(
                    new BootstrapServiceRegistryBuilder().applyClassLoader(classes.loader()).build())
                    .clearSettings()
                    .applySetting(JdbcSettings.DIALECT, dialect.hibernateDialect())
                    .applySetting(JdbcSettings.JAKARTA_JDBC_URL, url)
                    .build();
            try {
                MetadataSources sources = new MetadataSources(registry);
                scan.annotatedPackages().forEach(sources::addPackage);
                classes.load(scan.classNames()).forEach(sources::addAnnotatedClass);
                MetadataImplementor metadata = (MetadataImplementor) sources.getMetadataBuilder()
                        .applyPhysicalNamingStrategy(NamingStrategies.physical(source.physicalNaming(), classes.loader()))
                        .applyImplicitNamingStrategy(NamingStrategies.implicit(source.implicitNaming(), classes.loader()))
                        .build();
                SchemaManagementToolCoordinator.performDatabaseAction(Action.VALIDATE, metadata,
                        registry.requireService(SchemaManagementTool.class), registry,
                        SchemaManagementToolCoordinator.buildExecutionOptions(Map.of(), ExceptionHandlerHaltImpl.INSTANCE),
                        ContributableMatcher.ALL);
                return Optional.empty();
            } catch (SchemaManagementException e) {
                return Optional.of(e.getMessage());
            } finally {
                StandardServiceRegistryBuilder.destroy(registry);
                Thread.currentThread().setContextClassLoader(previous);
            }
        }
    }
}
