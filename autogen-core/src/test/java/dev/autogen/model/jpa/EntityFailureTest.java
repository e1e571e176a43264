package dev.autogen.model.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The JVM's words for entities compiled for a newer Java, as the Java version a user can install. */
class EntityFailureTest {

    @Test
    void aClassFileVersionIsSaidAsTheJavaVersionItNeeds() {
        int running = Runtime.version().feature();
        String jvm = "demo/Note has been compiled by a more recent version of the Java Runtime (class file version"
                + " 65.0), this version of the Java Runtime only recognizes class file versions up to 61.0";
        assertThat(EntityFailure.newerJava(jvm)).isEqualTo("cannot load demo.Note: it is compiled for Java 21"
                + " (class file version 65), but autogen runs on Java " + running + "; run autogen on Java 21 or"
                + " newer (set JAVA_HOME), or compile the entities with --release " + running);
    }

    @Test
    void aMissingClassInTheCauseChainIsNamed() {
        RuntimeException failure = new IllegalStateException("Unable to load class [demo.Note]",
                new NoClassDefFoundError("demo/Base"));
        assertThat(EntityFailure.of(failure, getClass().getClassLoader())).get()
                .extracting(Throwable::getMessage).isEqualTo("cannot map entities: Unable to load class [demo.Note]:"
                        + " class demo.Base cannot be found; add the jar that provides it to entities.classpath");
    }

    @Test
    void aFailureOfAutogensOwnCodeStaysAnInternalError() {
        assertThat(EntityFailure.of(new IllegalStateException("bug"), new ClassLoader(null) { })).isEmpty();
    }
}
