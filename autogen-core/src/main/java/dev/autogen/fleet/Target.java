package dev.autogen.fleet;

import dev.autogen.SecretMask;
import dev.autogen.config.AutogenConfig;
import java.util.Objects;
import java.util.Optional;

/**
 * One database of a fleet: its own JDBC URL, or a schema on the configured server (a tenant).
 *
 * @param url empty for a schema on the configured URL
 */
public record Target(Optional<String> url, Optional<String> schema) {
    public Target {
        Objects.requireNonNull(url, "url == null");
        Objects.requireNonNull(schema, "schema == null");
        if (url.isPresent() == schema.isPresent()) {
            throw new IllegalArgumentException("a target is a URL or a schema");
        }
    }

    public static Target ofUrl(String url) {
        return new Target(Optional.of(url), Optional.empty());
    }

    public static Target ofSchema(String schema) {
        return new Target(Optional.empty(), Optional.of(schema));
    }

    /** How the report names it: the schema, or the URL with its secrets masked. */
    public String name() {
        return schema.orElseGet(() -> SecretMask.url(url.orElseThrow()));
    }

    /** The project's settings pointed at this target. */
    public AutogenConfig applyTo(AutogenConfig config) {
        return new AutogenConfig(config.baseDir(), url.orElse(config.url()), config.user(), config.password(),
                schema.isPresent() ? schema : config.schema(), config.scriptLocation(), config.scriptPackage(),
                config.moreScriptLocations(), config.entitiesClasspath(), config.entitiesPackages(), config.namingPhysical(), config.namingImplicit(),
                config.versionTable(), config.includeTables(), config.excludeTables(), config.hibernateVersion(),
                config.schemas());
    }
}
