package dev.autogen.model.jpa;

import dev.autogen.AutogenException;
import dev.autogen.dialect.Dialect;
import dev.autogen.startup.HeavyLibraries;
import java.util.List;
import java.util.function.Function;
import org.hibernate.HibernateException;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.MetadataBuilder;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.BootstrapServiceRegistry;
import org.hibernate.boot.spi.MetadataImplementor;
import org.hibernate.boot.registry.BootstrapServiceRegistryBuilder;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.cfg.JdbcSettings;

/**
 * Builds Hibernate's boot {@link Metadata} for the scanned classes and hands it to a reader while
 * the service registry is still open. No database is touched: the dialect is given, JDBC metadata
 * access on boot is off, there is no data source and no session factory.
 */
final class HibernateBoot {
    private HibernateBoot() {
    }

    /** What Hibernate is booted with. */
    record Inputs(List<Class<?>> classes, List<String> packages, ClassLoader loader, Dialect dialect,
            String physicalNaming, String implicitNaming) {
    }

    static <T> T withMetadata(Inputs inputs, Function<Metadata, T> reader) {
        HeavyLibraries.used();
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        // Hibernate and the libraries it calls look some classes up through the context loader.
        thread.setContextClassLoader(inputs.loader());
        StandardServiceRegistry registry = null;
        try {
            registry = registry(inputs);
            return reader.apply(build(inputs, registry));
        } catch (HibernateException e) {
            throw EntityFailure.of(e, inputs.loader())
                    .orElseGet(() -> new AutogenException("cannot map entities: " + e.getMessage(), e));
        } catch (LinkageError e) {
            throw EntityFailure.of(e, inputs.loader()).orElseGet(() -> new AutogenException("cannot map entities:"
                    + " a class they use cannot be loaded (" + e + "): add the jar that provides it to"
                    + " entities.classpath", e));
        } catch (AutogenException e) {
            throw e;
        } catch (RuntimeException e) {
            // The user's own code (a converter, a naming strategy) failing is theirs to fix, not an internal error.
            throw EntityFailure.of(e, inputs.loader()).map(RuntimeException.class::cast).orElse(e);
        } finally {
            if (registry != null) {
                StandardServiceRegistryBuilder.destroy(registry);
            }
            thread.setContextClassLoader(previous);
        }
    }

    private static StandardServiceRegistry registry(Inputs inputs) {
        BootstrapServiceRegistry bootstrap = new BootstrapServiceRegistryBuilder()
                .applyClassLoader(inputs.loader())
                .build();
        return new StandardServiceRegistryBuilder(bootstrap)
                // Only autogen's configuration decides the model, not a stray hibernate.properties.
                .clearSettings()
                .applySetting(JdbcSettings.DIALECT, inputs.dialect().hibernateDialect())
                .applySetting(JdbcSettings.ALLOW_METADATA_ON_BOOT, false)
                .build();
    }

    private static Metadata build(Inputs inputs, StandardServiceRegistry registry) {
        MetadataSources sources = new MetadataSources(registry);
        inputs.packages().forEach(sources::addPackage);
        inputs.classes().forEach(sources::addAnnotatedClass);
        MetadataBuilder builder = sources.getMetadataBuilder()
                .applyPhysicalNamingStrategy(NamingStrategies.physical(inputs.physicalNaming(), inputs.loader()))
                .applyImplicitNamingStrategy(NamingStrategies.implicit(inputs.implicitNaming(), inputs.loader()));
        MetadataImplementor metadata = (MetadataImplementor) builder.build();
        // Hibernate orders columns (by size, then name) only when its schema export creates tables;
        // the model must describe the tables as that export would create them.
        metadata.orderColumns(true);
        return metadata;
    }
}
