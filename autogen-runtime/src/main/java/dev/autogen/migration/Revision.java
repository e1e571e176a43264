package dev.autogen.migration;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Places a {@link Migration} in the revision graph. Ids are 12 lowercase hex digits. */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Revision {
    String id();

    /** Empty for a first revision; several for a merge. */
    String[] parents() default {};

    String message() default "";

    /** When the revision was written, ISO-8601. */
    String created() default "";

    String[] branchLabels() default {};

    /**
     * False for a revision whose statements cannot run in a transaction ({@code CREATE INDEX
     * CONCURRENTLY}): on PostgreSQL its statements then run one by one outside a transaction, under
     * the migration lock, and the version row moves in a transaction of its own after the last.
     * SQLite, MariaDB and MySQL run it as any other. Keep such a revision to the one statement that
     * needs it: a failure leaves the statements before it applied (docs/zero-downtime.md).
     */
    boolean transactional() default true;

    /**
     * The revisions this one squashed ({@code autogen squash}), oldest first: a database whose
     * version table names one of them is upgraded from there (see {@code docs/squash.md}).
     */
    String[] replaces() default {};
}
