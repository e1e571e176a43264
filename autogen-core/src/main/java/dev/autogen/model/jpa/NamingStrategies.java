package dev.autogen.model.jpa;

import dev.autogen.AutogenException;
import java.lang.reflect.InvocationTargetException;
import org.hibernate.boot.model.naming.ImplicitNamingStrategy;
import org.hibernate.boot.model.naming.ImplicitNamingStrategyJpaCompliantImpl;
import org.hibernate.boot.model.naming.PhysicalNamingStrategy;
import org.hibernate.boot.model.naming.PhysicalNamingStrategySnakeCaseImpl;
import org.hibernate.boot.model.naming.PhysicalNamingStrategyStandardImpl;

/**
 * Turns the {@code naming.physical} / {@code naming.implicit} settings into Hibernate strategies:
 * {@code default} (Hibernate's own), {@code spring} (Spring Boot's), or the name of a class on the
 * entity classpath with a public no-argument constructor.
 */
final class NamingStrategies {
    private NamingStrategies() {
    }

    static PhysicalNamingStrategy physical(String setting, ClassLoader entityLoader) {
        if (isDefault(setting)) {
            return PhysicalNamingStrategyStandardImpl.INSTANCE;
        }
        if (setting.strip().equals("spring")) {
            // Spring Boot's CamelCaseToUnderscoresNamingStrategy is this class since Hibernate 7.
            return new PhysicalNamingStrategySnakeCaseImpl();
        }
        return instantiate(setting.strip(), PhysicalNamingStrategy.class, "naming.physical", entityLoader);
    }

    static ImplicitNamingStrategy implicit(String setting, ClassLoader entityLoader) {
        if (isDefault(setting)) {
            return ImplicitNamingStrategyJpaCompliantImpl.INSTANCE;
        }
        if (setting.strip().equals("spring")) {
            return new SpringImplicitNamingStrategy();
        }
        return instantiate(setting.strip(), ImplicitNamingStrategy.class, "naming.implicit", entityLoader);
    }

    private static boolean isDefault(String setting) {
        return setting == null || setting.isBlank() || setting.strip().equals("default");
    }

    private static <T> T instantiate(String className, Class<T> type, String key, ClassLoader loader) {
        Class<?> found;
        try {
            found = Class.forName(className, true, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new AutogenException("unknown naming strategy class " + className + " in " + key
                    + ": use default, spring, or a class on entities.classpath", e);
        }
        if (!type.isAssignableFrom(found)) {
            throw new AutogenException("naming strategy class " + className + " in " + key
                    + " does not implement " + type.getName());
        }
        try {
            return type.cast(found.getConstructor().newInstance());
        } catch (NoSuchMethodException | InstantiationException | IllegalAccessException e) {
            throw new AutogenException("cannot create naming strategy " + className + " in " + key
                    + ": it needs a public no-argument constructor", e);
        } catch (InvocationTargetException e) {
            throw new AutogenException("cannot create naming strategy " + className + " in " + key
                    + ": its constructor failed with " + e.getCause(), e.getCause());
        }
    }
}
