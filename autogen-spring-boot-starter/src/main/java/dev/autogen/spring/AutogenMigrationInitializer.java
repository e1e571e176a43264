package dev.autogen.spring;

import dev.autogen.runtime.AutogenMigrator;
import org.springframework.beans.factory.InitializingBean;

/**
 * Runs the migrations while the context starts. The {@code EntityManagerFactory} and the JDBC
 * templates depend on this bean ({@link AutogenDependsOnPostProcessor}), so Hibernate validates a
 * schema that is already at the target.
 */
public final class AutogenMigrationInitializer implements InitializingBean {
    private final AutogenMigrator migrator;
    private final AutogenMigrationStrategy strategy;

    public AutogenMigrationInitializer(AutogenMigrator migrator, AutogenMigrationStrategy strategy) {
        this.migrator = migrator;
        this.strategy = strategy;
    }

    @Override
    public void afterPropertiesSet() {
        strategy.migrate(migrator);
    }
}
