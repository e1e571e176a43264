package dev.autogen.verify;

import static dev.autogen.migration.Columns.column;
import static dev.autogen.migration.Columns.primaryKey;
import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.config.TableFilter;
import dev.autogen.migration.Migration;
import dev.autogen.migration.Operations;
import dev.autogen.migration.Type;
import dev.autogen.runtime.MigrationPlanner;
import dev.autogen.schema.Column;
import dev.autogen.schema.ColumnType;
import dev.autogen.schema.PrimaryKey;
import dev.autogen.schema.Schema;
import dev.autogen.schema.Table;
import dev.autogen.revision.LoadedRevision;
import dev.autogen.revision.RevisionInfo;
import dev.autogen.testing.DatabaseTest;
import dev.autogen.testing.TestDatabase;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The verifier on migrations written in the test: the faults the CLI tests do not reach (data left
 * behind, an upgrade that differs the second time, branches), and that one faulty revision does
 * not hide the faults of the next.
 */
class VerifierTest {
    private static final TableFilter ALL = new TableFilter(List.of(), List.of(), "autogen_version");

    private static LoadedRevision revision(String id, List<String> parents, Consumer<Operations> upgrade,
            Consumer<Operations> downgrade) {
        Migration migration = new Migration() {
            @Override
            public void upgrade(Operations op) {
                upgrade.accept(op);
            }

            @Override
            public void downgrade(Operations op) {
                downgrade.accept(op);
            }
        };
        return new LoadedRevision(new RevisionInfo(id, parents, "revision " + id, "2026-01-01T00:00:00Z", List.of()),
                migration, Path.of("M_" + id + ".java"));
    }

    private static Consumer<Operations> createSettings() {
        return op -> op.createTable("settings", column("name", Type.varchar(40)).notNull(), primaryKey("name"));
    }

    private static Report verify(TestDatabase db, Optional<Supplier<Schema>> entities, LoadedRevision... revisions) {
        try (ScratchDatabase scratch = ScratchDatabaseTest.scratchFor(db)) {
            return new Verifier(new MigrationPlanner(List.of(revisions)), scratch, "autogen_version", ALL, entities).run();
        }
    }

    private static List<String> lines(Report report) {
        return report.findings().stream().map(f -> f.revision().orElse("-") + " " + f.kind() + ": " + f.message())
                .toList();
    }

    @DatabaseTest
    void rowsLeftBehindByADowngradeMakeTheSecondUpgradeFail(TestDatabase db) {
        Report report = verify(db, Optional.empty(),
                revision("a00000000001", List.of(), createSettings(), op -> op.dropTable("settings")),
                revision("a00000000002", List.of("a00000000001"),
                        op -> op.execute("INSERT INTO settings (name) VALUES ('theme')"), op -> { }));

        assertThat(report.exitCode()).isEqualTo(1);
        assertThat(lines(report)).singleElement().satisfies(line -> assertThat(line)
                .startsWith("a00000000002 reupgrade-failed: upgrade of a00000000002 fails when run again after its"
                        + " downgrade: ")
                .contains("[statement: INSERT INTO settings (name) VALUES ('theme')]"));
        assertThat(report.facts()).contains("revisions checked: 2 of 2");
    }

    @DatabaseTest
    void anUpgradeThatDiffersTheSecondTimeIsNotRepeatable(TestDatabase db) {
        AtomicInteger runs = new AtomicInteger();
        Report report = verify(db, Optional.empty(),
                revision("b00000000001", List.of(), createSettings(), op -> op.dropTable("settings")),
                revision("b00000000002", List.of("b00000000001"),
                        op -> op.addColumn("settings", column("value_" + runs.incrementAndGet(), Type.text())),
                        op -> op.dropColumn("settings", "value_" + runs.get())));

        // Recorded once for the lint and once for its checksum (before the first upgrade), then run
        // twice: the first upgrade names its column value_3, the second value_4.
        assertThat(lines(report)).contains(
                "b00000000002 upgrade-not-repeatable: upgrade of b00000000002 run again after its downgrade gives"
                        + " another schema: column settings.value_3 is missing after the second upgrade"
                        + " (the first one created it)",
                "b00000000002 upgrade-not-repeatable: upgrade of b00000000002 run again after its downgrade gives"
                        + " another schema: column settings.value_4 is there after the second upgrade"
                        + " but not after the first");
    }

    @DatabaseTest
    void aFaultyRevisionDoesNotHideTheFaultsOfTheNext(TestDatabase db) {
        Report report = verify(db, Optional.empty(),
                revision("c00000000001", List.of(), createSettings(), op -> { }),
                revision("c00000000002", List.of("c00000000001"),
                        op -> op.addColumn("settings", column("value", Type.text())), op -> { }),
                revision("c00000000003", List.of("c00000000002"), op -> { }, op -> { }));

        assertThat(lines(report)).containsExactly(
                "c00000000001 downgrade-not-undone: downgrade of c00000000001 does not undo its upgrade: table settings"
                        + " is still there after the downgrade",
                "c00000000002 downgrade-not-undone: downgrade of c00000000002 does not undo its upgrade: column"
                        + " settings.value is still there after the downgrade",
                "c00000000003 empty-revision: upgrade() of \"revision c00000000003\" makes no change");
        assertThat(report.facts()).contains("revisions checked: 3 of 3");
    }

    @DatabaseTest
    void branchesAndTheirMergeAreAllChecked(TestDatabase db) {
        Report report = verify(db, Optional.empty(),
                revision("d00000000001", List.of(), createSettings(), op -> op.dropTable("settings")),
                revision("d00000000002", List.of("d00000000001"),
                        op -> op.addColumn("settings", column("a", Type.integer())), op -> op.dropColumn("settings", "a")),
                revision("d00000000003", List.of("d00000000001"),
                        op -> op.addColumn("settings", column("b", Type.integer())), op -> { }),
                revision("d00000000004", List.of("d00000000002", "d00000000003"), op -> { }, op -> { }));

        assertThat(report.facts()).contains("revisions checked: 4 of 4");
        assertThat(lines(report)).containsExactly("d00000000003 downgrade-not-undone: downgrade of d00000000003 does"
                + " not undo its upgrade: column settings.b is still there after the downgrade");
    }

    @DatabaseTest
    void theHeadIsComparedWithTheEntitiesInPlainWords(TestDatabase db) {
        Column name = Column.builder("name", new ColumnType.Varchar(40)).nullable(false).build();
        Table settings = Table.builder("settings").column(name)
                .column(Column.builder("value", new ColumnType.Int(32)).nullable(false).build())
                .primaryKey(new PrimaryKey(Optional.empty(), List.of("name"))).build();
        Table pets = Table.builder("pets").column(Column.builder("id", new ColumnType.Int(64)).nullable(false).build())
                .build();
        Schema entities = new Schema(List.of(settings, pets), List.of());

        Report report = verify(db, Optional.of(() -> entities),
                revision("e00000000001", List.of(), op -> op.createTable("settings",
                        column("name", Type.varchar(40)).notNull(), column("value", Type.integer()), primaryKey("name")),
                        op -> op.dropTable("settings")));

        assertThat(lines(report)).containsExactlyInAnyOrder(
                "- head-differs-from-entities: the migrations never create table pets",
                "- head-differs-from-entities: column settings.value: the entities want NOT NULL");
        assertThat(report.facts()).contains("head vs entities: 2 differences");
        List<Finding> advice = new ArrayList<>(report.findings());
        assertThat(advice).allSatisfy(f -> assertThat(f.advice()).isPresent());
    }
}
