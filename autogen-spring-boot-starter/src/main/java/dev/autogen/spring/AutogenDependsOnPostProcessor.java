package dev.autogen.spring;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.BeanFactoryUtils;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.NoSuchBeanDefinitionException;
import org.springframework.util.ClassUtils;

/**
 * Makes every bean that uses the database through JPA or JDBC templates depend on the migrations,
 * as Flyway's starter does: the {@code EntityManagerFactory} (and its factory bean) is built, and
 * Hibernate validates the schema, only after the migrations ran. Found by type, so it works
 * whichever auto-configuration (Boot 3.5's or 4.0's packages) or the application declared them.
 */
final class AutogenDependsOnPostProcessor implements BeanFactoryPostProcessor {
    static final String INITIALIZER = "autogenMigrationInitializer";

    /** Types by name: each is optional on the application's class path. */
    private static final List<String> DEPENDENT_TYPES = List.of(
            "jakarta.persistence.EntityManagerFactory",
            "org.springframework.orm.jpa.AbstractEntityManagerFactoryBean",
            "org.springframework.jdbc.core.JdbcOperations",
            "org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations");

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        ClassLoader loader = beanFactory.getBeanClassLoader();
        Set<String> dependents = new LinkedHashSet<>();
        for (String typeName : DEPENDENT_TYPES) {
            if (ClassUtils.isPresent(typeName, loader)) {
                Class<?> type = ClassUtils.resolveClassName(typeName, loader);
                for (String name : BeanFactoryUtils.beanNamesForTypeIncludingAncestors(beanFactory, type, true, false)) {
                    dependents.add(BeanFactoryUtils.transformedBeanName(name));
                }
            }
        }
        for (String name : dependents) {
            addDependsOn(beanFactory, name);
        }
    }

    private static void addDependsOn(ConfigurableListableBeanFactory beanFactory, String name) {
        BeanDefinition definition;
        try {
            definition = beanFactory.getBeanDefinition(name);
        } catch (NoSuchBeanDefinitionException e) {
            return; // a bean registered as an instance: too late to order, and nothing to build
        }
        List<String> dependsOn = new ArrayList<>();
        if (definition.getDependsOn() != null) {
            dependsOn.addAll(List.of(definition.getDependsOn()));
        }
        if (!dependsOn.contains(INITIALIZER)) {
            dependsOn.add(INITIALIZER);
            definition.setDependsOn(dependsOn.toArray(String[]::new));
        }
    }
}
