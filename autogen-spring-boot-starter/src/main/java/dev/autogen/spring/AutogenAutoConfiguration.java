package dev.autogen.spring;

import dev.autogen.runtime.AutogenMigrator;
import java.util.List;
import javax.sql.DataSource;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationPackages;
import org.springframework.boot.autoconfigure.condition.AnyNestedCondition;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Applies the application's autogen migrations at start-up, before JPA starts, as Flyway's starter
 * does. Only names Boot 3.5 and 4.0 share are used: the auto-configurations it follows are named by
 * both versions' class names (Boot 4 moved them to modules of their own), and the order before JPA
 * comes from {@link AutogenDependsOnPostProcessor}, which finds the JPA beans by type.
 */
@AutoConfiguration(afterName = {
    "org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration",
    "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration"
}, beforeName = {
    "org.springframework.boot.autoconfigure.orm.jpa.HibernateJpaAutoConfiguration",
    "org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration"
})
@ConditionalOnClass(AutogenMigrator.class)
@ConditionalOnProperty(prefix = "autogen", name = "enabled", matchIfMissing = true)
@Conditional(AutogenAutoConfiguration.DatabaseCondition.class)
@EnableConfigurationProperties(AutogenProperties.class)
public class AutogenAutoConfiguration {
    private static final Log LOG = LogFactory.getLog("dev.autogen.migrations");

    @Bean
    static AutogenDependsOnPostProcessor autogenDependsOnPostProcessor() {
        return new AutogenDependsOnPostProcessor();
    }

    @Bean
    @ConditionalOnMissingBean
    AutogenMigrator autogenMigrator(AutogenProperties properties, ObjectProvider<DataSource> dataSources,
            BeanFactory beanFactory) {
        DataSource dataSource = properties.hasOwnUrl()
                ? new UrlDataSource(properties.url().strip(), properties.user(), properties.password())
                : dataSources.getIfUnique(() -> {
                    throw new IllegalStateException("autogen needs one DataSource, or autogen.url");
                });
        ClassLoader loader = beanFactory instanceof org.springframework.beans.factory.config.ConfigurableBeanFactory c
                && c.getBeanClassLoader() != null ? c.getBeanClassLoader() : AutogenAutoConfiguration.class.getClassLoader();
        return AutogenMigrator.forDataSource(dataSource)
                .migrations(loader, locations(properties, beanFactory))
                .versionTable(properties.versionTable())
                .log(LOG::info);
    }

    @Bean
    @ConditionalOnMissingBean
    AutogenMigrationInitializer autogenMigrationInitializer(AutogenMigrator autogenMigrator,
            ObjectProvider<AutogenMigrationStrategy> strategy, AutogenProperties properties) {
        return new AutogenMigrationInitializer(autogenMigrator,
                strategy.getIfAvailable(() -> new DefaultMigrationStrategy(properties)));
    }

    /** {@code autogen.locations}, else the {@code migrations} subpackage of each of the application's packages. */
    static List<String> locations(AutogenProperties properties, BeanFactory beanFactory) {
        if (!properties.locations().isEmpty()) {
            return properties.locations().stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        }
        if (!AutoConfigurationPackages.has(beanFactory)) {
            throw new IllegalStateException("set autogen.locations to the package of your migrations: the application"
                    + " has no @SpringBootApplication package to default to");
        }
        return AutoConfigurationPackages.get(beanFactory).stream().map(p -> p + ".migrations").toList();
    }

    /** {@code /actuator/autogen}, when the actuator is on the class path. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springframework.boot.actuate.endpoint.annotation.Endpoint")
    static class EndpointConfiguration {
        @Bean
        @ConditionalOnMissingBean
        AutogenEndpoint autogenEndpoint(AutogenMigrator autogenMigrator) {
            return new AutogenEndpoint(autogenMigrator);
        }
    }

    /** A database to migrate: the application's {@code DataSource}, or one of autogen's own ({@code autogen.url}). */
    static final class DatabaseCondition extends AnyNestedCondition {
        DatabaseCondition() {
            super(ConfigurationPhase.REGISTER_BEAN);
        }

        @ConditionalOnBean(DataSource.class)
        static final class ApplicationDataSource {
        }

        @ConditionalOnProperty(prefix = "autogen", name = "url")
        static final class OwnUrl {
        }
    }
}
