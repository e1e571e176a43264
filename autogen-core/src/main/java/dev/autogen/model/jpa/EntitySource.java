package dev.autogen.model.jpa;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Where the entities are: compiled classes (folders and jars), the packages to scan, the
 * Hibernate naming strategies ({@code default}, {@code spring}, or a class name), and which
 * Hibernate's schema export the result follows.
 */
public record EntitySource(List<Path> classpath, List<String> packages, String physicalNaming, String implicitNaming,
        HibernateFlavor flavor) {
    public EntitySource {
        classpath = List.copyOf(classpath);
        packages = List.copyOf(packages);
        Objects.requireNonNull(flavor, "flavor == null");
    }

    /** Entities as autogen's own Hibernate 7 maps them. */
    public EntitySource(List<Path> classpath, List<String> packages, String physicalNaming, String implicitNaming) {
        this(classpath, packages, physicalNaming, implicitNaming, HibernateFlavor.HIBERNATE_7);
    }
}
