package dev.autogen.model.jpa;

import dev.autogen.AutogenException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Finds the classes Hibernate must be given: {@code @Entity}, {@code @Embeddable},
 * {@code @MappedSuperclass} and {@code @Converter} classes of the configured packages (and their
 * subpackages) in folders and jars, by reading class files, never by loading them. Only the
 * package folders are walked, so a large classpath costs nothing outside them.
 */
final class EntityScanner {

    static final String ENTITY = "Ljakarta/persistence/Entity;";
    private static final Set<String> MAPPED = Set.of(
            ENTITY,
            "Ljakarta/persistence/Embeddable;",
            "Ljakarta/persistence/MappedSuperclass;",
            "Ljakarta/persistence/Converter;");

    private EntityScanner() {
    }

    /** What a scan found: mapped classes and packages with a {@code package-info}, sorted by name. */
    record Result(List<String> classNames, List<String> annotatedPackages) {
    }

    /** Scans {@code classpath} (entries must exist) for mapped classes in {@code packages}. */
    static Result scan(List<Path> classpath, List<String> packages) {
        if (packages.isEmpty()) {
            throw new AutogenException("entities.packages is empty: list the packages holding the entity classes");
        }
        // Keyed by class name: the first classpath entry holding a class wins, as on a JVM classpath.
        TreeMap<String, ClassFileHeader> found = new TreeMap<>();
        for (Path entry : classpath) {
            for (ClassFileHeader header : headersIn(entry, packages)) {
                found.putIfAbsent(header.className(), header);
            }
        }
        requireEveryPackageMapped(found, packages, classpath);
        List<String> classes = new ArrayList<>();
        List<String> packageInfos = new ArrayList<>();
        for (ClassFileHeader header : found.values()) {
            if (header.className().endsWith(".package-info")) {
                packageInfos.add(header.className().substring(0, header.className().length() - 13));
            } else {
                classes.add(header.className());
            }
        }
        return new Result(classes, packageInfos);
    }

    private static void requireEveryPackageMapped(
            TreeMap<String, ClassFileHeader> found, List<String> packages, List<Path> classpath) {
        for (String pkg : packages) {
            if (found.keySet().stream().noneMatch(name -> inPackage(name, pkg))) {
                throw new AutogenException("package " + pkg + " holds no @Entity, @Embeddable, @MappedSuperclass"
                        + " or @Converter class in " + classpath + ": check entities.packages and entities.classpath");
            }
        }
        if (found.values().stream().noneMatch(h -> h.hasAnnotation(ENTITY))) {
            throw new AutogenException("packages " + String.join(", ", packages) + " hold no @Entity class in "
                    + classpath + ": check entities.packages and entities.classpath");
        }
    }

    private static boolean inPackage(String className, String pkg) {
        return className.startsWith(pkg + ".");
    }

    private static List<ClassFileHeader> headersIn(Path entry, List<String> packages) {
        try {
            return Files.isDirectory(entry) ? headersInFolder(entry, packages) : headersInJar(entry, packages);
        } catch (IOException | UncheckedIOException e) {
            throw new AutogenException("cannot read entity classpath entry " + entry + ": " + e.getMessage(), e);
        }
    }

    private static List<ClassFileHeader> headersInFolder(Path root, List<String> packages) throws IOException {
        List<ClassFileHeader> headers = new ArrayList<>();
        for (String pkg : packages) {
            Path folder = root.resolve(pkg.replace('.', '/'));
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : (Iterable<Path>) files.filter(EntityScanner::isClassFile)::iterator) {
                    addIfMapped(headers, Files.readAllBytes(file), file.toString());
                }
            }
        }
        return headers;
    }

    private static boolean isClassFile(Path file) {
        return file.getFileName().toString().endsWith(".class") && Files.isRegularFile(file);
    }

    private static List<ClassFileHeader> headersInJar(Path jar, List<String> packages) throws IOException {
        List<String> prefixes = packages.stream().map(p -> p.replace('.', '/') + "/").toList();
        List<ClassFileHeader> headers = new ArrayList<>();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                String name = entry.getName();
                if (name.endsWith(".class") && prefixes.stream().anyMatch(name::startsWith)) {
                    try (InputStream in = zip.getInputStream(entry)) {
                        addIfMapped(headers, in.readAllBytes(), jar + "!/" + name);
                    }
                }
            }
        }
        return headers;
    }

    private static void addIfMapped(List<ClassFileHeader> headers, byte[] bytes, String where) {
        ClassFileHeader header;
        try {
            header = ClassFileHeader.parse(bytes);
        } catch (IllegalArgumentException e) {
            throw new AutogenException("cannot read class file " + where + ": it is not a valid class file", e);
        }
        boolean packageInfo = header.className().endsWith(".package-info");
        boolean mapped = header.annotationDescriptors().stream().anyMatch(MAPPED::contains);
        boolean packageAnnotated = packageInfo && header.annotationDescriptors().stream()
                .anyMatch(d -> d.startsWith("Ljakarta/persistence/") || d.startsWith("Lorg/hibernate/annotations/"));
        if (mapped || packageAnnotated) {
            headers.add(header);
        }
    }
}
