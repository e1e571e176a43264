package dev.autogen.migration;

/**
 * What {@code op.createIndex(...)}, {@code op.createUniqueIndex(...)} and {@code op.dropIndex(...)}
 * return, to say how the index is built or dropped.
 */
public interface IndexCall {
    /**
     * Builds (or drops) the index without blocking the table's writes: {@code CREATE INDEX
     * CONCURRENTLY} / {@code DROP INDEX CONCURRENTLY} on PostgreSQL, which cannot run in a
     * transaction, so the revision must say {@code @Revision(transactional = false)}. Other
     * databases build a plain index (see docs/zero-downtime.md).
     */
    void concurrently();
}
