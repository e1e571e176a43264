package dev.autogen.maven;

import dev.autogen.config.ConfigKey;
import dev.autogen.config.ConfigLoader;
import dev.autogen.config.SpringBootSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * Where the plugin's settings come from, weakest first: a Spring Boot application's own settings
 * ({@code src/main/resources/application.*}, see {@link SpringBootSettings}), {@code autogen.properties} beside the POM,
 * the plugin's {@code <configuration>}, then {@code -Dautogen.KEY=...} on the command line (for
 * every key of {@code autogen.properties}: {@code -Dautogen.url}, {@code -Dautogen.entities.packages}).
 * The result uses the file's keys, so it is checked exactly as the file is.
 */
final class SettingsSources {
    static final String PROPERTY_PREFIX = "autogen.";

    private final Map<String, String> merged = new LinkedHashMap<>();
    private final StringBuilder origin = new StringBuilder();

    /**
     * Adds what a Spring Boot application's own settings imply, when the project is one. Its class
     * path is not taken: the build's compile class path is the better one.
     */
    SettingsSources springBoot(Path baseDir, Map<String, String> env) {
        SpringBootSettings.of(baseDir, env).ifPresent(settings -> {
            settings.forEach((key, value) -> {
                if (!key.equals(ConfigKey.ENTITIES_CLASSPATH.key())) {
                    merged.put(key, value);
                }
            });
            origin.append(SpringBootSettings.origin(baseDir, env)).append(", ");
        });
        return this;
    }

    /** Adds the file's settings, when the file exists. */
    SettingsSources file(Path file) {
        if (Files.isRegularFile(file)) {
            Properties properties = ConfigLoader.readProperties(file);
            properties.stringPropertyNames().forEach(name -> merged.put(name, properties.getProperty(name)));
            origin.append(file).append(", ");
        }
        return this;
    }

    /** Adds the {@code <configuration>} values that are set; each overrides the file. */
    SettingsSources configuration(Map<ConfigKey, String> values) {
        values.forEach((key, value) -> {
            if (value != null && !value.isBlank()) {
                merged.put(key.key(), value);
            }
        });
        origin.append("the plugin's <configuration>, ");
        return this;
    }

    /** Adds every {@code autogen.KEY} of {@code properties} whose KEY is a known setting; each overrides the rest. */
    SettingsSources userProperties(Properties properties) {
        for (String name : properties.stringPropertyNames()) {
            if (name.startsWith(PROPERTY_PREFIX)) {
                String key = name.substring(PROPERTY_PREFIX.length());
                if (ConfigKey.of(key).isPresent()) {
                    merged.put(key, properties.getProperty(name));
                }
            }
        }
        origin.append("-Dautogen.* properties");
        return this;
    }

    boolean has(ConfigKey key) {
        String value = merged.get(key.key());
        return value != null && !value.isBlank();
    }

    void putIfAbsent(ConfigKey key, String value) {
        if (!has(key)) {
            merged.put(key.key(), value);
        }
    }

    Map<String, String> values() {
        return Map.copyOf(merged);
    }

    String origin() {
        return origin.toString();
    }
}
