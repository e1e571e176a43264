package dev.autogen.runtime;

import static dev.autogen.migration.Alter.nullable;
import static dev.autogen.migration.Alter.serverDefault;
import static dev.autogen.migration.Alter.type;
import static dev.autogen.migration.Columns.column;
import static dev.autogen.migration.Columns.primaryKey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.autogen.AutogenException;
import dev.autogen.migration.Type;
import dev.autogen.ops.AlterColumn;
import dev.autogen.ops.CreateTable;
import dev.autogen.ops.DropColumn;
import dev.autogen.ops.DropConstraint;
import dev.autogen.ops.DropIndex;
import dev.autogen.ops.DropSequence;
import dev.autogen.ops.DropTable;
import dev.autogen.ops.RenameColumn;
import dev.autogen.schema.CheckConstraint;
import dev.autogen.schema.Column;
import dev.autogen.schema.ColumnType;
import dev.autogen.schema.ForeignKey;
import dev.autogen.schema.Index;
import dev.autogen.schema.PrimaryKey;
import dev.autogen.schema.ReferentialAction;
import dev.autogen.schema.Schema;
import dev.autogen.schema.Sequence;
import dev.autogen.schema.Table;
import dev.autogen.schema.UniqueConstraint;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RecordingOperationsTest {
    private static final Column ID = Column.builder("id", new ColumnType.Int(64)).nullable(false).build();
    private static final Column AGE = Column.builder("age", new ColumnType.Int(16)).defaultValue("0")
            .comment("years").build();
    private static final CheckConstraint UNNAMED_CHECK = new CheckConstraint(Optional.empty(), "age >= 0");
    private static final Table USERS = Table.builder("users")
            .column(ID)
            .column(AGE)
            .primaryKey(PrimaryKey.of("id"))
            .uniqueConstraint(UniqueConstraint.of("uq_users_age", "age"))
            .check(UNNAMED_CHECK)
            .index(new Index("ix_users_age", List.of("age"), false))
            .build();
    private static final Sequence SEQ = new Sequence("seq_users", 1, 50);
    private static final Schema START = new Schema(List.of(USERS), List.of(SEQ));

    @Test
    void dropsCarryTheWholeDefinitionFromTheSchema() {
        RecordingOperations op = new RecordingOperations(START);

        op.dropIndex("ix_users_age", "users");
        op.dropConstraint("uq_users_age", "users");
        op.dropColumn("users", "age");
        op.dropSequence("seq_users");
        op.dropTable("users");

        assertThat(op.ops()).containsExactly(
                new DropIndex("users", new Index("ix_users_age", List.of("age"), false)),
                new DropConstraint("users", UniqueConstraint.of("uq_users_age", "age")),
                new DropColumn("users", AGE),
                new DropSequence(SEQ),
                new DropTable(USERS.toBuilder().indexes(List.of()).uniqueConstraints(List.of())
                        .columns(List.of(ID)).checks(List.of(UNNAMED_CHECK)).build()));
        assertThat(op.state()).isEqualTo(Schema.EMPTY);
    }

    @Test
    void alterColumnRecordsTheColumnBeforeAndAfterItsChanges() {
        RecordingOperations op = new RecordingOperations(START);

        op.alterColumn("users", "age", type(Type.integer()), nullable(false), serverDefault("18"));

        assertThat(op.ops()).containsExactly(new AlterColumn("users", AGE, Column.builder("age", new ColumnType.Int(32))
                .nullable(false).defaultValue("18").comment("years").build()));
        assertThat(op.state().table("users").orElseThrow().column("age").orElseThrow().defaultValue()).contains("18");
    }

    @Test
    void laterCallsSeeEarlierOnes() {
        RecordingOperations op = new RecordingOperations(Schema.EMPTY);

        op.createTable("t", column("a", Type.text()).notNull(), primaryKey("a"));
        op.renameColumn("t", "a", "b");
        op.dropColumn("t", "b");

        assertThat(op.ops()).containsExactly(
                new CreateTable(Table.builder("t").column(Column.builder("a", new ColumnType.Text()).nullable(false)
                        .build()).primaryKey(PrimaryKey.of("a")).build()),
                new RenameColumn("t", "a", "b"),
                new DropColumn("t", Column.builder("b", new ColumnType.Text()).nullable(false).build()));
    }

    @Test
    void anUnnamedConstraintAnswersToItsGeneratedName() {
        RecordingOperations op = new RecordingOperations(START);

        op.dropConstraint("ck_users_age", "users");
        op.dropConstraint("pk_users", "users");

        assertThat(op.ops()).containsExactly(new DropConstraint("users", UNNAMED_CHECK),
                new DropConstraint("users", PrimaryKey.of("id")));
    }

    @Test
    void foreignKeysDefaultToNoAction() {
        RecordingOperations op = new RecordingOperations(START);

        op.createForeignKey("fk_self", "users", List.of("age"), "users", List.of("id"));

        assertThat(op.state().table("users").orElseThrow().foreignKeys()).containsExactly(new ForeignKey(
                Optional.of("fk_self"), List.of("age"), "users", List.of("id"), ReferentialAction.NO_ACTION));
    }

    @Test
    void callsNamingWhatDoesNotExistSayWhichCallFailed() {
        RecordingOperations op = new RecordingOperations(START);

        assertFails(() -> op.dropColumn("users", "height"),
                "dropColumn(users, height): column users.height does not exist at this revision");
        assertFails(() -> op.dropTable("people"), "dropTable(people): table people does not exist at this revision");
        assertFails(() -> op.alterColumn("people", "age", nullable(true)),
                "alterColumn(people, age): table people does not exist at this revision");
        assertFails(() -> op.dropIndex("uq_users_age", "users"), "dropIndex(uq_users_age, users): table users has no"
                + " index uq_users_age at this revision; it is a constraint, so use dropConstraint");
        assertFails(() -> op.dropConstraint("ix_users_age", "users"), "dropConstraint(ix_users_age, users): table"
                + " users has no constraint ix_users_age at this revision; it is an index, so use dropIndex");
        assertFails(() -> op.dropSequence("seq_x"),
                "dropSequence(seq_x): sequence seq_x does not exist at this revision");
        assertFails(() -> op.createUniqueConstraint("uq", "users", "email"),
                "createUniqueConstraint(uq, users): column users.email does not exist at this revision");
        assertFails(() -> op.createIndex("ix", "users", "email"),
                "createIndex(ix, users): column users.email does not exist at this revision");
        assertFails(() -> op.createTable("users", column("id", Type.bigint())),
                "createTable(users): cannot create table users: it already exists");
        assertFails(() -> op.renameColumn("users", "age", "id"),
                "renameColumn(users, age, id): cannot rename column users.age to id: it already exists");
        assertFails(() -> op.createSequence("seq_users", 1, 1),
                "createSequence(seq_users): sequence seq_users already exists at this revision");
        assertFails(() -> op.createPrimaryKey("pk2", "users", "age"),
                "createPrimaryKey(pk2, users): cannot add a primary key to users: it already has one");
        assertFails(() -> op.createSequence("seq_zero", 1, 0),
                "createSequence(seq_zero): sequence increment is 0: seq_zero");
        assertFails(() -> op.createIndex("ix_none", "users"),
                "createIndex(ix_none, users): index ix_none has no columns");
        assertThat(op.ops()).isEmpty();
        assertThat(op.state()).isEqualTo(START);
    }

    private static void assertFails(Runnable call, String message) {
        assertThatThrownBy(call::run).isInstanceOf(AutogenException.class).hasMessage(message);
    }
}
