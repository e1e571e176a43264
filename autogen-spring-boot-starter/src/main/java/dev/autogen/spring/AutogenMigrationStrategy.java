package dev.autogen.spring;

import dev.autogen.runtime.AutogenMigrator;

/**
 * Replaces what start-up does with the migrations (by default: baseline if asked, validate, upgrade
 * to {@code autogen.target}). Declare a bean of this type to, for example, only validate, or to
 * upgrade some environments only; it runs before JPA starts, as the default does.
 */
@FunctionalInterface
public interface AutogenMigrationStrategy {
    void migrate(AutogenMigrator migrator);
}
