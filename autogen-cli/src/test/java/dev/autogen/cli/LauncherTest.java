package dev.autogen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./autogen} launcher picks the Java it runs on (issue 12, case 10): JAVA_HOME when it can
 * load the entities, else the newest JDK found that can; when none can, it names the Java the
 * entities need. The JDKs here are stand-ins that print how they were called.
 */
class LauncherTest {
    @TempDir
    Path dir;

    @Test
    void withoutJavaHomeTheNewestJdkRunsWithNativeAccessAllowed() throws Exception {
        project(61);
        String out = launch(Map.of(), 0);
        assertThat(out).startsWith("java 25 ").contains("--enable-native-access=ALL-UNNAMED")
                .contains("-Dautogen.quickExit=true")
                .endsWith("-jar " + dir.resolve("autogen-cli/target/autogen-cli.jar") + " current\n");
    }

    @Test
    void javaHomeComesFirstWhenItCanLoadTheEntities() throws Exception {
        project(61);
        String out = launch(Map.of("JAVA_HOME", dir.resolve("jdks/jdk-17").toString()), 0);
        assertThat(out).startsWith("java 17 ").doesNotContain("--enable-native-access");
    }

    @Test
    void entitiesForANewerJavaThanJavaHomeRunOnANewerJdk() throws Exception {
        project(65);
        assertThat(launch(Map.of("JAVA_HOME", dir.resolve("jdks/jdk-17").toString()), 0)).startsWith("java 25 ");
    }

    @Test
    void whenNoJdkCanLoadTheEntitiesTheJavaTheyNeedIsNamed() throws Exception {
        project(69);
        Files.delete(dir.resolve("jdks/jdk-25/bin/java"));
        String err = launch(Map.of("JAVA_HOME", dir.resolve("jdks/jdk-17").toString()), 2);
        assertThat(err.lines()).hasSize(1);
        assertThat(err).startsWith("autogen: error: the entities are compiled for Java 25 (class file version 69,")
                .contains("no Java 25 or newer was found (Java 17 at " + dir.resolve("jdks/jdk-17")
                        + ", Java 21 at " + dir.resolve("jdks/jdk-21"));
    }

    @Test
    void aPreviewClassDeepInItsPackagesIsReadToo() throws Exception {
        project(61);
        Files.delete(dir.resolve("app/classes/demo/Note.class"));
        Path deep = dir.resolve("app/classes/com/example/shop/model/Order.class");
        Files.createDirectories(deep.getParent());
        // Minor version 0xFFFF marks a class compiled with preview features of Java 21.
        Files.write(deep, new byte[] {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE, (byte) 0xFF, (byte) 0xFF, 0, 65});
        // Java 17 cannot load it: the newest JDK runs instead of JAVA_HOME.
        assertThat(launch(Map.of("JAVA_HOME", dir.resolve("jdks/jdk-17").toString()), 0)).startsWith("java 25 ");
    }

    @Test
    void theGraphCommandsTakeTheirOwnAheadOfTimeCache() throws Exception {
        project(61);
        Path target = dir.resolve("autogen-cli/target");
        Files.writeString(target.resolve("autogen.aot"), "");
        Files.writeString(target.resolve("autogen-graph.aot"), "");
        Files.writeString(target.resolve("autogen.aot.java"), dir.resolve("jdks/jdk-25/bin/java") + "\n");

        for (String graph : List.of("history", "heads", "current", "branches", "graph")) {
            assertThat(launch(Map.of(), 0, "--url", "jdbc:sqlite:x.db", graph))
                    .contains("-XX:AOTCache=" + target.resolve("autogen-graph.aot") + " ");
        }
        for (String other : List.of("check", "upgrade", "revision", "--version")) {
            assertThat(launch(Map.of(), 0, other)).contains("-XX:AOTCache=" + target.resolve("autogen.aot") + " ");
        }
        // On another JDK than the one that built them, neither cache.
        assertThat(launch(Map.of("JAVA_HOME", dir.resolve("jdks/jdk-21").toString()), 0, "history"))
                .startsWith("java 21 ").doesNotContain("AOTCache");
    }

    @Test
    void afterALightRunWithNothingChangedTheLightCacheStartsTheNextOne() throws Exception {
        project(61);
        Path target = dir.resolve("autogen-cli/target");
        for (String cache : List.of("autogen.aot", "autogen-light.aot", "autogen-graph.aot")) {
            Files.writeString(target.resolve(cache), "");
        }
        Files.writeString(target.resolve("autogen.aot.java"), dir.resolve("jdks/jdk-25/bin/java") + "\n");
        Path cacheDir = dir.resolve("cache");
        Map<String, String> env = Map.of("AUTOGEN_CACHE_DIR", cacheDir.toString());
        Path hint = cacheDir.resolve("launcher/" + dir.resolve("app").toString().replace('/', '%'));
        String full = "-XX:AOTCache=" + target.resolve("autogen.aot") + " ";
        String light = "-XX:AOTCache=" + target.resolve("autogen-light.aot") + " ";

        // No hint yet: the whole cache, and autogen is told where to leave one.
        assertThat(launch(env, 0, "check")).contains(full, "-Dautogen.startHint=" + hint + " ");
        Files.createDirectories(hint.getParent());
        Files.writeString(hint, "heavy\n");
        assertThat(launch(env, 0, "check")).contains(full);
        Files.writeString(hint, "light\n");
        Files.setLastModifiedTime(dir.resolve("app/classes/demo/Note.class"), java.nio.file.attribute.FileTime
                .fromMillis(System.currentTimeMillis() - 60_000));
        for (String command : List.of("check", "upgrade", "downgrade", "stamp", "revision")) {
            assertThat(launch(env, 0, command)).as(command).contains(light);
        }
        // An entity class newer than the hint: Hibernate will boot.
        Files.setLastModifiedTime(dir.resolve("app/classes/demo/Note.class"), java.nio.file.attribute.FileTime
                .fromMillis(System.currentTimeMillis() + 60_000));
        assertThat(launch(env, 0, "check")).contains(full);
        // A new migration: javac will run.
        Files.setLastModifiedTime(dir.resolve("app/classes/demo/Note.class"), java.nio.file.attribute.FileTime
                .fromMillis(System.currentTimeMillis() - 60_000));
        Files.createDirectories(dir.resolve("app/migrations"));
        Files.writeString(dir.resolve("app/migrations/M1.java"), "");
        Files.setLastModifiedTime(dir.resolve("app/migrations/M1.java"), java.nio.file.attribute.FileTime
                .fromMillis(System.currentTimeMillis() + 60_000));
        assertThat(launch(env, 0, "upgrade")).contains(full);
        // Caches off: no hint, the whole cache.
        assertThat(launch(Map.of("AUTOGEN_CACHE_DIR", "OFF"), 0, "check")).contains(full)
                .doesNotContain("startHint");
    }

    @Test
    void runFromAnyFolderTheLauncherNamesItsJarByItsPlainPath() throws Exception {
        project(61);
        // ./../autogen from the project folder: the jar path has no "." or "..", as the caches were built with.
        List<String> command = List.of("bash", "./../autogen", "current");
        String out = launch(Map.of(), 0, command);
        assertThat(out).endsWith("-jar " + dir.resolve("autogen-cli/target/autogen-cli.jar") + " current\n");
    }

    /** A project whose one entity class has this class-file major version, the launcher, and three JDKs. */
    private void project(int major) throws IOException {
        Path script = dir.resolve("autogen");
        Files.copy(Path.of("..", "autogen"), script);
        executable(script);
        Files.createDirectories(dir.resolve("autogen-cli/target"));
        Files.writeString(dir.resolve("autogen-cli/target/autogen-cli.jar"), "");
        for (int version : new int[] {17, 21, 25}) {
            Path home = dir.resolve("jdks/jdk-" + version);
            Files.createDirectories(home.resolve("bin"));
            Files.writeString(home.resolve("release"), "JAVA_VERSION=\"" + version + ".0.2\"\n");
            Path java = home.resolve("bin/java");
            Files.writeString(java, "#!/bin/sh\necho \"java " + version + " $*\"\n");
            executable(java);
        }
        Path app = dir.resolve("app");
        Files.createDirectories(app.resolve("classes/demo"));
        Files.writeString(app.resolve("autogen.properties"), "url=jdbc:sqlite:app.db\nentities.classpath = classes\n");
        byte[] header = {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE, 0, 0, 0, (byte) major};
        Files.write(app.resolve("classes/demo/Note.class"), header);
    }

    /** Runs {@code autogen current} from the project folder; returns stdout on exit 0, stderr otherwise. */
    private String launch(Map<String, String> env, int expectedExit) throws Exception {
        return launch(env, expectedExit, "current");
    }

    private String launch(Map<String, String> env, int expectedExit, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("bash", dir.resolve("autogen").toString()));
        command.addAll(List.of(args));
        return launch(env, expectedExit, command);
    }

    private String launch(Map<String, String> env, int expectedExit, List<String> command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.resolve("app").toFile());
        builder.environment().remove("JAVA_HOME");
        builder.environment().remove("AUTOGEN_JAVA_OPTS");
        builder.environment().put("AUTOGEN_JDK_DIRS", dir.resolve("jdks").toString());
        // The java on PATH is the oldest stand-in, so no real JDK of the machine takes part.
        builder.environment().put("PATH", dir.resolve("jdks/jdk-17/bin") + ":/usr/bin:/bin");
        builder.environment().putAll(env);
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(out + err).isEqualTo(expectedExit);
        return expectedExit == 0 ? out : err;
    }

    private static void executable(Path file) throws IOException {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}
