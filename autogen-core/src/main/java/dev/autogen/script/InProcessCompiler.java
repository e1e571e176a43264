package dev.autogen.script;

import dev.autogen.AutogenException;
import dev.autogen.migration.Migration;
import dev.autogen.startup.HeavyLibraries;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

/**
 * Compiles migration sources with {@code javax.tools} in one pass and keeps the class files in
 * memory: a migrations folder never fills with {@code .class} files, and the classes are loaded
 * by a fresh class loader each time.
 */
final class InProcessCompiler {
    private InProcessCompiler() {
    }

    /** What one compilation produced: class bytes by binary name, and the source file of each class. */
    record Output(Map<String, byte[]> classes, Map<String, Path> sources) {
        /**
         * The names of the classes compiled from each source file, gathered in one pass: looking a
         * source up in {@link #sources} instead would cost a pass over every class per file, time
         * that grows with the square of the history's length.
         */
        Map<Path, List<String>> classesBySource() {
            Map<Path, List<String>> bySource = new HashMap<>();
            sources.forEach((name, source) -> bySource.computeIfAbsent(source, s -> new ArrayList<>()).add(name));
            return bySource;
        }

        /** The top-level class a source file declares under the file's own name, if any. */
        Optional<String> classOf(Path source) {
            return classOf(source, classesBySource());
        }

        /** As {@link #classOf(Path)}, for many files: {@code classesBySource} is {@link #classesBySource()}. */
        static Optional<String> classOf(Path source, Map<Path, List<String>> classesBySource) {
            // Called once per migration: plain string work, no regular expression compiled each time.
            String file = source.getFileName().toString();
            String simpleName = file.endsWith(".java") ? file.substring(0, file.length() - ".java".length()) : file;
            for (String name : classesBySource.getOrDefault(source.toAbsolutePath().normalize(), List.of())) {
                if (name.equals(simpleName) || name.length() > simpleName.length() && name.endsWith(simpleName)
                        && name.charAt(name.length() - simpleName.length() - 1) == '.') {
                    return Optional.of(name);
                }
            }
            return Optional.empty();
        }
    }

    /** Compiles all sources at once; throws with the first error as {@code File.java:line: message}. */
    static Output compile(List<Path> sources) {
        HeavyLibraries.used();
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new AutogenException("no Java compiler is available to compile the migrations;"
                    + " run autogen on a JDK rather than a JRE");
        }
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        StandardJavaFileManager standard = javac.getStandardFileManager(diagnostics, Locale.ROOT,
                StandardCharsets.UTF_8);
        try (MemoryFileManager files = new MemoryFileManager(standard)) {
            List<String> options = List.of("-classpath", classpath(), "-proc:none", "-encoding", "UTF-8",
                    "-g", "-nowarn", "-Xlint:none");
            Iterable<? extends JavaFileObject> units = standard.getJavaFileObjectsFromPaths(sources);
            boolean ok = javac.getTask(null, files, diagnostics, options, null, units).call();
            if (!ok) {
                throw new AutogenException(firstError(diagnostics));
            }
            return files.output();
        } catch (IOException e) {
            throw new AutogenException("cannot compile the migrations: " + e.getMessage(), e);
        }
    }

    /** The application's class path plus wherever the migration API was loaded from. */
    static String classpath() {
        List<String> entries = new ArrayList<>();
        String own = System.getProperty("java.class.path", "");
        if (!own.isEmpty()) {
            entries.add(own);
        }
        CodeSource api = Migration.class.getProtectionDomain().getCodeSource();
        if (api != null && api.getLocation() != null) {
            try {
                entries.add(Path.of(api.getLocation().toURI()).toString());
            } catch (URISyntaxException | IllegalArgumentException | FileSystemNotFoundException e) {
                // Not a file location (an unusual class loader): java.class.path must then hold the API.
            }
        }
        return String.join(File.pathSeparator, entries);
    }

    private static String firstError(DiagnosticCollector<JavaFileObject> diagnostics) {
        for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
            if (d.getKind() == Diagnostic.Kind.ERROR) {
                String file = d.getSource() == null ? "javac" : Path.of(d.getSource().toUri()).getFileName().toString();
                String line = d.getLineNumber() == Diagnostic.NOPOS ? "" : ":" + d.getLineNumber();
                String message = d.getMessage(Locale.ROOT).strip().replaceAll("\\s*\\R\\s*", "; ");
                return file + line + ": " + message;
            }
        }
        return "the migrations do not compile";
    }

    /** Sends class files to memory; everything else (reading sources and the class path) to javac's own manager. */
    private static final class MemoryFileManager extends ForwardingJavaFileManager<StandardJavaFileManager> {
        private final Map<String, ByteArrayOutputStream> classes = new LinkedHashMap<>();
        private final Map<String, Path> sources = new LinkedHashMap<>();

        MemoryFileManager(StandardJavaFileManager standard) {
            super(standard);
        }

        @Override
        public JavaFileObject getJavaFileForOutput(Location location, String className, JavaFileObject.Kind kind,
                FileObject sibling) {
            if (location != StandardLocation.CLASS_OUTPUT || kind != JavaFileObject.Kind.CLASS) {
                throw new IllegalStateException("unexpected compiler output: " + className);
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            classes.put(className, bytes);
            if (sibling != null && "file".equals(sibling.toUri().getScheme())) {
                sources.put(className, Path.of(sibling.toUri()).toAbsolutePath().normalize());
            }
            URI uri = URI.create("memory:///" + className.replace('.', '/') + kind.extension);
            return new SimpleJavaFileObject(uri, kind) {
                @Override
                public OutputStream openOutputStream() {
                    return bytes;
                }
            };
        }

        Output output() {
            Map<String, byte[]> bytes = new LinkedHashMap<>();
            classes.forEach((name, out) -> bytes.put(name, out.toByteArray()));
            return new Output(bytes, Map.copyOf(sources));
        }
    }
}
