package dev.autogen.verify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.migration.Migration;
import dev.autogen.migration.Operations;
import dev.autogen.revision.LoadedRevision;
import dev.autogen.revision.RevisionInfo;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class GraphCheckTest {
    private static final Migration NOTHING = new Migration() {
        @Override
        public void upgrade(Operations op) {
        }

        @Override
        public void downgrade(Operations op) {
        }
    };

    private static LoadedRevision revision(String id, String... parents) {
        return revision(id, List.of(), parents);
    }

    private static LoadedRevision revision(String id, List<String> labels, String... parents) {
        return new LoadedRevision(new RevisionInfo(id, Arrays.asList(parents), "revision " + id, "2026-01-01T00:00:00Z",
                labels), NOTHING, Path.of("migrations", "M_" + id + ".java"));
    }

    @Test
    void oneLineOfHistoryIsClean() {
        assertThat(GraphCheck.findings(List.of(revision("aaaaaaaaaaa1"), revision("bbbbbbbbbbb2", "aaaaaaaaaaa1"))))
                .isEmpty();
        assertThat(GraphCheck.findings(List.of())).isEmpty();
    }

    @Test
    void everyDuplicateAndDanglingParentIsReportedAtOnce() {
        List<Finding> findings = GraphCheck.findings(List.of(revision("aaaaaaaaaaa1"), revision("aaaaaaaaaaa1"),
                revision("bbbbbbbbbbb2", "ccccccccccc3"), revision("ddddddddddd4", "eeeeeeeeeee5")));

        assertThat(findings).extracting(Finding::kind)
                .containsExactly("duplicate-id", "dangling-parent", "dangling-parent");
        assertThat(findings).allMatch(Finding::isError);
        assertThat(findings.get(0).message()).isEqualTo("revision id aaaaaaaaaaa1 is used by M_aaaaaaaaaaa1.java and"
                + " M_aaaaaaaaaaa1.java");
        assertThat(findings.get(1).revision()).hasValue("bbbbbbbbbbb2");
        assertThat(findings.get(1).message()).contains("ccccccccccc3");
        assertThat(findings.get(2).revision()).hasValue("ddddddddddd4");
    }

    @Test
    void aCycleIsOneFinding() {
        List<Finding> findings = GraphCheck.findings(List.of(revision("aaaaaaaaaaa1", "bbbbbbbbbbb2"),
                revision("bbbbbbbbbbb2", "aaaaaaaaaaa1")));

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo("cycle");
            assertThat(f.message()).contains("aaaaaaaaaaa1", "bbbbbbbbbbb2");
        });
    }

    @Test
    void twoHeadsNeedAMergeUnlessEachIsItsOwnLabeledBranch() {
        LoadedRevision base = revision("aaaaaaaaaaa1");
        List<Finding> forked = GraphCheck.findings(List.of(base, revision("bbbbbbbbbbb2", "aaaaaaaaaaa1"),
                revision("ccccccccccc3", "aaaaaaaaaaa1")));
        assertThat(forked).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo("several-heads");
            assertThat(f.message()).contains("2 heads", "bbbbbbbbbbb2", "ccccccccccc3");
            assertThat(f.advice()).hasValueSatisfying(a -> assertThat(a).contains("autogen merge"));
        });

        List<Finding> labeled = GraphCheck.findings(List.of(base,
                revision("bbbbbbbbbbb2", List.of("billing"), "aaaaaaaaaaa1"),
                revision("ccccccccccc3", List.of("shipping"), "aaaaaaaaaaa1")));
        assertThat(labeled).isEmpty();

        // A label both heads sit under is one branch that forked, not two branches.
        List<Finding> forkUnderOneLabel = GraphCheck.findings(List.of(revision("aaaaaaaaaaa1", List.of("billing")),
                revision("bbbbbbbbbbb2", "aaaaaaaaaaa1"), revision("ccccccccccc3", "aaaaaaaaaaa1")));
        assertThat(forkUnderOneLabel).extracting(Finding::kind).containsExactly("several-heads");
    }
}
