package dev.autogen.model.jpa;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which Hibernate the application runs, so the entity schema follows its export
 * ({@link HibernateFlavor}). In order: {@code hibernate.version} as configured; the
 * {@code hibernate-core} jar among the entities' class path entries (the Maven plugin's is the
 * build's compile class path); the project's build file ({@code pom.xml}, {@code build.gradle[.kts]}):
 * a {@code hibernate.version} property or a {@code hibernate-core} version, else the Spring Boot
 * version (3.x runs Hibernate 6, 4 runs 7); else Hibernate 7, autogen's own.
 */
public final class ApplicationHibernate {
    private static final Pattern CORE_JAR = Pattern.compile("hibernate-core-(\\d+\\.\\d+[\\w.-]*)\\.jar");
    private static final List<Pattern> HIBERNATE_IN_BUILD = List.of(
            Pattern.compile("<hibernate\\.version>\\s*([\\w.-]+)\\s*</hibernate\\.version>"),
            Pattern.compile("<artifactId>hibernate-core</artifactId>\\s*<version>\\s*(\\d[\\w.-]*)\\s*</version>"),
            Pattern.compile("org\\.hibernate\\.orm:hibernate-core:(\\d[\\w.-]*)"),
            Pattern.compile("hibernateVersion['\"]?\\]?\\s*=\\s*['\"](\\d[\\w.-]*)['\"]"));
    private static final List<Pattern> BOOT_IN_BUILD = List.of(
            Pattern.compile("<artifactId>spring-boot-(?:starter-parent|dependencies)</artifactId>\\s*"
                    + "<version>\\s*(\\d[\\w.-]*)\\s*</version>"),
            Pattern.compile("<spring-boot\\.version>\\s*(\\d[\\w.-]*)\\s*</spring-boot\\.version>"),
            Pattern.compile("org\\.springframework\\.boot['\"]\\)?\\s+version\\s+['\"](\\d[\\w.-]*)['\"]"));
    private static final List<String> BUILD_FILES = List.of("pom.xml", "build.gradle", "build.gradle.kts");

    private ApplicationHibernate() {
    }

    /** The flavor and, in words, where it was found (for the log). */
    public record Found(HibernateFlavor flavor, String reason) {
    }

    public static Found of(Optional<String> configured, List<Path> classpath, Path projectDir) {
        if (configured.isPresent()) {
            return new Found(HibernateFlavor.ofVersion(configured.get(), "hibernate.version"),
                    "hibernate.version = " + configured.get());
        }
        for (Path entry : classpath) {
            Matcher jar = CORE_JAR.matcher(entry.getFileName() == null ? "" : entry.getFileName().toString());
            if (jar.matches()) {
                return found(jar.group(1), "its class path has " + entry.getFileName());
            }
        }
        for (String name : BUILD_FILES) {
            Optional<Found> fromBuild = fromBuildFile(projectDir.resolve(name));
            if (fromBuild.isPresent()) {
                return fromBuild.get();
            }
        }
        return new Found(HibernateFlavor.HIBERNATE_7, "autogen's own (no Hibernate version found)");
    }

    private static Optional<Found> fromBuildFile(Path file) {
        String text;
        try {
            text = Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            return Optional.empty();
        }
        for (Pattern pattern : HIBERNATE_IN_BUILD) {
            Matcher m = pattern.matcher(text);
            if (m.find()) {
                return Optional.of(found(m.group(1), file.getFileName() + " names Hibernate " + m.group(1)));
            }
        }
        for (Pattern pattern : BOOT_IN_BUILD) {
            Matcher m = pattern.matcher(text);
            if (m.find()) {
                String boot = m.group(1);
                String reason = file.getFileName() + " names Spring Boot " + boot;
                if (boot.startsWith("3.")) {
                    return Optional.of(new Found(HibernateFlavor.HIBERNATE_6_6, reason));
                }
                if (boot.matches("([4-9]|\\d\\d+)\\..*")) {
                    return Optional.of(new Found(HibernateFlavor.HIBERNATE_7, reason));
                }
            }
        }
        return Optional.empty();
    }

    /** A version found by detection; one autogen has no flavor for is autogen's own, said so. */
    private static Found found(String version, String reason) {
        try {
            return new Found(HibernateFlavor.ofVersion(version, reason), reason);
        } catch (dev.autogen.AutogenException e) {
            return new Found(HibernateFlavor.HIBERNATE_7, reason + ", which autogen does not follow: as Hibernate 7");
        }
    }
}
