package dev.autogen.config;

import dev.autogen.AutogenException;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Reads {@code autogen.properties}: rejects unknown keys by name, expands environment
 * placeholders, applies the {@code AUTOGEN_URL} and {@code --url} overrides (in that order of
 * precedence, the command line winning), and resolves paths against the file's folder.
 */
public final class ConfigLoader {
    public static final String FILE_NAME = "autogen.properties";
    public static final String URL_VARIABLE = "AUTOGEN_URL";

    private final Map<String, String> env;
    private final Path workingDir;

    public ConfigLoader(Map<String, String> env, Path workingDir) {
        this.env = Map.copyOf(env);
        this.workingDir = workingDir.toAbsolutePath().normalize();
    }

    public AutogenConfig load(Optional<Path> configFile, Optional<String> urlOverride) {
        Path file = configFile.map(workingDir::resolve).orElse(workingDir.resolve(FILE_NAME)).normalize();
        if (!Files.isRegularFile(file)) {
            throw new AutogenException(configFile.isPresent()
                    ? "configuration file " + file + " does not exist"
                    : "no " + FILE_NAME + " in " + workingDir + " (run 'autogen init' or pass -c FILE)");
        }
        return load(values(readProperties(file), file.toString()), file.getParent(), urlOverride);
    }

    /**
     * Settings given as {@code autogen.properties} keys from elsewhere (a build plugin's
     * configuration), checked and completed as the file's are; {@code origin} names where they came
     * from in errors, and relative paths are relative to {@code baseDir}.
     */
    public AutogenConfig load(Map<String, String> properties, String origin, Path baseDir,
            Optional<String> urlOverride) {
        Properties given = new Properties();
        given.putAll(properties);
        return load(values(given, origin), baseDir.toAbsolutePath().normalize(), urlOverride);
    }

    private AutogenConfig load(Map<ConfigKey, String> values, Path baseDir, Optional<String> urlOverride) {
        Optional<String> overridden = urlOverride.or(() -> Optional.ofNullable(env.get(URL_VARIABLE)))
                .filter(u -> !u.isBlank());
        String url = overridden.orElseGet(() -> relativeToConfig(values.getOrDefault(ConfigKey.URL, ""), baseDir));
        Path scripts = baseDir.resolve(values.getOrDefault(ConfigKey.SCRIPT_LOCATION, "migrations")).normalize();
        return new AutogenConfig(
                baseDir,
                url,
                optional(values, ConfigKey.USER),
                optional(values, ConfigKey.PASSWORD),
                optional(values, ConfigKey.SCHEMA),
                scripts,
                optional(values, ConfigKey.SCRIPT_PACKAGE).orElseGet(() -> packageOf(scripts)),
                list(values, ConfigKey.ENTITIES_CLASSPATH, "[:,]").stream().map(p -> baseDir.resolve(p).normalize()).toList(),
                list(values, ConfigKey.ENTITIES_PACKAGES, ","),
                values.getOrDefault(ConfigKey.NAMING_PHYSICAL, "default"),
                values.getOrDefault(ConfigKey.NAMING_IMPLICIT, "default"),
                values.getOrDefault(ConfigKey.VERSION_TABLE, "autogen_version"),
                list(values, ConfigKey.INCLUDE_TABLES, ","),
                list(values, ConfigKey.EXCLUDE_TABLES, ","));
    }

    /** The keys and values of a properties file, as written. */
    public static Properties readProperties(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException | IllegalArgumentException e) {
            throw new AutogenException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return properties;
    }

    private Map<ConfigKey, String> values(Properties properties, String origin) {
        Map<ConfigKey, String> values = new EnumMap<>(ConfigKey.class);
        for (String name : properties.stringPropertyNames().stream().sorted().toList()) {
            ConfigKey key = ConfigKey.of(name).orElseThrow(() -> new AutogenException("unknown key '" + name
                    + "' in " + origin + " (did you mean '" + ConfigKey.closestTo(name).key() + "'?)"));
            values.put(key, Placeholders.expand(name, properties.getProperty(name).strip(), env));
        }
        return values;
    }

    /** A relative SQLite file in the configuration means relative to the configuration's folder. */
    static String relativeToConfig(String url, Path baseDir) {
        String prefix = "jdbc:sqlite:";
        if (!url.startsWith(prefix)) {
            return url;
        }
        String path = url.substring(prefix.length());
        if (path.isEmpty() || path.startsWith(":") || path.startsWith("file:") || Path.of(path).isAbsolute()) {
            return url;
        }
        return prefix + baseDir.resolve(path).normalize();
    }

    /** The package a migrations folder under {@code src/main/java} implies; otherwise {@code migrations}. */
    static String packageOf(Path scripts) {
        List<String> parts = Arrays.asList(scripts.toString().replace('\\', '/').split("/"));
        for (int i = parts.size() - 1; i > 0; i--) {
            if (parts.get(i).equals("java") && i + 1 < parts.size()) {
                return String.join(".", parts.subList(i + 1, parts.size()));
            }
        }
        return "migrations";
    }

    private static Optional<String> optional(Map<ConfigKey, String> values, ConfigKey key) {
        return Optional.ofNullable(values.get(key)).filter(v -> !v.isBlank());
    }

    private static List<String> list(Map<ConfigKey, String> values, ConfigKey key, String separators) {
        String value = values.getOrDefault(key, "");
        return Arrays.stream(value.split(separators)).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
