package dev.autogen.maven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.config.ConfigKey;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsSourcesTest {
    @Test
    void commandLineBeatsConfigurationBeatsTheFile(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("autogen.properties"),
                "url=jdbc:sqlite:file.db\nversion.table=from_file\nschema=app\n");
        Properties user = new Properties();
        user.setProperty("autogen.url", "jdbc:sqlite:command-line.db");
        user.setProperty("autogen.message", "not a setting: a goal's parameter");
        user.setProperty("other.url", "not ours");

        Map<String, String> values = new SettingsSources().file(file)
                .configuration(Map.of(ConfigKey.URL, "jdbc:sqlite:configured.db", ConfigKey.VERSION_TABLE, "configured",
                        ConfigKey.USER, " "))
                .userProperties(user).values();

        assertThat(values).containsExactlyInAnyOrderEntriesOf(Map.of("url", "jdbc:sqlite:command-line.db",
                "version.table", "configured", "schema", "app"));
    }

    @Test
    void aMissingFileIsNoSetting(@TempDir Path dir) {
        SettingsSources sources = new SettingsSources().file(dir.resolve("autogen.properties"));
        sources.putIfAbsent(ConfigKey.ENTITIES_PACKAGES, "com.example");
        assertThat(sources.values()).containsExactly(Map.entry("entities.packages", "com.example"));
        assertThat(sources.origin()).doesNotContain("autogen.properties");
    }
}
