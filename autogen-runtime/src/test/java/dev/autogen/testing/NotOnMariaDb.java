package dev.autogen.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Leaves MariaDB out of a {@link DatabaseTest} whose behaviour MariaDB does not have yet; the
 * reason says what is missing, so the exception is visible and can be removed when it is done.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface NotOnMariaDb {
    /** Why the body cannot pass on MariaDB. */
    String value();
}
