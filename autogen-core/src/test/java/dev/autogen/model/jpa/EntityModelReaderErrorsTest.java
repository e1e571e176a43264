package dev.autogen.model.jpa;

import static dev.autogen.model.jpa.JpaFixtures.FIXTURES;
import static dev.autogen.model.jpa.JpaFixtures.source;
import static dev.autogen.model.jpa.JpaFixtures.testClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.autogen.AutogenException;
import dev.autogen.dialect.sqlite.SqliteDialect;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Mistakes a user can make, each reported as one sentence that says what to fix. */
class EntityModelReaderErrorsTest {

    private static AutogenException failure(EntitySource source) {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(
                () -> EntityModelReader.read(source, new SqliteDialect()));
        assertThat(thrown).isInstanceOf(AutogenException.class);
        return (AutogenException) thrown;
    }

    private static EntitySource classpath(List<Path> entries, String pkg) {
        return new EntitySource(entries, List.of(pkg), "default", "default");
    }

    @Test
    void noClasspathAtAll() {
        assertThat(failure(classpath(List.of(), FIXTURES + "tutorial")))
                .hasMessage("entities.classpath is empty: list the folders and jars holding the compiled entity "
                        + "classes");
    }

    @Test
    void aClasspathEntryThatDoesNotExist(@TempDir Path dir) {
        Path missing = dir.resolve("build/classes");

        assertThat(failure(classpath(List.of(missing), FIXTURES + "tutorial")))
                .hasMessage("entity classpath entry " + missing + " does not exist: check entities.classpath "
                        + "(and compile the entities first)");
    }

    @Test
    void aClasspathEntryThatIsNeitherFolderNorJar(@TempDir Path dir) throws IOException {
        Path notes = Files.writeString(dir.resolve("notes.txt"), "not classes");

        assertThat(failure(classpath(List.of(notes), FIXTURES + "tutorial")))
                .hasMessageContaining(notes + " is neither a folder nor a .jar file");
    }

    @Test
    void aPackageWithoutMappedClasses() {
        assertThat(failure(source("empty")))
                .hasMessage("package " + FIXTURES + "empty holds no @Entity, @Embeddable, @MappedSuperclass or "
                        + "@Converter class in [" + testClasses() + "]: check entities.packages and "
                        + "entities.classpath");
    }

    @Test
    void aPackageThatIsNotThereAtAll() {
        assertThat(failure(classpath(List.of(testClasses()), "com.example.misspelled")))
                .hasMessageStartingWith("package com.example.misspelled holds no @Entity");
    }

    @Test
    void noPackagesAtAll() {
        EntitySource source = new EntitySource(List.of(testClasses()), List.of(), "default", "default");

        assertThat(failure(source))
                .hasMessage("entities.packages is empty: list the packages holding the entity classes");
    }

    @Test
    void anEntityClassThatCannotBeLoaded(@TempDir Path dir) throws IOException {
        Path classes = TestCompiler.compile(dir.resolve("classes"), Map.of(
                "shop.Base", "package shop; public class Base { }",
                "shop.Broken", "package shop; @jakarta.persistence.Entity public class Broken extends Base {"
                        + " @jakarta.persistence.Id Long id; }"));
        // The build produced Broken but the jar holding its superclass is missing.
        Files.delete(classes.resolve("shop/Base.class"));

        assertThat(failure(classpath(List.of(classes), "shop")))
                .hasMessage("cannot load entity class shop.Broken: it needs class shop.Base, which cannot be found;"
                        + " add the jar that provides it to entities.classpath (java.lang.NoClassDefFoundError: shop/Base)");
    }

    @Test
    void aMappingErrorCarriesHibernatesMessage() {
        AutogenException error = failure(source("broken"));

        assertThat(error).hasMessageStartingWith("cannot map entities: ");
        assertThat(error.getMessage()).contains("noSuchProperty");
        assertThat(error.getCause()).isInstanceOf(org.hibernate.MappingException.class);
    }

    @Test
    void theContextClassLoaderIsRestoredAfterSuccessAndFailure() {
        ClassLoader before = Thread.currentThread().getContextClassLoader();

        EntityModelReader.read(source("tutorial"), new SqliteDialect());
        assertThat(Thread.currentThread().getContextClassLoader()).isSameAs(before);

        assertThatThrownBy(() -> EntityModelReader.read(source("broken"), new SqliteDialect()))
                .isInstanceOf(AutogenException.class);
        assertThat(Thread.currentThread().getContextClassLoader()).isSameAs(before);
    }
}
