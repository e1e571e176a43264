package dev.autogen.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.autogen.AutogenException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
    @TempDir
    Path dir;

    AutogenConfig load(String properties, Map<String, String> env, Optional<String> url) throws Exception {
        Files.writeString(dir.resolve("autogen.properties"), properties);
        return new ConfigLoader(env, dir).load(Optional.empty(), url);
    }

    @Test
    void defaultsFollowTheSpec() throws Exception {
        AutogenConfig config = load("url=jdbc:postgresql://db/app\n", Map.of(), Optional.empty());
        assertThat(config.scriptLocation()).isEqualTo(dir.resolve("migrations"));
        assertThat(config.scriptPackage()).isEqualTo("migrations");
        assertThat(config.versionTable()).isEqualTo("autogen_version");
        assertThat(config.namingPhysical()).isEqualTo("default");
        assertThat(config.user()).isEmpty();
    }

    @Test
    void schemasArePlainNamesEachOnce() throws Exception {
        assertThat(load("url=jdbc:postgresql://db/app\n", Map.of(), Optional.empty()).schemas()).isEmpty();
        assertThat(load("url=jdbc:postgresql://db/app\nschemas = crm, billing\n", Map.of(), Optional.empty())
                .schemas()).containsExactly("crm", "billing");
        assertThatThrownBy(() -> load("url=jdbc:postgresql://db/app\nschemas = crm, bill ing\n", Map.of(),
                Optional.empty())).isInstanceOf(AutogenException.class)
                .hasMessage("'schemas' names 'bill ing', which is not a plain schema name (letters, digits and _);"
                        + " correct 'schemas' in autogen.properties");
        assertThatThrownBy(() -> load("url=jdbc:postgresql://db/app\nschema=crm\nschemas = crm\n", Map.of(),
                Optional.empty())).isInstanceOf(AutogenException.class).hasMessageContaining("names crm twice");
    }

    @Test
    void relativePathsAreRelativeToTheFile() throws Exception {
        AutogenConfig config = load("""
                url=jdbc:sqlite:data/app.db
                script.location=src/main/java/com/example/migrations
                entities.classpath=target/classes:lib/model.jar
                entities.packages=com.example.model, com.example.more
                """, Map.of(), Optional.empty());
        assertThat(config.url()).isEqualTo("jdbc:sqlite:" + dir.resolve("data/app.db"));
        assertThat(config.scriptPackage()).isEqualTo("com.example.migrations");
        assertThat(config.entitiesClasspath()).containsExactly(dir.resolve("target/classes"), dir.resolve("lib/model.jar"));
        assertThat(config.entitiesPackages()).containsExactly("com.example.model", "com.example.more");
    }

    @Test
    void inMemoryAndAbsoluteSqliteUrlsAreKept() {
        assertThat(ConfigLoader.relativeToConfig("jdbc:sqlite::memory:", dir)).isEqualTo("jdbc:sqlite::memory:");
        assertThat(ConfigLoader.relativeToConfig("jdbc:sqlite:/var/app.db", dir)).isEqualTo("jdbc:sqlite:/var/app.db");
    }

    @Test
    void environmentPlaceholdersExpand() throws Exception {
        AutogenConfig config = load("url=jdbc:postgresql://${DB_HOST}/app\npassword=${DB_PASSWORD:-secret}\n",
                Map.of("DB_HOST", "db.internal"), Optional.empty());
        assertThat(config.url()).isEqualTo("jdbc:postgresql://db.internal/app");
        assertThat(config.password()).contains("secret");
    }

    @Test
    void commandLineUrlBeatsEnvironmentBeatsFile() throws Exception {
        String file = "url=jdbc:sqlite:file.db\n";
        assertThat(load(file, Map.of("AUTOGEN_URL", "jdbc:sqlite:env.db"), Optional.empty()).url())
                .isEqualTo("jdbc:sqlite:env.db");
        assertThat(load(file, Map.of("AUTOGEN_URL", "jdbc:sqlite:env.db"), Optional.of("jdbc:sqlite:cli.db")).url())
                .isEqualTo("jdbc:sqlite:cli.db");
    }

    @Test
    void unknownKeyIsRejectedByName() {
        assertThatThrownBy(() -> load("url=x\nscript.locaton=db\n", Map.of(), Optional.empty()))
                .isInstanceOf(AutogenException.class)
                .hasMessageContaining("unknown key 'script.locaton'")
                .hasMessageContaining("did you mean 'script.location'?");
    }

    @Test
    void unsetVariableWithoutDefaultIsAnError() {
        assertThatThrownBy(() -> load("url=${NOPE}\n", Map.of(), Optional.empty()))
                .isInstanceOf(AutogenException.class).hasMessageContaining("${NOPE}");
    }

    @Test
    void tableFilterAppliesGlobsAndAlwaysSkipsTheVersionTable() {
        TableFilter filter = new TableFilter(List.of("app_*", "users"), List.of("app_tmp*"), "autogen_version");
        assertThat(filter.test("app_orders")).isTrue();
        assertThat(filter.test("USERS")).isTrue();
        assertThat(filter.test("app_tmp_1")).isFalse();
        assertThat(filter.test("other")).isFalse();
        assertThat(new TableFilter(List.of(), List.of(), "autogen_version").test("autogen_version")).isFalse();
    }

    @Test
    void aByteOrderMarkIsNotPartOfTheFirstKey() throws Exception {
        byte[] withBom = ("\uFEFFurl=jdbc:postgresql://db/app\nuser=app\n").getBytes(StandardCharsets.UTF_8);
        Files.write(dir.resolve("autogen.properties"), withBom);
        AutogenConfig config = new ConfigLoader(Map.of(), dir).load(Optional.empty(), Optional.empty());
        assertThat(config.url()).isEqualTo("jdbc:postgresql://db/app");
        assertThat(config.user()).contains("app");
    }

    @Test
    void aLatin1FileIsNamedByLineAndByte() throws Exception {
        Files.write(dir.resolve("autogen.properties"),
                "url=jdbc:postgresql://db/app\nuser=jos\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> new ConfigLoader(Map.of(), dir).load(Optional.empty(), Optional.empty()))
                .isInstanceOf(AutogenException.class)
                .hasMessage(dir.resolve("autogen.properties") + " is not UTF-8: line 2 has the byte 0xE9 (a Latin-1"
                        + " or Windows accented letter?); save the file as UTF-8");
    }

    @Test
    void aKeySetTwiceIsRefused() {
        assertThatThrownBy(() -> load("url=jdbc:postgresql://db/app\nuser=a\nuser = b\n", Map.of(), Optional.empty()))
                .isInstanceOf(AutogenException.class)
                .hasMessage("key 'user' is set more than once in " + dir.resolve("autogen.properties")
                        + "; keep the one you mean");
    }

    @Test
    void aFolderGivenAsTheFileIsSaidToBeAFolder() {
        assertThatThrownBy(() -> new ConfigLoader(Map.of(), dir.getParent()).load(Optional.of(dir), Optional.empty()))
                .isInstanceOf(AutogenException.class)
                .hasMessage("configuration file " + dir + " is a folder; pass the file, such as -c "
                        + dir.resolve("autogen.properties"));
    }
}
