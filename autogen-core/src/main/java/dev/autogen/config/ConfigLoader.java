package dev.autogen.config;

import dev.autogen.AutogenException;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
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
        if (configFile.isPresent() && Files.isDirectory(file)) {
            throw new AutogenException("configuration file " + file + " is a folder; pass the file, such as -c "
                    + file.resolve(FILE_NAME));
        }
        Path projectDir = file.getParent();
        Optional<Map<String, String>> spring = SpringBootSettings.of(projectDir, env);
        if (!Files.isRegularFile(file)) {
            if (configFile.isEmpty() && spring.isPresent()) {
                // A Spring Boot application configures autogen through its own settings alone.
                Properties fromSpring = new Properties();
                fromSpring.putAll(spring.get());
                return load(values(fromSpring, SpringBootSettings.origin(projectDir, env)), projectDir, urlOverride);
            }
            throw new AutogenException(configFile.isPresent()
                    ? "configuration file " + file + " does not exist"
                    : "no " + FILE_NAME + " in " + workingDir + " (run 'autogen init' or pass -c FILE)");
        }
        Properties given = readProperties(file);
        if (spring.isPresent()) {
            // The application's settings fill in what autogen.properties leaves out; the file wins.
            Properties merged = new Properties();
            merged.putAll(spring.get());
            merged.putAll(given);
            given = merged;
        }
        return load(values(given, file.toString()), projectDir, urlOverride);
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
                list(values, ConfigKey.SCRIPT_MORE_LOCATIONS, ",").stream().map(p -> baseDir.resolve(p).normalize())
                        .toList(),
                list(values, ConfigKey.ENTITIES_CLASSPATH, "[:,]").stream().map(p -> baseDir.resolve(p).normalize()).toList(),
                list(values, ConfigKey.ENTITIES_PACKAGES, ","),
                values.getOrDefault(ConfigKey.NAMING_PHYSICAL, "default"),
                values.getOrDefault(ConfigKey.NAMING_IMPLICIT, "default"),
                values.getOrDefault(ConfigKey.VERSION_TABLE, "autogen_version"),
                list(values, ConfigKey.INCLUDE_TABLES, ","),
                list(values, ConfigKey.EXCLUDE_TABLES, ","),
                optional(values, ConfigKey.HIBERNATE_VERSION),
                schemas(values));
    }

    /** {@code schemas = billing, audit}: plain names, each once, none of them the {@code schema} setting. */
    private static List<String> schemas(Map<ConfigKey, String> values) {
        List<String> schemas = list(values, ConfigKey.SCHEMAS, ",");
        Optional<String> own = optional(values, ConfigKey.SCHEMA);
        for (int i = 0; i < schemas.size(); i++) {
            String name = schemas.get(i);
            if (!name.matches("[A-Za-z_][A-Za-z0-9_$]*")) {
                throw new AutogenException("'schemas' names '" + name + "', which is not a plain schema name"
                        + " (letters, digits and _); correct 'schemas' in autogen.properties");
            } else if (schemas.subList(0, i).contains(name) || own.filter(name::equals).isPresent()) {
                throw new AutogenException("'schemas' names " + name + " twice (or as 'schema' too);"
                        + " list each other schema once in autogen.properties");
            }
        }
        return schemas;
    }

    /**
     * The keys and values of a properties file, as written: UTF-8 (a byte order mark skipped), each
     * key once (see {@link #parse}).
     */
    public static Properties readProperties(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new AutogenException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return parse(file, bytes);
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

    /**
     * The file's keys and values. It is UTF-8 (an editor's byte order mark is skipped, not taken for
     * part of the first key); another encoding is named by line, and a key set twice is refused
     * rather than the last one silently winning.
     */
    static Properties parse(Path file, byte[] bytes) {
        int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB
                && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
        ByteBuffer input = ByteBuffer.wrap(bytes, start, bytes.length - start);
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(input).toString();
        } catch (CharacterCodingException e) {
            int at = input.position();
            int line = 1;
            for (int i = start; i < at; i++) {
                line += bytes[i] == '\n' ? 1 : 0;
            }
            throw new AutogenException(file + " is not UTF-8: line " + line + " has the byte "
                    + String.format("0x%02X", bytes[at] & 0xff) + " (a Latin-1 or Windows accented letter?);"
                    + " save the file as UTF-8", e);
        }
        List<String> twice = new java.util.ArrayList<>();
        Properties properties = new Properties() {
            private static final long serialVersionUID = 1L;

            @Override
            public synchronized Object put(Object key, Object value) {
                if (containsKey(key)) {
                    twice.add(String.valueOf(key));
                }
                return super.put(key, value);
            }
        };
        try {
            properties.load(new StringReader(text));
        } catch (IOException | IllegalArgumentException e) {
            throw new AutogenException("cannot read " + file + ": " + e.getMessage(), e);
        }
        if (!twice.isEmpty()) {
            throw new AutogenException("key '" + twice.get(0) + "' is set more than once in " + file
                    + "; keep the one you mean");
        }
        return properties;
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
