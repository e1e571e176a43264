package dev.autogen.runtime;

import static dev.autogen.runtime.LambdaRevisions.revision;

import static dev.autogen.migration.Columns.column;
import static dev.autogen.migration.Columns.primaryKey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.autogen.migration.Type;
import dev.autogen.revision.LoadedRevision;
import dev.autogen.schema.Column;
import dev.autogen.schema.ColumnType;
import dev.autogen.schema.ImplicitBehavior;
import dev.autogen.schema.PrimaryKey;
import dev.autogen.schema.Schema;
import dev.autogen.schema.Table;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The history as a model, without a database: what it starts from when it drops or changes what
 * it never created (from its downgrades, or from a database at its head), what it creates being
 * never taken for pre-existing, and an empty first revision.
 */
class HistoryModelTest {
    private static final Table STRAY = Table.builder("stray")
            .column(Column.builder("id", new ColumnType.Int(64)).nullable(false).build())
            .column(Column.builder("note", new ColumnType.Varchar(20)).build())
            .primaryKey(PrimaryKey.of("id")).build();
    private static final Table LEGACY = Table.builder("legacy")
            .column(Column.builder("id", new ColumnType.Int(32)).nullable(false).build())
            .primaryKey(PrimaryKey.of("id")).build();

    /** Creates users and drops stray, which no revision created: as `revision` writes it on case 1. */
    private static LoadedRevision createUsersDropStray() {
        return revision("aaaaaaaaaaaa", List.of(), op -> {
            op.createTable("users", column("id", Type.bigint()).notNull(), primaryKey("id"));
            op.dropTable("stray");
        }, op -> {
            op.createTable("stray", column("id", Type.bigint()).notNull(), column("note", Type.varchar(20)),
                    primaryKey("id"));
            op.dropTable("users");
        });
    }

    private static HistoryModel history(LoadedRevision... revisions) {
        return new HistoryModel(new MigrationPlanner(List.of(revisions)), ImplicitBehavior.NONE);
    }

    @Test
    void aHistoryThatCreatesWhatItUsesStartsFromNothing() {
        HistoryModel history = history(revision("aaaaaaaaaaaa", List.of(),
                op -> op.createTable("users", column("id", Type.bigint()).notNull(), primaryKey("id")),
                op -> op.dropTable("users")));

        assertThat(history.createsAllItUses(List.of("aaaaaaaaaaaa"))).isTrue();
        assertThat(history.startFromHistory(List.of("aaaaaaaaaaaa"))).isEqualTo(Schema.EMPTY);
        assertThat(history.emptyRoots()).isEmpty();
    }

    @Test
    void aDroppedTableThatNoRevisionCreatedIsDefinedByTheDowngrade() {
        HistoryModel history = history(createUsersDropStray());
        List<String> heads = List.of("aaaaaaaaaaaa");

        assertThat(history.createsAllItUses(heads)).isFalse();
        Schema start = history.startFromHistory(heads);
        assertThat(start).isEqualTo(new Schema(List.of(STRAY), List.of()));
        SchemaReplay replay = history.replay(heads, start);
        assertThat(replay.schema().tables()).extracting(Table::name).containsExactly("users");
        assertThatThrownBy(() -> history.replay(heads, Schema.EMPTY)).isInstanceOf(MigrationFailedException.class)
                .hasMessageContaining("dropTable(stray)");
    }

    @Test
    void aDatabaseAtHeadKeepsWhatNoRevisionNamesAndLosesWhatTheHistoryCreated() {
        HistoryModel history = history(createUsersDropStray());
        List<String> heads = List.of("aaaaaaaaaaaa");
        Schema users = history.replay(heads, history.startFromHistory(heads)).schema();
        Schema database = new Schema(List.of(users.table("users").orElseThrow(), LEGACY), List.of());

        Schema start = history.startFromDatabase(heads, database);

        assertThat(start.tables()).extracting(Table::name).containsExactly("legacy", "stray");
        assertThat(history.replay(heads, start).schema()).isEqualTo(database);
    }

    @Test
    void aDowngradeThatForgetsWhatItsUpgradeCreatedCannotMakeItPreExisting() {
        LoadedRevision first = revision("aaaaaaaaaaaa", List.of(),
                op -> op.addColumn("legacy", column("age", Type.integer())), op -> { });
        HistoryModel history = history(first);
        Table withAge = LEGACY.toBuilder().column(Column.builder("age", new ColumnType.Int(32)).build()).build();

        Schema start = history.startFromDatabase(List.of("aaaaaaaaaaaa"), new Schema(List.of(withAge), List.of()));

        assertThat(start).isEqualTo(new Schema(List.of(LEGACY), List.of()));
        assertThat(history.replay(List.of("aaaaaaaaaaaa"), start).schema().table("legacy")).contains(withAge);
        // Without a database the table's other columns are unknown: the replay says which call it cannot follow.
        assertThatThrownBy(() -> history.replay(List.of("aaaaaaaaaaaa"),
                history.startFromHistory(List.of("aaaaaaaaaaaa"))))
                .hasMessageContaining("addColumn(legacy, age)");
    }

    @Test
    void anEmptyFirstRevisionIsAnAdoptingRoot() {
        List<String> calls = new ArrayList<>();
        HistoryModel history = history(
                revision("aaaaaaaaaaaa", List.of(), op -> calls.add("upgrade"), op -> { }),
                revision("bbbbbbbbbbbb", List.of("aaaaaaaaaaaa"),
                        op -> op.addColumn("legacy", column("age", Type.integer())),
                        op -> op.dropColumn("legacy", "age")));

        assertThat(history.emptyRoots()).containsExactly("aaaaaaaaaaaa");
        Table withAge = LEGACY.toBuilder().column(Column.builder("age", new ColumnType.Int(32)).build()).build();
        Schema database = new Schema(List.of(withAge), List.of());
        List<String> heads = List.of("bbbbbbbbbbbb");
        assertThat(history.replay(heads, history.startFromDatabase(heads, database)).schema()).isEqualTo(database);
        assertThat(calls).isNotEmpty();
    }
}
