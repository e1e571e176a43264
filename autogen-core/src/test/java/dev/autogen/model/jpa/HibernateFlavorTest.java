package dev.autogen.model.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.autogen.AutogenException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which Hibernate an application runs: configured, from its class path, from its build file. */
class HibernateFlavorTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"6.6, HIBERNATE_6_6", "6.6.33.Final, HIBERNATE_6_6", "6.4.4.Final, HIBERNATE_6_6", "6, HIBERNATE_6_6",
            "7, HIBERNATE_7", "7.2.19.Final, HIBERNATE_7", "7.4, HIBERNATE_7"})
    void versions(String version, HibernateFlavor flavor) {
        assertThat(HibernateFlavor.ofVersion(version, "test")).isEqualTo(flavor);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"5.6", "six", "v7"})
    void unsupportedVersionsAreRefusedNamingWhere(String version) {
        assertThatThrownBy(() -> HibernateFlavor.ofVersion(version, "autogen.properties"))
                .isInstanceOf(AutogenException.class).hasMessageContaining("autogen.properties")
                .hasMessageContaining("use 6.6 or 7");
    }

    @Test
    void theConfiguredVersionWinsOverTheClassPath(@TempDir Path dir) {
        ApplicationHibernate.Found found = ApplicationHibernate.of(Optional.of("7"),
                List.of(dir.resolve("hibernate-core-6.6.33.Final.jar")), dir);
        assertThat(found.flavor()).isEqualTo(HibernateFlavor.HIBERNATE_7);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"hibernate-core-6.6.33.Final.jar, HIBERNATE_6_6", "hibernate-core-7.2.19.Final.jar, HIBERNATE_7",
            "hibernate-community-dialects-6.6.33.Final.jar, HIBERNATE_7"})
    void theHibernateCoreJarOnTheClassPath(String jar, HibernateFlavor flavor, @TempDir Path dir) {
        ApplicationHibernate.Found found = ApplicationHibernate.of(Optional.empty(),
                List.of(dir.resolve("classes"), dir.resolve("lib").resolve(jar)), dir);
        assertThat(found.flavor()).isEqualTo(flavor);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "pom.xml|<parent><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-parent</artifactId>"
                + "<version>3.5.7</version></parent>|HIBERNATE_6_6",
        "pom.xml|<parent><artifactId>spring-boot-starter-parent</artifactId> <version>4.0.1</version></parent>"
                + "|HIBERNATE_7",
        "pom.xml|<properties><spring-boot.version>3.5.7</spring-boot.version></properties>|HIBERNATE_6_6",
        "pom.xml|<properties><spring-boot.version>3.5.7</spring-boot.version>"
                + "<hibernate.version>7.1.0.Final</hibernate.version></properties>|HIBERNATE_7",
        "build.gradle|plugins { id 'org.springframework.boot' version '3.4.1' }|HIBERNATE_6_6",
        "build.gradle.kts|plugins { id(\"org.springframework.boot\") version \"4.0.0\" }|HIBERNATE_7",
        "build.gradle|implementation 'org.hibernate.orm:hibernate-core:6.6.5.Final'|HIBERNATE_6_6",
        "pom.xml|<project><artifactId>plain</artifactId></project>|HIBERNATE_7"})
    void theBuildFile(String name, String text, HibernateFlavor flavor, @TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve(name), text);
        assertThat(ApplicationHibernate.of(Optional.empty(), List.of(dir.resolve("target/classes")), dir).flavor())
                .isEqualTo(flavor);
    }

    @Test
    void withNothingToGoByItIsAutogensOwnHibernate7(@TempDir Path dir) {
        ApplicationHibernate.Found found = ApplicationHibernate.of(Optional.empty(), List.of(), dir);
        assertThat(found.flavor()).isEqualTo(HibernateFlavor.HIBERNATE_7);
        assertThat(found.reason()).contains("no Hibernate version found");
    }
}
