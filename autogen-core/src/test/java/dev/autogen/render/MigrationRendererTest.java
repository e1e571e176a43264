package dev.autogen.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.ops.AddColumn;
import dev.autogen.ops.AlterColumn;
import dev.autogen.ops.CreateIndex;
import dev.autogen.ops.CreateTable;
import dev.autogen.ops.DropColumn;
import dev.autogen.ops.MigrationPlan;
import dev.autogen.schema.CheckConstraint;
import dev.autogen.schema.Column;
import dev.autogen.schema.ColumnType;
import dev.autogen.schema.ForeignKey;
import dev.autogen.schema.Index;
import dev.autogen.schema.PrimaryKey;
import dev.autogen.schema.ReferentialAction;
import dev.autogen.schema.Table;
import dev.autogen.schema.UniqueConstraint;
import dev.autogen.revision.RevisionInfo;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Whole generated files, written out by hand as the expected text. */
class MigrationRendererTest {
    private static final String PACKAGE = "com.example.migrations";

    @Test
    void createsTablesWithEveryKindOfElement() {
        RevisionInfo revision = new RevisionInfo("1975ea83b712", List.of(), "create users", "2026-11-22T01:48:12Z",
                List.of());
        Table users = Table.builder("users")
                .column(Column.builder("id", new ColumnType.Int(64)).nullable(false).identity(true).build())
                .column(Column.builder("email", new ColumnType.Varchar(255)).nullable(false).build())
                .column(Column.builder("name", new ColumnType.Varchar(100)).defaultValue("'anon'")
                        .comment("Display name").build())
                .primaryKey(PrimaryKey.of("id"))
                .uniqueConstraint(UniqueConstraint.of("uq_users_email", "email"))
                .check(new CheckConstraint(Optional.of("ck_users_email"), "email <> ''"))
                .index(new Index("ix_users_name", List.of("name"), false))
                .comment(Optional.of("People who sign in"))
                .build();
        Table posts = Table.builder("posts")
                .column(Column.builder("id", new ColumnType.Int(64)).nullable(false).identity(true).build())
                .column(Column.builder("user_id", new ColumnType.Int(64)).nullable(false).build())
                .column(Column.builder("body", new ColumnType.Text()).build())
                .primaryKey(PrimaryKey.of("id"))
                .foreignKey(new ForeignKey(Optional.empty(), List.of("user_id"), "users", List.of("id"),
                        ReferentialAction.CASCADE))
                .build();
        MigrationPlan plan = new MigrationPlan(List.of(new CreateTable(users), new CreateTable(posts),
                new CreateIndex("posts", new Index("ix_posts_user_id", List.of("user_id"), false))));

        RenderedMigration rendered = MigrationRenderer.render(revision, PACKAGE, plan);

        assertThat(rendered.className()).isEqualTo("M20261122014812_CreateUsers");
        assertThat(rendered.source()).isEqualTo("""
                package com.example.migrations;

                import static dev.autogen.migration.Columns.check;
                import static dev.autogen.migration.Columns.column;
                import static dev.autogen.migration.Columns.comment;
                import static dev.autogen.migration.Columns.foreignKey;
                import static dev.autogen.migration.Columns.index;
                import static dev.autogen.migration.Columns.primaryKey;
                import static dev.autogen.migration.Columns.unique;

                import dev.autogen.migration.Migration;
                import dev.autogen.migration.Operations;
                import dev.autogen.migration.Revision;
                import dev.autogen.migration.Type;
                import dev.autogen.schema.ReferentialAction;
                import java.util.List;

                /**
                 * create users
                 *
                 * Changes:
                 * - added table users
                 * - added table posts
                 * - added index ix_posts_user_id on posts(user_id)
                 */
                @Revision(
                        id = "1975ea83b712",
                        message = "create users",
                        created = "2026-11-22T01:48:12Z"
                )
                public final class M20261122014812_CreateUsers implements Migration {
                    @Override
                    public void upgrade(Operations op) {
                        op.createTable("users",
                                column("id", Type.bigint()).notNull().identity(),
                                column("email", Type.varchar(255)).notNull(),
                                column("name", Type.varchar(100)).serverDefault("'anon'").comment("Display name"),
                                primaryKey("id"),
                                unique("uq_users_email", "email"),
                                check("ck_users_email", "email <> ''"),
                                index("ix_users_name", "name"),
                                comment("People who sign in"));
                        op.createTable("posts",
                                column("id", Type.bigint()).notNull().identity(),
                                column("user_id", Type.bigint()).notNull(),
                                column("body", Type.text()),
                                primaryKey("id"),
                                foreignKey("fk_posts_user_id_users", List.of("user_id"), "users", List.of("id"),
                                        ReferentialAction.CASCADE));
                        op.createIndex("ix_posts_user_id", "posts", "user_id");
                    }

                    @Override
                    public void downgrade(Operations op) {
                        op.dropIndex("ix_posts_user_id", "posts");
                        op.dropTable("posts");
                        op.dropTable("users");
                    }
                }
                """);
    }

    @Test
    void flagsDataLossAndPointsOutALikelyRename() {
        RevisionInfo revision = new RevisionInfo("e9cbb68b0547", List.of("1975ea83b712"), "rename nickname",
                "2026-11-23T09:05:00Z", List.of());
        Column age = Column.builder("age", new ColumnType.Int(32)).build();
        Column bio = Column.builder("bio", new ColumnType.Varchar(200)).build();
        MigrationPlan plan = new MigrationPlan(List.of(
                new DropColumn("users", Column.builder("nickname", new ColumnType.Varchar(50)).build()),
                new AddColumn("users", Column.builder("display_name", new ColumnType.Varchar(50)).build()),
                new AlterColumn("users", age, age.toBuilder().nullable(false).defaultValue("0").build()),
                new AlterColumn("users", bio, bio.toBuilder().type(new ColumnType.Varchar(100))
                        .comment("Short bio").build())));

        RenderedMigration rendered = MigrationRenderer.render(revision, PACKAGE, plan);

        assertThat(rendered.className()).isEqualTo("M20261123090500_RenameNickname");
        assertThat(rendered.source()).isEqualTo("""
                package com.example.migrations;

                import static dev.autogen.migration.Alter.comment;
                import static dev.autogen.migration.Alter.dropComment;
                import static dev.autogen.migration.Alter.dropServerDefault;
                import static dev.autogen.migration.Alter.nullable;
                import static dev.autogen.migration.Alter.serverDefault;
                import static dev.autogen.migration.Alter.type;
                import static dev.autogen.migration.Columns.column;

                import dev.autogen.migration.Migration;
                import dev.autogen.migration.Operations;
                import dev.autogen.migration.Revision;
                import dev.autogen.migration.Type;

                /**
                 * rename nickname
                 *
                 * Changes:
                 * - DATA LOSS: dropped column users.nickname (the column and all its values are deleted; make sure
                 *   nothing reads it any more and keep a backup: the downgrade adds it back, empty; if it was
                 *   renamed, use renameColumn instead)
                 * - added column users.display_name
                 * - NEEDS DATA: altered column users.age: now NOT NULL, default none -> 0 (fails if a row holds
                 *   NULL in it; fill those rows first, with an UPDATE in this revision before the change)
                 * - DATA LOSS: altered column users.bio: type varchar(200) -> varchar(100), comment changed
                 *   (values that do not fit varchar(100) are truncated or rejected; check that every stored value
                 *   of users.bio fits varchar(100) first, or keep the wider type)
                 *
                 * Likely rename: column users.nickname was dropped and users.display_name added with the same
                 * type. If it is a rename, this migration loses the data; to keep it, replace the dropColumn and
                 * addColumn calls in upgrade() with
                 *     op.renameColumn("users", "nickname", "display_name");
                 * and those in downgrade() with
                 *     op.renameColumn("users", "display_name", "nickname");
                 * or delete this file and run `autogen revision --rename users.nickname=display_name`.
                 */
                @Revision(
                        id = "e9cbb68b0547",
                        parents = {"1975ea83b712"},
                        message = "rename nickname",
                        created = "2026-11-23T09:05:00Z"
                )
                public final class M20261123090500_RenameNickname implements Migration {
                    @Override
                    public void upgrade(Operations op) {
                        op.dropColumn("users", "nickname");
                        op.addColumn("users", column("display_name", Type.varchar(50)));
                        op.alterColumn("users", "age", nullable(false), serverDefault("0"));
                        op.alterColumn("users", "bio", type(Type.varchar(100)), comment("Short bio"));
                    }

                    @Override
                    public void downgrade(Operations op) {
                        op.alterColumn("users", "bio", type(Type.varchar(200)), dropComment());
                        op.alterColumn("users", "age", nullable(true), dropServerDefault());
                        op.dropColumn("users", "display_name");
                        op.addColumn("users", column("nickname", Type.varchar(50)));
                    }
                }
                """);
    }

    /** A NOT NULL column added to an existing table: the fill-in placeholder comes right before its call, once. */
    @Test
    void aNotNullColumnThatNeedsDataGetsAFillInPlaceholder() {
        RevisionInfo revision = new RevisionInfo("e9cbb68b0547", List.of("1975ea83b712"), "add codes",
                "2026-11-23T09:05:00Z", List.of());
        MigrationPlan plan = new MigrationPlan(List.of(
                new AddColumn("orders", Column.builder("code", new ColumnType.Varchar(24)).nullable(false).build()),
                new AddColumn("orders", Column.builder("memo", new ColumnType.Varchar(24)).build())));

        String source = MigrationRenderer.render(revision, PACKAGE, plan).source();

        assertThat(source).contains("""
                        // NEEDS DATA: orders.code is NOT NULL without a server default: the addColumn below fails if orders has rows.
                        // To fill the rows in this revision, add the column nullable (drop .notNull() below), fill it, then:
                        //   op.execute("UPDATE orders SET code = ? WHERE code IS NULL", /* value */ ...);
                        // or compute the values in Java, on this revision's connection and transaction:
                        //   op.run(connection -> {
                """).contains("""
                        //   op.alterColumn("orders", "code", Alter.nullable(false));
                        // See docs/data-migrations.md; the downgrade needs no change (dropping the column drops the values).
                        op.addColumn("orders", column("code", Type.varchar(24)).notNull());
                        op.addColumn("orders", column("memo", Type.varchar(24)));
                """);
        assertThat(source.split("NEEDS DATA: orders", -1)).as("one placeholder, for code only").hasSize(2);
    }

    /** An index built concurrently says so, and makes its revision non-transactional, which it needs. */
    @Test
    void anIndexBuiltConcurrentlyMarksTheRevisionNonTransactional() {
        RevisionInfo revision = new RevisionInfo("e9cbb68b0547", List.of("1975ea83b712"), "index codes",
                "2026-11-23T09:05:00Z", List.of());
        MigrationPlan plan = new MigrationPlan(List.of(new CreateIndex("orders",
                new Index("ix_orders_code", List.of("code"), false), true)));

        String source = MigrationRenderer.render(revision, PACKAGE, plan).source();

        assertThat(source).contains("""
                        created = "2026-11-23T09:05:00Z",
                        transactional = false
                )""").contains("op.createIndex(\"ix_orders_code\", \"orders\", \"code\").concurrently();")
                .contains("op.dropIndex(\"ix_orders_code\", \"orders\").concurrently();");
    }

    @Test
    void anEmptyPlanLeavesTodosForTheAuthor() {
        RevisionInfo revision = new RevisionInfo("0a1b2c3d4e5f", List.of("1975ea83b712"),
                "merge heads", "2026-11-24T12:00:00Z", List.of("billing"));

        RenderedMigration rendered = MigrationRenderer.render(revision, PACKAGE, new MigrationPlan(List.of()));

        assertThat(rendered.className()).isEqualTo("M20261124120000_MergeHeads");
        assertThat(rendered.source()).isEqualTo("""
                package com.example.migrations;

                import dev.autogen.migration.Migration;
                import dev.autogen.migration.Operations;
                import dev.autogen.migration.Revision;

                /**
                 * merge heads
                 *
                 * This revision is empty: write its changes in upgrade() and their exact reverse in downgrade().
                 */
                @Revision(
                        id = "0a1b2c3d4e5f",
                        parents = {"1975ea83b712"},
                        message = "merge heads",
                        created = "2026-11-24T12:00:00Z",
                        branchLabels = {"billing"}
                )
                public final class M20261124120000_MergeHeads implements Migration {
                    @Override
                    public void upgrade(Operations op) {
                        // TODO: write this revision's changes, e.g. op.addColumn(...) or op.createIndex(...).
                    }

                    @Override
                    public void downgrade(Operations op) {
                        // TODO: undo exactly what upgrade() does, in reverse order.
                    }
                }
                """);
    }

    @Test
    void aMergeHasSeveralParentsAndChangesNothing() {
        RevisionInfo revision = new RevisionInfo("0a1b2c3d4e5f", List.of("1975ea83b712", "e9cbb68b0547"),
                "join billing", "2026-11-24T12:00:00Z", List.of());

        RenderedMigration rendered = MigrationRenderer.render(revision, PACKAGE, new MigrationPlan(List.of()));

        assertThat(rendered.source()).contains("""
                /**
                 * join billing
                 *
                 * Merges 1975ea83b712, e9cbb68b0547 into one branch; it changes nothing.
                 */
                @Revision(
                        id = "0a1b2c3d4e5f",
                        parents = {"1975ea83b712", "e9cbb68b0547"},
                """).contains("""
                    public void upgrade(Operations op) {
                        // A merge changes nothing.
                    }
                """).contains("""
                    public void downgrade(Operations op) {
                        // A merge changes nothing.
                    }
                """);
    }
}
