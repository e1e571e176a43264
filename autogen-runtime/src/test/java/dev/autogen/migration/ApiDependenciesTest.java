package dev.autogen.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Migration files compile against {@code dev.autogen.migration} and {@code dev.autogen.schema};
 * those two packages may lean on nothing but the JDK, so internals can change without breaking a
 * single migration a team has committed.
 */
class ApiDependenciesTest {
    private static final Pattern IMPORT = Pattern.compile("^import (static )?([\\w.]+)\\.[\\w*]+;", Pattern.MULTILINE);

    @Test
    void apiPackagesImportOnlyTheJdkAndEachOther() throws IOException {
        List<String> offending = new ArrayList<>();
        for (String pkg : List.of("migration", "schema")) {
            try (Stream<Path> sources = Files.list(Path.of("src/main/java/dev/autogen", pkg))) {
                for (Path source : sources.toList()) {
                    Matcher m = IMPORT.matcher(Files.readString(source));
                    while (m.find()) {
                        String imported = m.group(2);
                        if (!imported.startsWith("java.") && !imported.startsWith("dev.autogen.migration")
                                && !imported.startsWith("dev.autogen.schema")) {
                            offending.add(source.getFileName() + " imports " + imported);
                        }
                    }
                }
            }
        }
        assertThat(offending).isEmpty();
    }
}
