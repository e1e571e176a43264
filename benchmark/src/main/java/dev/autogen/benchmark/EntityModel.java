package dev.autogen.benchmark;

import java.util.ArrayList;
import java.util.List;

/**
 * The Java sources of a generated model of {@code size} entities: ten mixed columns besides the key,
 * a foreign key to the previous entity, an index and a unique constraint each. The "after" model
 * differs from the "before" one in about 1% of the entities (at least one): they gain a column and
 * one of their columns grows, the changes a daily revision typically holds.
 */
final class EntityModel {
    static final String PACKAGE = "bench.model";

    private final int size;

    EntityModel(int size) {
        if (size < 1) {
            throw new IllegalArgumentException("a model needs at least one entity, not " + size);
        }
        this.size = size;
    }

    int size() {
        return size;
    }

    /** How many entities the after model changes: 1%, at least one. */
    int changedCount() {
        return Math.max(1, size / 100);
    }

    /** The changed entities, spread over the model rather than bunched at its start. */
    boolean isChanged(int entity) {
        int count = changedCount();
        int stride = size / count;
        return entity % stride == stride / 2 && entity / stride < count;
    }

    /** One source per entity, as (simple class name, source text). */
    List<Source> sources(boolean after) {
        List<Source> sources = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            sources.add(new Source(className(i), source(i, after && isChanged(i))));
        }
        return sources;
    }

    record Source(String className, String text) {
    }

    static String className(int entity) {
        return String.format("Entity%04d", entity);
    }

    static String tableName(int entity) {
        return String.format("t%04d", entity);
    }

    private static String source(int i, boolean changed) {
        String table = tableName(i);
        // Entity 0 refers to itself, every other one to its predecessor: a chain of foreign keys.
        String parent = className(Math.max(0, i - 1));
        return """
                package %s;

                import jakarta.persistence.*;
                import java.math.BigDecimal;
                import java.time.LocalDate;
                import java.time.LocalDateTime;

                @Entity
                @Table(name = "%s",
                        indexes = @Index(name = "ix_%s_code", columnList = "code"),
                        uniqueConstraints = @UniqueConstraint(name = "uq_%s_email", columnNames = "email"))
                public class %s {
                    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                    @Column(nullable = false, length = 40) String code;
                    @Column(length = 120) String email;
                    @Column(length = %d) String title;
                    @Column(nullable = false) Integer quantity;
                    Long counter;
                    @Column(precision = 12, scale = 2) BigDecimal price;
                    @Column(nullable = false) boolean active;
                    LocalDate since;
                    LocalDateTime updatedAt;
                    Double score;
                    @ManyToOne @JoinColumn(name = "parent_id") %s parent;
                %s}
                """.formatted(PACKAGE, table, table, table, className(i), changed ? 500 : 200, parent,
                changed ? "    @Column(length = 60) String note;\n" : "");
    }
}
