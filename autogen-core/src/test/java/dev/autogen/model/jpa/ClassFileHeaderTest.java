package dev.autogen.model.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.autogen.model.jpa.fixtures.relations.Article;
import dev.autogen.model.jpa.fixtures.tutorial.NotAnEntity;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class ClassFileHeaderTest {

    /** Long and double constants take two constant pool slots; the parser must count them so. */
    @jakarta.persistence.Table(name = "constants", indexes = @jakarta.persistence.Index(columnList = "a"))
    @jakarta.persistence.Entity
    static class WithWideConstants {
        static final long BIG = 1L << 40;
        static final double HALF = 0.5;
        static final String TEXT = "x";
    }

    private static byte[] bytes(Class<?> type) throws IOException {
        String resource = "/" + type.getName().replace('.', '/') + ".class";
        try (InputStream in = type.getResourceAsStream(resource)) {
            return in.readAllBytes();
        }
    }

    @Test
    void readsTheClassNameAndItsAnnotationsAfterNestedAnnotationValues() throws IOException {
        ClassFileHeader header = ClassFileHeader.parse(bytes(Article.class));

        assertThat(header.className()).isEqualTo(Article.class.getName());
        // @Table with nested @UniqueConstraint and @Index arrays comes before @Entity in the source.
        assertThat(header.annotationDescriptors())
                .containsExactly("Ljakarta/persistence/Table;", "Ljakarta/persistence/Entity;");
    }

    @Test
    void countsWideConstantsAsTwoSlots() throws IOException {
        ClassFileHeader header = ClassFileHeader.parse(bytes(WithWideConstants.class));

        assertThat(header.className()).isEqualTo(WithWideConstants.class.getName());
        assertThat(header.hasAnnotation(EntityScanner.ENTITY)).isTrue();
    }

    @Test
    void aPlainClassHasNoRuntimeAnnotations() throws IOException {
        assertThat(ClassFileHeader.parse(bytes(NotAnEntity.class)).annotationDescriptors()).isEmpty();
    }

    @Test
    void rejectsBytesThatAreNoClassFile() {
        assertThatThrownBy(() -> ClassFileHeader.parse("not a class".getBytes()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
