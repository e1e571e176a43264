package dev.autogen.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Every setting of {@code autogen.properties}, validated, with paths resolved against the folder
 * of the configuration file. {@code url} is empty only when no command that needs a database runs.
 * {@code schemas} are the other schemas (PostgreSQL) or databases (MySQL, MariaDB) the entities
 * span, beside the connection's own.
 */
public record AutogenConfig(
        Path baseDir,
        String url,
        Optional<String> user,
        Optional<String> password,
        Optional<String> schema,
        Path scriptLocation,
        String scriptPackage,
        List<Path> moreScriptLocations,
        List<Path> entitiesClasspath,
        List<String> entitiesPackages,
        String namingPhysical,
        String namingImplicit,
        String versionTable,
        List<String> includeTables,
        List<String> excludeTables,
        Optional<String> hibernateVersion,
        List<String> schemas) {

    public AutogenConfig {
        Objects.requireNonNull(baseDir, "baseDir == null");
        Objects.requireNonNull(url, "url == null");
        moreScriptLocations = List.copyOf(moreScriptLocations);
        entitiesClasspath = List.copyOf(entitiesClasspath);
        entitiesPackages = List.copyOf(entitiesPackages);
        includeTables = List.copyOf(includeTables);
        excludeTables = List.copyOf(excludeTables);
        Objects.requireNonNull(hibernateVersion, "hibernateVersion == null");
        schemas = List.copyOf(schemas);
    }

    /** The same settings with the entities found in {@code classpath} (a build tool's own class path). */
    public AutogenConfig withEntitiesClasspath(List<Path> classpath) {
        return new AutogenConfig(baseDir, url, user, password, schema, scriptLocation, scriptPackage,
                moreScriptLocations, classpath,
                entitiesPackages, namingPhysical, namingImplicit, versionTable, includeTables, excludeTables,
                hibernateVersion, schemas);
    }

    public TableFilter tableFilter() {
        return new TableFilter(includeTables, excludeTables, versionTable);
    }
}
