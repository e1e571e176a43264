package dev.autogen.maven;

import dev.autogen.AutogenException;
import dev.autogen.command.Project;
import dev.autogen.config.AutogenConfig;
import dev.autogen.config.ConfigKey;
import dev.autogen.config.ConfigLoader;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * What every goal shares: the settings (see {@link SettingsSources}) turned into the same
 * {@link Project} the command line builds, with the entities read from the project's compiled
 * classes and dependencies, and the migrations from its sources. Errors are one line, as the
 * command line prints them; the goals themselves only call the command layer and print.
 */
abstract class AutogenMojo extends AbstractMojo {
    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    private MavenSession session;

    /** {@code autogen.properties} beside the POM; optional: every setting can be given here instead. */
    @Parameter(property = "autogen.configFile", defaultValue = "${project.basedir}/autogen.properties")
    private File configFile;

    /**
     * The application's base package: the entities are scanned in it and the migrations live in
     * {@code <basePackage>.migrations} under {@code src/main/java}. Defaults to the groupId.
     */
    @Parameter(property = "autogen.basePackage", defaultValue = "${project.groupId}")
    private String basePackage;

    /** JDBC URL of the database; as {@code url} in autogen.properties. */
    @Parameter
    private String url;

    @Parameter
    private String user;

    @Parameter
    private String password;

    @Parameter
    private String schema;

    /** The migrations folder; default {@code src/main/java/<basePackage as path>/migrations}. */
    @Parameter
    private File scriptLocation;

    @Parameter
    private String scriptPackage;

    /** Comma-separated packages holding the entities; default the base package. */
    @Parameter
    private String entitiesPackages;

    @Parameter
    private String namingPhysical;

    @Parameter
    private String namingImplicit;

    @Parameter
    private String versionTable;

    @Parameter
    private String includeTables;

    @Parameter
    private String excludeTables;

    /** Skips the goal ({@code -Dautogen.skip}). */
    @Parameter(property = "autogen.skip", defaultValue = "false")
    private boolean skip;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("autogen: skipped");
            return;
        }
        try {
            run();
        } catch (AutogenException e) {
            throw new MojoFailureException(oneLine(e.getMessage()), e);
        } catch (IllegalArgumentException e) {
            // Bad input the command layer refuses (an unknown report format, a malformed target).
            throw new MojoFailureException(oneLine(e.getMessage()), e);
        }
    }

    abstract void run() throws MojoExecutionException, MojoFailureException;

    /** The project as the command line would build it from the same settings; progress lines go to the build log. */
    Project project() throws MojoExecutionException {
        AutogenConfig config = config();
        return new Project(config, getLog()::info, Clock.systemUTC());
    }

    /**
     * As {@link #project()}, creating the migrations folder when it does not exist yet: the goals
     * that write a revision start a project's history without an {@code autogen init}.
     */
    Project projectWritingMigrations() throws MojoExecutionException {
        Project project = project();
        Path folder = project.config().scriptLocation();
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new MojoExecutionException("cannot create the migrations folder " + folder + ": " + e.getMessage(), e);
        }
        return project;
    }

    AutogenConfig config() throws MojoExecutionException {
        LibraryLogging.quiet();
        Path baseDir = project.getBasedir().toPath();
        SettingsSources sources = new SettingsSources().springBoot(baseDir, System.getenv()).file(configFile.toPath())
                .configuration(configured()).userProperties(session.getUserProperties());
        String base = basePackage == null || basePackage.isBlank() ? "" : basePackage.strip();
        if (!base.isEmpty()) {
            sources.putIfAbsent(ConfigKey.SCRIPT_LOCATION,
                    "src/main/java/" + base.replace('.', '/') + "/migrations");
            sources.putIfAbsent(ConfigKey.ENTITIES_PACKAGES, base);
        }
        boolean classpathGiven = sources.has(ConfigKey.ENTITIES_CLASSPATH);
        AutogenConfig config = new ConfigLoader(System.getenv(), baseDir).load(sources.values(), sources.origin(),
                baseDir, Optional.empty());
        return classpathGiven ? config : config.withEntitiesClasspath(compileClasspath());
    }

    private Map<ConfigKey, String> configured() {
        Map<ConfigKey, String> values = new EnumMap<>(ConfigKey.class);
        put(values, ConfigKey.URL, url);
        put(values, ConfigKey.USER, user);
        put(values, ConfigKey.PASSWORD, password);
        put(values, ConfigKey.SCHEMA, schema);
        put(values, ConfigKey.SCRIPT_LOCATION, scriptLocation == null ? null : scriptLocation.getPath());
        put(values, ConfigKey.SCRIPT_PACKAGE, scriptPackage);
        put(values, ConfigKey.ENTITIES_PACKAGES, entitiesPackages);
        put(values, ConfigKey.NAMING_PHYSICAL, namingPhysical);
        put(values, ConfigKey.NAMING_IMPLICIT, namingImplicit);
        put(values, ConfigKey.VERSION_TABLE, versionTable);
        put(values, ConfigKey.INCLUDE_TABLES, includeTables);
        put(values, ConfigKey.EXCLUDE_TABLES, excludeTables);
        return values;
    }

    private static void put(Map<ConfigKey, String> values, ConfigKey key, String value) {
        if (value != null) {
            values.put(key, value);
        }
    }

    /** The entities as the build compiled them: {@code target/classes} and the compile dependencies. */
    private List<Path> compileClasspath() throws MojoExecutionException {
        try {
            return project.getCompileClasspathElements().stream().map(Path::of).toList();
        } catch (DependencyResolutionRequiredException e) {
            throw new MojoExecutionException("the project's dependencies are not resolved: " + e.getMessage(), e);
        }
    }

    /** Lines of a multi-line text, each through the build log (hidden by {@code mvn -q}). */
    void print(String text) {
        text.lines().forEach(getLog()::info);
    }

    static String oneLine(String message) {
        return message == null ? "" : message.replaceAll("\\s*\\R\\s*", " ").strip();
    }
}
