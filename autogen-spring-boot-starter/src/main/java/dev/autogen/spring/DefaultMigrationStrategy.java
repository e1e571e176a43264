package dev.autogen.spring;

import dev.autogen.runtime.AutogenMigrator;
import java.util.List;

/**
 * What start-up does unless the application declares its own {@link AutogenMigrationStrategy}:
 * baseline an unversioned database when asked, refuse edited or unknown applied revisions when
 * asked, then upgrade to the target.
 */
record DefaultMigrationStrategy(AutogenProperties properties) implements AutogenMigrationStrategy {

    @Override
    public void migrate(AutogenMigrator migrator) {
        if (properties.baselineOnMigrate()) {
            migrator.baseline(baselineTarget(migrator));
        }
        if (properties.validateOnMigrate()) {
            migrator.validate();
        }
        migrator.upgrade(properties.target());
    }

    /** The configured baseline, else the first revision (the one {@code autogen baseline} writes). */
    private String baselineTarget(AutogenMigrator migrator) {
        String configured = properties.baselineVersion();
        if (configured != null && !configured.isBlank()) {
            return configured.strip();
        }
        List<String> bases = migrator.revisions().stream().filter(r -> r.parents().isEmpty()).map(r -> r.id())
                .toList();
        if (bases.size() != 1) {
            throw new IllegalStateException("autogen.baseline-on-migrate needs autogen.baseline-version: the history has "
                    + bases.size() + " first revisions (" + String.join(", ", bases) + ")");
        }
        return bases.get(0);
    }
}
