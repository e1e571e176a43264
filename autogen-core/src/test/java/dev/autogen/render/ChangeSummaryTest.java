package dev.autogen.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.dialect.postgresql.PostgresDialect;
import dev.autogen.dialect.sqlite.SqliteDialect;
import dev.autogen.ops.AddColumn;
import dev.autogen.ops.AlterColumn;
import dev.autogen.ops.AlterSequence;
import dev.autogen.ops.CreateIndex;
import dev.autogen.ops.CreateTable;
import dev.autogen.ops.DropColumn;
import dev.autogen.ops.DropSequence;
import dev.autogen.ops.DropTable;
import dev.autogen.ops.MigrationPlan;
import dev.autogen.ops.Op;
import dev.autogen.schema.Column;
import dev.autogen.schema.ColumnType;
import dev.autogen.schema.Index;
import dev.autogen.schema.Sequence;
import dev.autogen.schema.Table;
import dev.autogen.verify.Finding;
import dev.autogen.verify.Lint;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the reviewer is told: data loss with its reason, changes that need the data to allow them, likely renames. */
class ChangeSummaryTest {
    private static final Column NICKNAME = Column.builder("nickname", new ColumnType.Varchar(50)).build();
    private static final Table USERS = Table.builder("users")
            .column(Column.builder("id", new ColumnType.Int(64)).nullable(false).build()).column(NICKNAME).build();

    /** The summary with each wrapped entry joined back into one line. */
    private static String summary(Op... ops) {
        return summary(Lint.portable(), ops);
    }

    private static String summary(Lint lint, Op... ops) {
        return ChangeSummary.of("", new MigrationPlan(List.of(ops)), lint).replaceAll("\n  (?=\\S)", " ");
    }

    @Test
    void droppedTablesColumnsAndSequencesLoseData() {
        assertThat(summary(new DropTable(USERS), new DropColumn("posts", NICKNAME),
                new DropSequence(new Sequence("users_seq", 1, 50)))).contains(
                "- DATA LOSS: dropped table users (the table and all its rows are deleted; make sure nothing"
                        + " reads users any more and keep a backup: the downgrade creates it again, empty)",
                "- DATA LOSS: dropped column posts.nickname (the column and all its values are deleted;",
                "- DATA LOSS: dropped sequence users_seq (its current value is lost: created again, it hands out ids"
                        + " from 1 again;");
    }

    @Test
    void aNarrowedTypeLosesDataAndAWiderOneDoesNot() {
        Column shorter = NICKNAME.toBuilder().type(new ColumnType.Varchar(20)).build();
        Column longer = NICKNAME.toBuilder().type(new ColumnType.Text()).build();

        assertThat(summary(new AlterColumn("users", NICKNAME, shorter)))
                .contains("- DATA LOSS: altered column users.nickname: type varchar(50) -> varchar(20)");
        assertThat(summary(new AlterColumn("users", NICKNAME, longer)))
                .contains("- altered column users.nickname: type varchar(50) -> text").doesNotContain("DATA LOSS");
    }

    @Test
    void aNotNullColumnWithoutDefaultNeedsTheRowsFilled() {
        Column required = Column.builder("email", new ColumnType.Varchar(100)).nullable(false).build();

        assertThat(summary(new AddColumn("users", required)))
                .contains("- NEEDS DATA: added column users.email (fails if users has rows; give the column a server"
                        + " default");
        assertThat(summary(new AlterColumn("users", NICKNAME, NICKNAME.toBuilder().nullable(false).build())))
                .contains("- NEEDS DATA: altered column users.nickname: now NOT NULL (fails if a row holds NULL in it;");
        assertThat(summary(new AddColumn("users", required.toBuilder().defaultValue("''").build())))
                .doesNotContain("NEEDS DATA");
    }

    @Test
    void theConfiguredDatabasesLocksAreFlaggedWithTheWordsVerifyReports() {
        Column shorter = NICKNAME.toBuilder().type(new ColumnType.Varchar(20)).build();
        AlterColumn narrow = new AlterColumn("users", NICKNAME, shorter);
        CreateIndex index = new CreateIndex("users", new Index("ix_users_nickname", List.of("nickname"), false));

        String postgres = summary(Lint.of(new PostgresDialect()), narrow, index);
        Finding rewrite = Lint.of(new PostgresDialect()).findings(List.of(narrow)).get(1);
        assertThat(rewrite.kind()).isEqualTo("table-rewrite");
        assertThat(postgres).contains("- DATA LOSS: altered column users.nickname: type varchar(50) -> varchar(20)",
                "REWRITES TABLE: " + rewrite.message().substring(narrow.describe().length() + 2) + "; "
                        + rewrite.advice().orElseThrow(),
                "- BLOCKS WRITES: added index ix_users_nickname on users(nickname) (CREATE INDEX without"
                        + " CONCURRENTLY blocks every write to users until the index is built;");

        String sqlite = summary(Lint.of(new SqliteDialect()), narrow, index);
        // SQLite enforces no varchar length: the shorter type keeps every value, so it is no data loss there.
        assertThat(sqlite).contains("- altered column users.nickname: type varchar(50) -> varchar(20)")
                .contains("- added index ix_users_nickname on users(nickname)")
                .doesNotContain("DATA LOSS", "REWRITES TABLE", "BLOCKS WRITES");
    }

    @Test
    void aSequenceAlteredInPlaceKeepsItsValue() {
        assertThat(summary(new AlterSequence(new Sequence("s", 1, 50), new Sequence("s", 1, 10))))
                .contains("- altered sequence s: increment 50 -> 10").doesNotContain("DATA LOSS");
    }

    @Test
    void aDroppedAndAddedColumnOfOneTypeIsALikelyRename() {
        Column renamed = NICKNAME.withName("display_name");

        assertThat(summary(new DropColumn("users", NICKNAME), new AddColumn("users", renamed)))
                .contains("Likely rename: column users.nickname was dropped and users.display_name added",
                        "    op.renameColumn(\"users\", \"nickname\", \"display_name\");",
                        "    op.renameColumn(\"users\", \"display_name\", \"nickname\");",
                        "or delete this file and run `autogen revision --rename users.nickname=display_name`.");
        assertThat(summary(new DropColumn("users", NICKNAME),
                new AddColumn("users", renamed.toBuilder().type(new ColumnType.Int(32)).build())))
                .doesNotContain("Likely rename");
    }

    @Test
    void aDroppedAndCreatedTableWithTheSameColumnsIsALikelyRename() {
        Table people = Table.builder("people").columns(USERS.columns()).build();

        assertThat(summary(new DropTable(USERS), new CreateTable(people)))
                .contains("Likely rename: table users was dropped and people created with the same columns.",
                        "    op.renameTable(\"users\", \"people\");",
                        "or delete this file and run `autogen revision --rename users=people`.");
    }
}
