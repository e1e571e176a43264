package dev.autogen.config;

import dev.autogen.AutogenException;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * A Spring Boot application's own settings as Boot reads them from {@code src/main/resources}:
 * {@code application.yml} (or {@code .yaml}) under {@code application.properties}, then for each
 * active profile {@code application-<profile>.*} over both, multi-document files whose documents
 * say {@code spring.config.activate.on-profile}, {@code ${KEY:default}} placeholders, and the
 * environment's {@code SPRING_DATASOURCE_URL} form winning over the files. Keys are compared as
 * Boot's relaxed binding does ({@code physical-strategy}, {@code physicalStrategy} and
 * {@code physical_strategy} are one key).
 */
final class SpringBootFiles {
    static final String RESOURCES = "src/main/resources";
    private static final String ON_PROFILE = canonical("spring.config.activate.on-profile");
    private static final String ACTIVE_PROFILES = canonical("spring.profiles.active");

    private final Map<String, String> values;
    private final Map<String, String> env;
    private final List<Path> files;

    private SpringBootFiles(Map<String, String> values, Map<String, String> env, List<Path> files) {
        this.values = values;
        this.env = env;
        this.files = files;
    }

    /** The settings of the application in {@code projectDir}; empty when it has no {@code application.*} file. */
    static Optional<SpringBootFiles> read(Path projectDir, Map<String, String> env) {
        Path resources = projectDir.resolve(RESOURCES);
        List<Path> base = existing(resources, "application");
        if (base.isEmpty()) {
            return Optional.empty();
        }
        List<Path> read = new ArrayList<>(base);
        List<Map<String, String>> baseDocuments = new ArrayList<>();
        for (Path file : base) {
            baseDocuments.addAll(documents(file));
        }
        List<String> profiles = activeProfiles(env, baseDocuments);
        Map<String, String> values = new LinkedHashMap<>();
        baseDocuments.stream().filter(d -> applies(d, profiles)).forEach(values::putAll);
        for (String profile : profiles) {
            for (Path file : existing(resources, "application-" + profile)) {
                read.add(file);
                documents(file).stream().filter(d -> applies(d, profiles)).forEach(values::putAll);
            }
        }
        return Optional.of(new SpringBootFiles(values, env, List.copyOf(read)));
    }

    /** The files read, for messages. */
    List<Path> files() {
        return files;
    }

    /** A setting, placeholders resolved; the environment's relaxed name (SPRING_DATASOURCE_URL) wins, as in Boot. */
    Optional<String> get(String key) {
        String fromEnv = env.get(environmentName(key));
        String raw = fromEnv != null ? fromEnv : values.get(canonical(key));
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(resolve(key, raw.strip(), 0));
    }

    /** A list setting ({@code a,b} or a YAML list), placeholders resolved. */
    List<String> getList(String key) {
        Optional<String> joined = get(key);
        List<String> items = new ArrayList<>();
        joined.ifPresent(v -> Arrays.stream(v.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .forEach(items::add));
        String prefix = canonical(key) + "[";
        for (int i = 0; values.containsKey(prefix + i + "]"); i++) {
            items.add(resolve(key, values.get(prefix + i + "]").strip(), 0));
        }
        return items;
    }

    private String resolve(String key, String value, int depth) {
        int start = value.indexOf("${");
        if (start < 0) {
            return value;
        }
        int end = value.indexOf('}', start);
        if (end < 0 || depth > 10) {
            throw new AutogenException("cannot resolve " + value + " in " + key + " of " + describe(files));
        }
        String inner = value.substring(start + 2, end);
        int colon = inner.indexOf(':');
        String name = colon < 0 ? inner : inner.substring(0, colon);
        String replacement = Optional.ofNullable(env.get(name)).or(() -> Optional.ofNullable(env.get(environmentName(name))))
                .or(() -> Optional.ofNullable(values.get(canonical(name))))
                .or(() -> colon < 0 ? Optional.empty() : Optional.of(inner.substring(colon + 1)))
                .orElseThrow(() -> new AutogenException("cannot resolve ${" + name + "} in " + key + " of "
                        + describe(files) + ": set it in the environment or give it a default (${" + name + ":...})"));
        return resolve(key, value.substring(0, start) + replacement + value.substring(end + 1), depth + 1);
    }

    static String describe(List<Path> files) {
        return String.join(", ", files.stream().map(Path::toString).toList());
    }

    private static List<String> activeProfiles(Map<String, String> env, List<Map<String, String>> baseDocuments) {
        String active = env.get("SPRING_PROFILES_ACTIVE");
        if (active == null) {
            for (Map<String, String> document : baseDocuments) {
                if (!document.containsKey(ON_PROFILE) && document.containsKey(ACTIVE_PROFILES)) {
                    active = document.get(ACTIVE_PROFILES);
                }
            }
        }
        if (active == null) {
            return List.of();
        }
        return Arrays.stream(active.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** A document applies unless it names profiles ({@code dev}, {@code dev,prod}, {@code !dev}) none of which fits. */
    private static boolean applies(Map<String, String> document, List<String> profiles) {
        String on = document.get(ON_PROFILE);
        if (on == null) {
            return true;
        }
        for (String expression : on.split("[,|]")) {
            String name = expression.strip();
            if (name.startsWith("!") ? !profiles.contains(name.substring(1).strip()) : profiles.contains(name)) {
                return true;
            }
        }
        return false;
    }

    /** {@code NAME.yml}, {@code NAME.yaml}, then {@code NAME.properties}: later ones win, as in Boot. */
    private static List<Path> existing(Path resources, String name) {
        return List.of(name + ".yml", name + ".yaml", name + ".properties").stream().map(resources::resolve)
                .filter(Files::isRegularFile).toList();
    }

    private static List<Map<String, String>> documents(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AutogenException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return file.getFileName().toString().endsWith(".properties") ? propertiesDocuments(file, text)
                : yamlDocuments(file, text);
    }

    /** A properties file, split into documents at lines {@code #---} or {@code !---}. */
    private static List<Map<String, String>> propertiesDocuments(Path file, String text) {
        List<Map<String, String>> documents = new ArrayList<>();
        for (String part : text.split("(?m)^[#!]---[ \\t]*$")) {
            Properties properties = new Properties();
            try {
                properties.load(new StringReader(part));
            } catch (IOException | IllegalArgumentException e) {
                throw new AutogenException("cannot read " + file + ": " + e.getMessage(), e);
            }
            Map<String, String> document = new LinkedHashMap<>();
            properties.stringPropertyNames().forEach(k -> document.put(canonical(k), properties.getProperty(k)));
            documents.add(document);
        }
        return documents;
    }

    private static List<Map<String, String>> yamlDocuments(Path file, String text) {
        List<Map<String, String>> documents = new ArrayList<>();
        try {
            for (Object loaded : new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(text)) {
                Map<String, String> document = new LinkedHashMap<>();
                flatten("", loaded, document);
                documents.add(document);
            }
        } catch (YAMLException e) {
            throw new AutogenException("cannot read " + file + ": " + e.getMessage().replaceAll("\\s+", " "), e);
        }
        return documents;
    }

    private static void flatten(String prefix, Object node, Map<String, String> into) {
        if (node instanceof Map<?, ?> map) {
            map.forEach((k, v) -> flatten(prefix.isEmpty() ? canonical(String.valueOf(k))
                    : prefix + "." + canonical(String.valueOf(k)), v, into));
        } else if (node instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                flatten(prefix + "[" + i + "]", list.get(i), into);
            }
        } else if (node != null && !prefix.isEmpty()) {
            into.put(prefix, String.valueOf(node));
        }
    }

    /** Boot's relaxed form of a key: each part lower-case without dashes and underscores. */
    static String canonical(String key) {
        return Arrays.stream(key.split("\\.", -1)).map(p -> p.replace("-", "").replace("_", "").toLowerCase(Locale.ROOT))
                .reduce((a, b) -> a + "." + b).orElse("");
    }

    /** The environment variable Boot binds to a key: {@code spring.datasource.url} is {@code SPRING_DATASOURCE_URL}. */
    static String environmentName(String key) {
        return key.replace("-", "").replace('.', '_').toUpperCase(Locale.ROOT);
    }
}
