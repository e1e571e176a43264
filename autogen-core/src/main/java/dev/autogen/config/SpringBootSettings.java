package dev.autogen.config;

import dev.autogen.AutogenException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What a Spring Boot application's own settings say in {@code autogen.properties} keys, so that a
 * Boot team configures nothing twice: the database from {@code spring.datasource.url/username/
 * password}, the naming strategies from {@code spring.jpa.hibernate.naming.*} (Boot's own when
 * unset), the migrations from the starter's {@code autogen.locations}, every package of it (new
 * revisions go to the first; the others are {@code script.more.locations}) (else the {@code migrations}
 * package beside the {@code @SpringBootApplication} class), whose package also holds the entities,
 * found in the build's classes. A key {@code autogen.properties} sets wins.
 */
public final class SpringBootSettings {
    /** Boot's own physical strategy, and the names that behave as it does. */
    private static final Map<String, String> PHYSICAL = Map.of(
            "org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy", "spring",
            "org.hibernate.boot.model.naming.PhysicalNamingStrategySnakeCaseImpl", "spring",
            "org.springframework.boot.orm.jpa.hibernate.SpringPhysicalNamingStrategy", "spring",
            "org.hibernate.boot.model.naming.PhysicalNamingStrategyStandardImpl", "default");
    /** Boot's implicit strategy (its package in Boot 2 and 3, and in Boot 4), and Hibernate's own. */
    private static final Map<String, String> IMPLICIT = Map.of(
            "org.springframework.boot.orm.jpa.hibernate.SpringImplicitNamingStrategy", "spring",
            "org.springframework.boot.hibernate.SpringImplicitNamingStrategy", "spring",
            "org.hibernate.boot.model.naming.ImplicitNamingStrategyJpaCompliantImpl", "default");
    /** How the annotation appears in a class file that carries it. */
    private static final byte[] ANNOTATION = "Lorg/springframework/boot/autoconfigure/SpringBootApplication;"
            .getBytes(StandardCharsets.UTF_8);
    private static final Pattern SOURCE_PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)\\s*;");
    /** Where Maven and Gradle put the compiled main classes. */
    private static final List<String> CLASS_FOLDERS = List.of("target/classes", "build/classes/java/main");

    private SpringBootSettings() {
    }

    /** The settings of the application in {@code projectDir} as autogen keys; empty when it has no Boot settings file. */
    public static Optional<Map<String, String>> of(Path projectDir, Map<String, String> env) {
        return SpringBootFiles.read(projectDir, env).map(files -> settings(projectDir, files));
    }

    /** The application settings files read for {@code projectDir}, for messages naming where values came from. */
    public static String origin(Path projectDir, Map<String, String> env) {
        return SpringBootFiles.read(projectDir, env).map(f -> SpringBootFiles.describe(f.files())).orElse("");
    }

    private static Map<String, String> settings(Path projectDir, SpringBootFiles files) {
        Map<String, String> keys = new LinkedHashMap<>();
        files.get("spring.datasource.url").ifPresent(v -> keys.put(ConfigKey.URL.key(), v));
        files.get("spring.datasource.username").ifPresent(v -> keys.put(ConfigKey.USER.key(), v));
        files.get("spring.datasource.password").ifPresent(v -> keys.put(ConfigKey.PASSWORD.key(), v));
        keys.put(ConfigKey.NAMING_PHYSICAL.key(), files.get("spring.jpa.hibernate.naming.physical-strategy")
                .map(name -> PHYSICAL.getOrDefault(name, name)).orElse("spring"));
        keys.put(ConfigKey.NAMING_IMPLICIT.key(), files.get("spring.jpa.hibernate.naming.implicit-strategy")
                .map(name -> IMPLICIT.getOrDefault(name, name)).orElse("spring"));
        files.get("autogen.version-table").ifPresent(v -> keys.put(ConfigKey.VERSION_TABLE.key(), v));
        Optional<Path> classes = CLASS_FOLDERS.stream().map(projectDir::resolve).filter(Files::isDirectory).findFirst();
        classes.ifPresent(c -> keys.put(ConfigKey.ENTITIES_CLASSPATH.key(), projectDir.relativize(c).toString()));
        Optional<String> application = applicationPackage(projectDir, classes);
        application.ifPresent(p -> keys.put(ConfigKey.ENTITIES_PACKAGES.key(), p));
        List<String> locations = files.getList("autogen.locations");
        Optional<String> migrations = locations.isEmpty() ? application.map(p -> p + ".migrations")
                : Optional.of(locations.get(0));
        migrations.ifPresent(p -> {
            keys.put(ConfigKey.SCRIPT_PACKAGE.key(), p);
            keys.put(ConfigKey.SCRIPT_LOCATION.key(), sourceFolder(p));
        });
        if (locations.size() > 1) {
            // Several packages form one history, as the starter reads them; new revisions go to the first.
            keys.put(ConfigKey.SCRIPT_MORE_LOCATIONS.key(), String.join(",",
                    locations.subList(1, locations.size()).stream().map(SpringBootSettings::sourceFolder).toList()));
        }
        return keys;
    }

    private static String sourceFolder(String packageName) {
        return "src/main/java/" + packageName.replace('.', '/');
    }

    /**
     * The package of the {@code @SpringBootApplication} class: Boot scans it and its subpackages for
     * entities. Found in the compiled classes (the annotation's name is in the class file), else in
     * the sources.
     */
    static Optional<String> applicationPackage(Path projectDir, Optional<Path> classes) {
        if (classes.isPresent()) {
            Optional<Path> annotated = first(classes.get(), ".class", SpringBootSettings::carriesAnnotation);
            if (annotated.isPresent()) {
                Path relative = classes.get().relativize(annotated.get().getParent() == null ? classes.get()
                        : annotated.get().getParent());
                return Optional.of(relative.toString().replace('/', '.').replace('\\', '.'));
            }
        }
        Path sources = projectDir.resolve("src/main/java");
        return first(sources, ".java", f -> read(f).contains("@SpringBootApplication"))
                .flatMap(f -> {
                    Matcher m = SOURCE_PACKAGE.matcher(read(f));
                    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
                });
    }

    private static Optional<Path> first(Path root, String suffix, java.util.function.Predicate<Path> test) {
        if (!Files.isDirectory(root)) {
            return Optional.empty();
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().filter(test).findFirst();
        } catch (IOException e) {
            throw new AutogenException("cannot read " + root + ": " + e.getMessage(), e);
        }
    }

    private static boolean carriesAnnotation(Path classFile) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(classFile);
        } catch (IOException e) {
            return false;
        }
        outer:
        for (int i = 0; i <= bytes.length - ANNOTATION.length; i++) {
            for (int j = 0; j < ANNOTATION.length; j++) {
                if (bytes[i + j] != ANNOTATION[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }
}
