package dev.autogen.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.autogen.AutogenException;
import dev.autogen.command.Project;
import java.time.Clock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A Spring Boot application's own settings, read as Boot reads them, become autogen's. */
class SpringBootSettingsTest {
    @TempDir
    Path project;

    private void write(String relative, String text) throws Exception {
        Path file = project.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private AutogenConfig load(Map<String, String> env) {
        return new ConfigLoader(env, project).load(Optional.empty(), Optional.empty());
    }

    @Test
    void theApplicationPropertiesAloneConfigureAutogen() throws Exception {
        write("src/main/resources/application.properties", """
                spring.datasource.url=jdbc:postgresql://db:5432/shop
                spring.datasource.username=shop
                spring.datasource.password=s3cret-pw
                """);
        write("src/main/java/com/example/shop/ShopApplication.java", """
                package com.example.shop;

                @SpringBootApplication
                public class ShopApplication {
                }
                """);
        AutogenConfig config = load(Map.of());
        assertThat(config.url()).isEqualTo("jdbc:postgresql://db:5432/shop");
        assertThat(config.user()).contains("shop");
        assertThat(config.password()).contains("s3cret-pw");
        // Boot's naming when the application names none.
        assertThat(config.namingPhysical()).isEqualTo("spring");
        assertThat(config.namingImplicit()).isEqualTo("spring");
        assertThat(config.entitiesPackages()).containsExactly("com.example.shop");
        assertThat(config.scriptPackage()).isEqualTo("com.example.shop.migrations");
        assertThat(config.scriptLocation()).isEqualTo(project.resolve("src/main/java/com/example/shop/migrations"));
    }

    @Test
    void theActiveProfileAndYamlDocumentsOverrideTheBase() throws Exception {
        write("src/main/resources/application.yml", """
                spring:
                  profiles:
                    active: dev
                  datasource:
                    url: jdbc:sqlite:base.db
                  jpa:
                    hibernate:
                      naming:
                        physicalStrategy: org.hibernate.boot.model.naming.PhysicalNamingStrategyStandardImpl
                ---
                spring:
                  config:
                    activate:
                      on-profile: prod
                  datasource:
                    url: jdbc:sqlite:prod.db
                autogen:
                  locations:
                    - com.example.db.migrations
                """);
        write("src/main/resources/application-dev.properties", """
                spring.datasource.url=${DEV_DB:jdbc:sqlite:dev.db}
                spring.jpa.hibernate.naming.implicit-strategy=org.springframework.boot.hibernate.SpringImplicitNamingStrategy
                """);
        AutogenConfig dev = load(Map.of());
        assertThat(dev.url()).isEqualTo("jdbc:sqlite:" + project.resolve("dev.db"));
        assertThat(dev.namingPhysical()).isEqualTo("default");
        assertThat(dev.namingImplicit()).isEqualTo("spring");
        assertThat(load(Map.of("DEV_DB", "jdbc:sqlite:other.db")).url())
                .isEqualTo("jdbc:sqlite:" + project.resolve("other.db"));

        AutogenConfig prod = load(Map.of("SPRING_PROFILES_ACTIVE", "prod"));
        assertThat(prod.url()).isEqualTo("jdbc:sqlite:" + project.resolve("prod.db"));
        assertThat(prod.scriptPackage()).isEqualTo("com.example.db.migrations");
        // Boot's environment variables win over the files, as they do for the application.
        assertThat(load(Map.of("SPRING_DATASOURCE_URL", "jdbc:sqlite:env.db")).url())
                .isEqualTo("jdbc:sqlite:" + project.resolve("env.db"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "application.properties|autogen.locations=com.example.shop.migrations, com.example.billing.migrations",
        "application.properties|autogen.locations[0]=com.example.shop.migrations;autogen.locations[1]=com.example.billing.migrations",
        "application.yml|autogen:;  locations:;    - com.example.shop.migrations;    - com.example.billing.migrations",
        "application.yml|autogen:;  locations: com.example.shop.migrations,com.example.billing.migrations"})
    void everyPackageOfAutogenLocationsIsOneHistoryAndNewRevisionsGoToTheFirst(String file, String lines)
            throws Exception {
        write("src/main/resources/" + file, lines.replace(";", "\n") + "\n");
        write("src/main/java/com/example/shop/migrations/M20261201000000_First.java", migration(
                "com.example.shop.migrations", "M20261201000000_First", "aaaaaaaaaaaa", ""));
        write("src/main/java/com/example/billing/migrations/M20261202000000_Billing.java", migration(
                "com.example.billing.migrations", "M20261202000000_Billing", "bbbbbbbbbbbb", "aaaaaaaaaaaa"));
        AutogenConfig config = load(Map.of());
        assertThat(config.scriptPackage()).isEqualTo("com.example.shop.migrations");
        assertThat(config.scriptLocation()).isEqualTo(project.resolve("src/main/java/com/example/shop/migrations"));
        assertThat(config.moreScriptLocations())
                .containsExactly(project.resolve("src/main/java/com/example/billing/migrations"));
        // The command line reads both packages as one history.
        Project cli = new Project(config, line -> { }, Clock.systemUTC());
        assertThat(cli.revisions()).extracting(r -> r.info().id()).containsExactly("aaaaaaaaaaaa", "bbbbbbbbbbbb");
        assertThat(cli.planner().graph().heads()).containsExactly("bbbbbbbbbbbb");
    }

    @Test
    void aMissingFurtherLocationIsNamed() throws Exception {
        write("src/main/resources/application.properties", "autogen.locations=com.example.shop.migrations,com.example.gone\n");
        Files.createDirectories(project.resolve("src/main/java/com/example/shop/migrations"));
        Project cli = new Project(load(Map.of()), line -> { }, Clock.systemUTC());
        assertThatThrownBy(cli::revisions).isInstanceOf(AutogenException.class)
                .hasMessageContaining(project.resolve("src/main/java/com/example/gone").toString())
                .hasMessageContaining("script.more.locations");
    }

    private static String migration(String pkg, String name, String id, String parent) {
        return """
                package %s;

                import dev.autogen.migration.Migration;
                import dev.autogen.migration.Operations;
                import dev.autogen.migration.Revision;

                @Revision(id = "%s", parents = {%s})
                public final class %s implements Migration {
                    @Override
                    public void upgrade(Operations op) {
                    }

                    @Override
                    public void downgrade(Operations op) {
                    }
                }
                """.formatted(pkg, id, parent.isEmpty() ? "" : "\"" + parent + "\"", name);
    }

    @Test
    void autogenPropertiesWinWhereBothSetAKey() throws Exception {
        write("src/main/resources/application.properties", """
                spring.datasource.url=jdbc:sqlite:app.db
                spring.datasource.username=app
                """);
        write("autogen.properties", """
                url=jdbc:sqlite:migrations.db
                naming.physical=default
                """);
        AutogenConfig config = load(Map.of());
        assertThat(config.url()).isEqualTo("jdbc:sqlite:" + project.resolve("migrations.db"));
        assertThat(config.user()).contains("app");
        assertThat(config.namingPhysical()).isEqualTo("default");
        assertThat(config.namingImplicit()).isEqualTo("spring");
    }

    @Test
    void anUnresolvablePlaceholderIsNamed() throws Exception {
        write("src/main/resources/application.properties", "spring.datasource.url=${DATABASE_URL}\n");
        assertThatThrownBy(() -> load(Map.of())).isInstanceOf(AutogenException.class)
                .hasMessageContaining("${DATABASE_URL}").hasMessageContaining("application.properties");
    }

    @Test
    void withoutBootSettingsTheFileIsStillRequired() {
        assertThatThrownBy(() -> load(Map.of())).isInstanceOf(AutogenException.class)
                .hasMessageContaining("no autogen.properties");
    }
}
