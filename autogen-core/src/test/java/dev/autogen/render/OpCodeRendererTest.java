package dev.autogen.render;

import dev.autogen.migration.Operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.autogen.ops.AddConstraint;
import dev.autogen.ops.AlterColumn;
import dev.autogen.ops.BulkInsert;
import dev.autogen.ops.CreateTable;
import dev.autogen.ops.DropConstraint;
import dev.autogen.ops.ExecuteSql;
import dev.autogen.ops.MigrationPlan;
import dev.autogen.ops.Op;
import dev.autogen.ops.RenameTable;
import dev.autogen.schema.CheckConstraint;
import dev.autogen.schema.Column;
import dev.autogen.schema.ColumnType;
import dev.autogen.schema.ForeignKey;
import dev.autogen.schema.PrimaryKey;
import dev.autogen.schema.ReferentialAction;
import dev.autogen.schema.Table;
import dev.autogen.schema.UniqueConstraint;
import dev.autogen.revision.RevisionInfo;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Single statements as they appear in a generated upgrade() body. */
class OpCodeRendererTest {
    private static final RevisionInfo REVISION = new RevisionInfo("abcdef012345", List.of(), "m",
            "2026-11-22T01:48:12Z", List.of());

    @Test
    void unnamedConstraintsGetNamesFromWhatTheyCover() {
        Table orders = Table.builder("orders")
                .column(Column.builder("id", new ColumnType.Int(64)).nullable(false).build())
                .column(Column.builder("user_id", new ColumnType.Int(64)).build())
                .column(Column.builder("status", new ColumnType.Varchar(10)).build())
                .primaryKey(PrimaryKey.of("id"))
                .uniqueConstraint(new UniqueConstraint(Optional.empty(), List.of("user_id", "status")))
                .foreignKey(new ForeignKey(Optional.empty(), List.of("user_id"), "users", List.of("id"),
                        ReferentialAction.NO_ACTION))
                .check(new CheckConstraint(Optional.empty(), "status in ('NEW','PAID')"))
                .build();

        assertThat(upgradeBody(new CreateTable(orders))).isEqualTo("""
                op.createTable("orders",
                        column("id", Type.bigint()).notNull(),
                        column("user_id", Type.bigint()),
                        column("status", Type.varchar(10)),
                        primaryKey("id"),
                        unique("uq_orders_user_id_status", "user_id", "status"),
                        foreignKey("fk_orders_user_id_users", List.of("user_id"), "users", List.of("id")),
                        check("ck_orders_status", "status in ('NEW','PAID')"));
                """);
    }

    @Test
    void constraintsAddedAndDroppedOnTheirOwn() {
        ForeignKey fk = new ForeignKey(Optional.of("fk_a_b"), List.of("b_id", "b_no"), "b", List.of("id", "no"),
                ReferentialAction.SET_DEFAULT);

        assertThat(upgradeBody(
                new AddConstraint("a", new PrimaryKey(Optional.empty(), List.of("x", "y"))),
                new AddConstraint("a", fk),
                new AddConstraint("a", new CheckConstraint(Optional.empty(), "length(code) = 3 AND qty > 0")),
                new DropConstraint("a", UniqueConstraint.of("uq_a_code", "code")),
                new DropConstraint("a", new PrimaryKey(Optional.empty(), List.of("x", "y"))))).isEqualTo("""
                op.createPrimaryKey("pk_a", "a", "x", "y");
                op.createForeignKey("fk_a_b", "a", List.of("b_id", "b_no"), "b", List.of("id", "no"),
                        ReferentialAction.SET_DEFAULT);
                op.createCheckConstraint("ck_a_code", "a", "length(code) = 3 AND qty > 0");
                op.dropConstraint("uq_a_code", "a");
                op.dropConstraint("pk_a", "a");
                """);
    }

    /** An identity change also states the type: SQLite stores an identity key as INTEGER, whatever it was. */
    @Test
    void alterListsOnlyWhatChanged() {
        Column before = Column.builder("code", new ColumnType.Varchar(3)).nullable(false).defaultValue("'x'")
                .comment("old").identity(true).build();

        assertThat(upgradeBody(
                new AlterColumn("t", before, before.toBuilder().defaultValue(Optional.empty()).build()),
                new AlterColumn("t", before, before.toBuilder().comment(Optional.empty()).identity(false).build()),
                new AlterColumn("t", before, before.toBuilder().type(new ColumnType.Native("citext")).build())))
                .isEqualTo("""
                op.alterColumn("t", "code", dropServerDefault());
                op.alterColumn("t", "code", type(Type.varchar(3)), dropComment(), identity(false));
                op.alterColumn("t", "code", type(Type.of("citext")));
                """);
    }

    @Test
    void stringsAreEscapedAsJavaLiterals() {
        assertThat(upgradeBody(new RenameTable("we\"ird", "back\\slash"),
                new ExecuteSql("SELECT 'é'\t", Optional.empty())))
                .isEqualTo("""
                op.renameTable("we\\"ird", "back\\\\slash");
                op.execute("SELECT 'é'\\t");
                """);
    }

    @Test
    void bulkInsertPutsOneRowPerLine() {
        assertThat(upgradeBody(new BulkInsert("seq", List.of(Map.of("name", "a"), Map.of("name", "b")))))
                .isEqualTo("""
                op.bulkInsert("seq", List.of(
                        Map.of("name", "a"),
                        Map.of("name", "b")));
                """);
    }

    @Test
    void bulkInsertRefusesValuesItCannotWrite() {
        Map<String, Object> row = new HashMap<>();
        row.put("name", null);

        assertThatThrownBy(() -> upgradeBody(new BulkInsert("seq", List.of(row))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cannot render a null value for column name in a bulk insert");
        assertThatThrownBy(() -> upgradeBody(new BulkInsert("seq", List.of(Map.of("x", new Object())))))
                .hasMessage("cannot render a value of type java.lang.Object for column x in a bulk insert");
    }

    @Test
    void classNamesStartWithTheUtcTimestamp() {
        assertThat(MigrationClassNames.of(revision("added age column", "2026-11-22T01:48:12Z")))
                .isEqualTo("M20261122014812_AddedAgeColumn");
        assertThat(MigrationClassNames.of(revision("", "2026-11-22T01:48:12Z"))).isEqualTo("M20261122014812");
        assertThat(MigrationClassNames.of(revision("  -- add users.e-mail (v2)! ", "2026-11-22T03:48:12+02:00")))
                .isEqualTo("M20261122014812_AddUsersEMailV2");
        assertThat(MigrationClassNames.of(revision("drop ÄLTERE tabelle", "2026-11-22T01:48:12Z")))
                .isEqualTo("M20261122014812_DropÄLTERETabelle");
    }

    @Test
    void sameInputGivesSameBytes() {
        MigrationPlan plan = RoundTripPlans.creating();

        RenderedMigration first = MigrationRenderer.render(REVISION, "p", plan);

        assertThat(MigrationRenderer.render(REVISION, "p", plan)).isEqualTo(first);
    }

    @Test
    void javadocTextCannotEndTheCommentOrBreakCompilation() {
        assertThat(JavadocText.escape("a */ b \\u12 c\n@since now"))
                .isEqualTo("a *&#47; b &#92;u12 c\n&#64;since now");
    }

    private static RevisionInfo revision(String message, String created) {
        return new RevisionInfo("abcdef012345", List.of(), message, created, List.of());
    }

    /** The statements of upgrade(), without the method's own indentation. */
    private static String upgradeBody(Op... ops) {
        String source = MigrationRenderer.render(REVISION, "p", new MigrationPlan(List.of(ops))).source();
        String start = "public void upgrade(Operations op) {\n";
        String body = source.substring(source.indexOf(start) + start.length(), source.indexOf("    }\n"));
        return body.lines().map(line -> line.substring(8)).reduce("", (a, b) -> a + b + "\n");
    }
}
