package dev.autogen.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmark's own pieces on a model of three entities and SQLite, in a few seconds: the
 * generated entities compile, autogen brings the database to the before state, the after model
 * differs by exactly the planned changes, and the floor query sees every table. No timing is checked.
 */
class BenchmarkSmokeTest {
    /** Held strongly: java.util.logging forgets the level of a logger nobody references. */
    private static final Logger HIBERNATE_LOG = Logger.getLogger("org.hibernate");

    @BeforeAll
    static void quietHibernate() {
        HIBERNATE_LOG.setLevel(Level.SEVERE);
    }

    @Test
    void aFewHundredthOfTheModelChangesAndAtLeastOneEntity() {
        assertThat(changed(new EntityModel(3))).containsExactly(1);
        assertThat(changed(new EntityModel(1000))).hasSize(10).doesNotHaveDuplicates();
        assertThat(changed(new EntityModel(250))).hasSize(2);
    }

    @Test
    void theAfterModelDiffersFromTheDatabaseByTheChangedEntitiesOnly(@TempDir Path work) throws Exception {
        EntityModel model = new EntityModel(3);
        Path before = EntityCompiler.compile(model.sources(false), work.resolve("entities/before"));
        Path after = EntityCompiler.compile(model.sources(true), work.resolve("entities/after"));
        Workload workload = new Workload(model, TargetDatabase.sqlite(work.resolve("sqlite")), work.resolve("sqlite"));

        workload.prepare(before, after);
        PhaseTimes phases = PhaseTimes.measure(workload);

        // Entity 1 gains a column and its title grows: one added and one altered column.
        assertThat(phases.ops()).isEqualTo(2);
        try (Connection c = workload.database().connect()) {
            int[] rows = new int[1];
            CatalogFloor.measure(c, false, rows);
            // Per entity table: 12 columns, the unique constraint's and the index's one column each,
            // one foreign key, one definition; the version table adds its own rows.
            assertThat(rows[0]).isGreaterThanOrEqualTo(3 * (12 + 2 + 1 + 1));
        }
    }

    private static List<Integer> changed(EntityModel model) {
        return IntStream.range(0, model.size()).filter(model::isChanged).boxed().toList();
    }
}
