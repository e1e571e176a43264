package dev.autogen.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.diff.SchemaDiff;
import dev.autogen.model.jpa.EntityModelReader;
import dev.autogen.model.jpa.EntitySource;
import dev.autogen.schema.Schema;
import dev.autogen.testing.DatabaseTest;
import dev.autogen.testing.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;

/**
 * Oracle 3's sample that goes through JPA: random entity model pairs (Java source compiled at test
 * time), each run as oracle 2 runs its pairs, with Hibernate's SchemaValidator judging the database
 * at B. Smaller than the schema-model property ({@link RandomPairOracleTest}) because each pair
 * compiles a migration; {@code -Dautogen.oracle.entityPairs=200} runs more.
 */
class RandomEntityPairOracleTest {
    private static final String PREFIX = "oracle.random";
    private static final int PAIRS = Integer.getInteger("autogen.oracle.entityPairs", 15);
    private static EntityModels models;

    @BeforeAll
    static void compileEntities() throws Exception {
        List<String> bodies = new ArrayList<>();
        for (int seed = 0; seed < PAIRS; seed++) {
            bodies.addAll(new RandomEntities(choices(seed)).pair());
        }
        models = EntityModels.compile(PREFIX, bodies);
    }

    private static Choices choices(int seed) {
        Random random = new Random(seed);
        List<Integer> numbers = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            numbers.add(random.nextInt(1000));
        }
        return new Choices(numbers);
    }

    @DatabaseTest
    void randomEntityPairsUpgradeAndDowngrade(TestDatabase db) throws Exception {
        List<String> failures = new ArrayList<>();
        int changed = 0;
        try (ScratchDatabases scratch = new ScratchDatabases(db)) {
            for (int i = 0; i < PAIRS; i++) {
                EntitySource after = models.source(2 * i + 1);
                Schema a = EntityModelReader.read(models.source(2 * i), db.dialect());
                Schema b = EntityModelReader.read(after, db.dialect());
                if (SchemaDiff.compare(b, a, db.dialect()).isEmpty()) {
                    continue; // this database cannot tell the two models apart
                }
                changed++;
                String url = scratch.next();
                String pair = "pair " + i + ": ";
                try {
                    new MigrationRoundTrip(db.dialect(), url, scratch.migrations())
                            .run(a, b, () -> HibernateVerdict.of(after, db, url, scratch))
                            .failures().forEach(f -> failures.add(pair + f));
                } catch (Exception | AssertionError e) {
                    failures.add(pair + e);
                }
            }
        }
        assertThat(failures).isEmpty();
        assertThat(changed).as("pairs that changed something").isGreaterThan(PAIRS / 2);
    }
}
