package dev.autogen.model.jpa;

import java.nio.file.Path;
import java.util.List;

/**
 * Where the entities are: compiled classes (folders and jars), the packages to scan, and the
 * Hibernate naming strategies ({@code default}, {@code spring}, or a class name).
 */
public record EntitySource(List<Path> classpath, List<String> packages, String physicalNaming, String implicitNaming) {
    public EntitySource {
        classpath = List.copyOf(classpath);
        packages = List.copyOf(packages);
    }
}
