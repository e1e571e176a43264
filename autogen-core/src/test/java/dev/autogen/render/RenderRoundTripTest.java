package dev.autogen.render;

import dev.autogen.schema.ConstraintNames;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.ops.AddConstraint;
import dev.autogen.ops.CreateTable;
import dev.autogen.ops.ExecuteSql;
import dev.autogen.ops.MigrationPlan;
import dev.autogen.ops.Op;
import dev.autogen.ops.SchemaEvolution;
import dev.autogen.runtime.RecordingOperations;
import dev.autogen.schema.ColumnType;
import dev.autogen.schema.Schema;
import dev.autogen.revision.LoadedRevision;
import dev.autogen.revision.RevisionInfo;
import dev.autogen.script.ScriptDirectory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ops → Java source → compiled class → recorded ops: what a generated file does when it runs is
 * exactly the plan it was generated from, in both directions.
 */
class RenderRoundTripTest {
    private static final Map<String, Scenario> SCENARIOS = new LinkedHashMap<>();
    private static Map<String, LoadedRevision> loaded;

    /** A plan and the schema it starts from; {@code reversible} when its downgrade can be written. */
    record Scenario(Schema start, MigrationPlan plan, boolean reversible) {
    }

    @BeforeAll
    static void renderCompileAndLoadEveryScenario(@TempDir Path folder) {
        SCENARIOS.put("a00000000001", new Scenario(Schema.EMPTY, RoundTripPlans.creating(), true));
        SCENARIOS.put("a00000000002", new Scenario(RoundTripPlans.existing(), RoundTripPlans.dropping(), true));
        SCENARIOS.put("a00000000003", new Scenario(RoundTripPlans.withSequenceTable(), RoundTripPlans.inserting(),
                false));
        SCENARIOS.put("a00000000004", new Scenario(Schema.EMPTY, RoundTripPlans.manyTables(600), true));
        SCENARIOS.put("a00000000005", new Scenario(Schema.EMPTY, RoundTripPlans.separators(), true));
        SCENARIOS.put("a00000000006", new Scenario(new Schema(List.of(RoundTripPlans.separatorTable()), List.of()),
                RoundTripPlans.separatorColumnNeedingData(), true));
        ScriptDirectory scripts = new ScriptDirectory(folder, "roundtrip");
        int second = 0;
        for (Map.Entry<String, Scenario> e : SCENARIOS.entrySet()) {
            RevisionInfo info = new RevisionInfo(e.getKey(), List.of(), "scenario\u2028" + e.getKey() + "\u2029",
                    "2026-01-01T00:00:0" + second++ + "Z", List.of());
            scripts.write(MigrationRenderer.render(info, "roundtrip", e.getValue().plan()));
        }
        loaded = scripts.load().stream().collect(Collectors.toMap(r -> r.info().id(), r -> r));
    }

    @Test
    void upgradeRecordsExactlyThePlan() {
        for (Map.Entry<String, Scenario> e : SCENARIOS.entrySet()) {
            RecordingOperations op = new RecordingOperations(e.getValue().start());
            loaded.get(e.getKey()).migration().upgrade(op);

            assertThat(normalized(op.ops())).as(e.getKey()).isEqualTo(normalized(e.getValue().plan().upgrade()));
        }
    }

    @Test
    void downgradeRecordsExactlyTheReversePlan() {
        for (Map.Entry<String, Scenario> e : SCENARIOS.entrySet()) {
            Scenario scenario = e.getValue();
            Schema upgraded = SchemaEvolution.applyAll(scenario.start(), scenario.plan().upgrade());
            RecordingOperations op = new RecordingOperations(upgraded);
            loaded.get(e.getKey()).migration().downgrade(op);

            List<Op> expected = scenario.reversible() ? scenario.plan().downgrade() : List.of();
            assertThat(normalized(op.ops())).as(e.getKey()).isEqualTo(normalized(expected));
        }
    }

    @Test
    void theMessageComesBackWithItsSeparators() {
        assertThat(loaded.get("a00000000005").info().message()).isEqualTo("scenario\u2028a00000000005\u2029");
    }

    @Test
    void everyKindOfOpTakesPartInTheRoundTrip() {
        Set<Class<?>> covered = new HashSet<>();
        for (Scenario scenario : SCENARIOS.values()) {
            scenario.plan().upgrade().forEach(op -> covered.add(op.getClass()));
            if (scenario.reversible()) {
                scenario.plan().downgrade().forEach(op -> covered.add(op.getClass()));
            }
        }

        assertThat(covered).containsExactlyInAnyOrder(Op.class.getPermittedSubclasses());
    }

    @Test
    void everyColumnTypeTakesPartInTheRoundTrip() {
        Set<Class<?>> types = new HashSet<>();
        for (Op op : RoundTripPlans.creating().upgrade()) {
            if (op instanceof CreateTable create) {
                create.table().columns().forEach(c -> types.add(c.type().getClass()));
            }
        }

        assertThat(types).containsExactlyInAnyOrder(ColumnType.class.getPermittedSubclasses());
    }

    /**
     * What a migration file cannot say: raw SQL's undo is written as its own call in the other
     * method, not carried along, and an unnamed constraint gets its generated name.
     */
    private static List<Op> normalized(List<Op> ops) {
        List<Op> result = new ArrayList<>();
        for (Op op : ops) {
            if (op instanceof ExecuteSql sql) {
                result.add(new ExecuteSql(sql.sql(), Optional.empty()));
            } else if (op instanceof AddConstraint add && add.constraint().name().isEmpty()) {
                result.add(new AddConstraint(add.table(), add.constraint().withName(
                        Optional.of(ConstraintNames.generated(add.table(), add.constraint())))));
            } else {
                result.add(op);
            }
        }
        return result;
    }
}
