package dev.autogen.benchmark;

import jakarta.persistence.Entity;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/** Writes a generated model's sources under a folder and compiles them there with javax.tools. */
final class EntityCompiler {
    private EntityCompiler() {
    }

    /** Returns the folder of class files (the entities.classpath autogen reads). */
    static Path compile(List<EntityModel.Source> sources, Path folder) throws IOException {
        Path sourceRoot = folder.resolve("src");
        Path classes = folder.resolve("classes");
        Files.createDirectories(classes);
        Path packageDir = sourceRoot.resolve(EntityModel.PACKAGE.replace('.', '/'));
        Files.createDirectories(packageDir);
        List<Path> files = new ArrayList<>();
        for (EntityModel.Source source : sources) {
            Path file = packageDir.resolve(source.className() + ".java");
            Files.writeString(file, source.text(), StandardCharsets.UTF_8);
            files.add(file);
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new IllegalStateException("the benchmark needs a JDK (javax.tools) to compile its entities");
        }
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager manager = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
            List<String> options = List.of("-classpath", persistenceApi(), "-d", classes.toString(),
                    "-proc:none", "-nowarn", "--release", "17");
            boolean ok = javac.getTask(null, manager, diagnostics, options, null,
                    manager.getJavaFileObjectsFromPaths(files)).call();
            if (!ok) {
                throw new IllegalStateException("generated entities do not compile: " + diagnostics.getDiagnostics());
            }
        }
        return classes;
    }

    private static String persistenceApi() {
        try {
            return Path.of(Entity.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate the Jakarta Persistence API jar", e);
        }
    }
}
