package dev.autogen.verify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.dialect.Dialect;
import dev.autogen.dialect.postgresql.PostgresDialect;
import dev.autogen.dialect.sqlite.SqliteDialect;
import dev.autogen.ops.AddColumn;
import dev.autogen.ops.AddConstraint;
import dev.autogen.ops.AlterColumn;
import dev.autogen.ops.CreateIndex;
import dev.autogen.ops.CreateTable;
import dev.autogen.ops.DropColumn;
import dev.autogen.ops.DropSequence;
import dev.autogen.ops.DropTable;
import dev.autogen.ops.Op;
import dev.autogen.ops.RenameTable;
import dev.autogen.schema.CheckConstraint;
import dev.autogen.schema.Column;
import dev.autogen.schema.ColumnType;
import dev.autogen.schema.ForeignKey;
import dev.autogen.schema.Index;
import dev.autogen.schema.ReferentialAction;
import dev.autogen.schema.Sequence;
import dev.autogen.schema.Table;
import dev.autogen.schema.UniqueConstraint;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The lint on a revision's changes, without a database: ops in, the kinds of its findings out.
 * The portable rules say the same on both databases; the lock rules speak for PostgreSQL only.
 */
class LintTest {
    private static final Column ID = Column.builder("id", new ColumnType.Int(64)).nullable(false).build();
    private static final Column NICKNAME = Column.builder("nickname", new ColumnType.Varchar(50)).build();
    private static final Column PRICE = Column.builder("price", new ColumnType.Numeric(10, 2)).build();
    private static final Table USERS = Table.builder("users").column(ID).column(NICKNAME).build();
    private static final Table PETS = Table.builder("pets").column(ID).column(NICKNAME).build();

    static Stream<Dialect> dialects() {
        return Stream.of(new SqliteDialect(), new PostgresDialect());
    }

    private static List<String> kinds(Dialect dialect, Op... upgrade) {
        return Lint.of(dialect).findings(List.of(upgrade)).stream().map(Finding::kind).toList();
    }

    private static List<String> notes(Dialect dialect, Op... upgrade) {
        return Lint.of(dialect).check(List.of(upgrade)).stream().flatMap(linted -> linted.notes().stream())
                .filter(note -> note.kind().equals(DataLossRule.KIND)).map(note -> note.explanation()).toList();
    }

    private static AlterColumn retype(Column column, ColumnType to) {
        return new AlterColumn("users", column, column.toBuilder().type(to).build());
    }

    @ParameterizedTest
    @MethodSource("dialects")
    void droppingATableAColumnOrASequenceLosesData(Dialect dialect) {
        assertThat(kinds(dialect, new DropTable(USERS))).containsExactly("data-loss");
        assertThat(kinds(dialect, new DropColumn("users", NICKNAME))).containsExactly("data-loss");
        assertThat(kinds(dialect, new DropSequence(new Sequence("users_seq", 1, 50)))).containsExactly("data-loss");

        Finding finding = Lint.of(dialect).findings(List.of(new DropColumn("users", NICKNAME))).get(0);
        assertThat(finding.severity()).isEqualTo(Severity.WARNING);
        assertThat(finding.message()).isEqualTo("dropped column users.nickname: the column and all its values are deleted");
        assertThat(finding.advice()).hasValueSatisfying(a -> assertThat(a).contains("renameColumn"));
    }

    @Test
    void onPostgresqlANarrowedTypeLosesDataAndAWiderOneDoesNot() {
        Dialect dialect = new PostgresDialect();
        assertThat(kinds(dialect, retype(NICKNAME, new ColumnType.Varchar(20)))).contains("data-loss");
        assertThat(kinds(dialect, retype(PRICE, new ColumnType.Numeric(8, 2)))).contains("data-loss");
        assertThat(kinds(dialect, retype(PRICE, new ColumnType.Numeric(10, 1)))).contains("data-loss");
        assertThat(kinds(dialect, retype(PRICE, new ColumnType.Int(64)))).contains("data-loss");
        assertThat(kinds(dialect, retype(ID, new ColumnType.Int(32)))).contains("data-loss");

        assertThat(kinds(dialect, retype(NICKNAME, new ColumnType.Varchar(80)))).doesNotContain("data-loss");
        assertThat(kinds(dialect, retype(NICKNAME, new ColumnType.Text()))).doesNotContain("data-loss");
        assertThat(kinds(dialect, retype(PRICE, new ColumnType.Numeric(12, 2)))).doesNotContain("data-loss");
        assertThat(notes(dialect, retype(NICKNAME, new ColumnType.Varchar(20)))).containsExactly("a stored value that"
                + " varchar(20) cannot keep unchanged fails the step, rolled back (autogen counts them before"
                + " converting: nothing is truncated or rounded)");
    }

    /** Raw spellings (Type.of, columnDefinition) are read as PostgreSQL reads them: these widen. */
    @Test
    void onPostgresqlRawSpellingsOfAWiderTypeAreNoDataLoss() {
        Dialect dialect = new PostgresDialect();
        Column int4 = Column.builder("n", new ColumnType.Native("int4")).build();
        Column varchar30 = Column.builder("n", new ColumnType.Native("varchar(30)")).build();
        Column numeric = Column.builder("n", new ColumnType.Native("numeric(10,2)")).build();

        assertThat(kinds(dialect, retype(int4, new ColumnType.Native("int8")))).doesNotContain("data-loss");
        assertThat(kinds(dialect, retype(varchar30, new ColumnType.Native("varchar(40)")))).doesNotContain("data-loss");
        assertThat(kinds(dialect, retype(varchar30, new ColumnType.Native("character varying(40)"))))
                .doesNotContain("data-loss");
        assertThat(kinds(dialect, retype(numeric, new ColumnType.Native("decimal(12,2)")))).doesNotContain("data-loss");
        assertThat(kinds(dialect, retype(int4, new ColumnType.Native("int2")))).contains("data-loss");
        assertThat(kinds(dialect, retype(varchar30, new ColumnType.Native("varchar(20)")))).contains("data-loss");
        // Without a database the raw spellings cannot be read: any change of them is flagged.
        assertThat(Lint.portable().findings(List.of(retype(int4, new ColumnType.Native("int8")))))
                .extracting(Finding::kind).contains("data-loss");
    }

    /** SQLite enforces no length, precision or scale; only text becoming a number is stored differently. */
    @Test
    void onSqliteOnlyTextTurnedNumericChangesValues() {
        Dialect dialect = new SqliteDialect();
        assertThat(kinds(dialect, retype(NICKNAME, new ColumnType.Varchar(20)))).doesNotContain("data-loss");
        assertThat(kinds(dialect, retype(PRICE, new ColumnType.Numeric(8, 1)))).doesNotContain("data-loss");
        assertThat(kinds(dialect, retype(ID, new ColumnType.Int(16)))).doesNotContain("data-loss");
        assertThat(kinds(dialect, retype(PRICE, new ColumnType.Int(64)))).doesNotContain("data-loss");

        assertThat(notes(dialect, retype(NICKNAME, new ColumnType.Int(32)))).containsExactly("SQLite stores text"
                + " that reads as a number as that number once the column has INTEGER affinity ('007' becomes 7)");
    }

    @ParameterizedTest
    @MethodSource("dialects")
    void aNotNullColumnWithoutDefaultFailsOnAnExistingTableWithRows(Dialect dialect) {
        Column email = Column.builder("email", new ColumnType.Varchar(100)).nullable(false).build();

        assertThat(kinds(dialect, new AddColumn("users", email))).containsExactly("not-null-without-default");
        assertThat(kinds(dialect, new AddColumn("users", email.toBuilder().defaultValue("''").build()))).isEmpty();
        assertThat(kinds(dialect, new AddColumn("users", email.toBuilder().nullable(true).build()))).isEmpty();
        // A table the same revision created has no rows yet.
        assertThat(kinds(dialect, new CreateTable(PETS), new AddColumn("pets", email))).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("dialects")
    void anExistingColumnMadeNotNullFailsOnANullRow(Dialect dialect) {
        AlterColumn notNull = new AlterColumn("users", NICKNAME, NICKNAME.toBuilder().nullable(false).build());

        assertThat(kinds(dialect, notNull)).contains("not-null-on-existing-column");
        assertThat(kinds(dialect, notNull.reverse())).isEmpty();
        assertThat(kinds(dialect, new CreateTable(USERS), notNull)).isEmpty();
    }

    @Test
    void onPostgresqlATypeChangeRewritesTheTableUnlessOnlyTheCatalogChanges() {
        Dialect postgres = new PostgresDialect();

        assertThat(kinds(postgres, retype(ID, new ColumnType.Varchar(30)))).contains("table-rewrite");
        assertThat(kinds(postgres, retype(NICKNAME, new ColumnType.Int(32)))).contains("table-rewrite");
        assertThat(kinds(postgres, retype(NICKNAME, new ColumnType.Varchar(20)))).contains("table-rewrite");
        assertThat(kinds(postgres, retype(PRICE, new ColumnType.Numeric(12, 3)))).contains("table-rewrite");

        assertThat(kinds(postgres, retype(NICKNAME, new ColumnType.Varchar(80)))).isEmpty();
        assertThat(kinds(postgres, retype(NICKNAME, new ColumnType.Text()))).isEmpty();
        assertThat(kinds(postgres, retype(PRICE, new ColumnType.Numeric(12, 2)))).isEmpty();
        assertThat(kinds(postgres, retype(PRICE, new ColumnType.Numeric(0, 0)))).isEmpty();
    }

    @Test
    void onPostgresqlAnIndexOrKeyBuiltOnAnExistingTableBlocksWrites() {
        Dialect postgres = new PostgresDialect();
        CreateIndex index = new CreateIndex("users", new Index("ix_users_nickname", List.of("nickname"), false));

        assertThat(kinds(postgres, index)).containsExactly("blocking-index");
        assertThat(kinds(postgres, new AddConstraint("users", UniqueConstraint.of("uq_users_nickname", "nickname"))))
                .containsExactly("blocking-index");
        assertThat(kinds(postgres, new CreateTable(PETS),
                new CreateIndex("pets", new Index("ix_pets_nickname", List.of("nickname"), false)))).isEmpty();
    }

    @Test
    void onPostgresqlSetNotNullScansTheTableUnderALock() {
        AlterColumn notNull = new AlterColumn("users", NICKNAME, NICKNAME.toBuilder().nullable(false).build());

        assertThat(kinds(new PostgresDialect(), notNull))
                .containsExactly("not-null-on-existing-column", "not-null-scan");
    }

    @Test
    void onPostgresqlAForeignKeyOrCheckWithoutNotValidScansTheTable() {
        Dialect postgres = new PostgresDialect();
        AddConstraint key = new AddConstraint("pets", new ForeignKey(Optional.of("fk_pets_owner"), List.of("id"),
                "users", List.of("id"), ReferentialAction.NO_ACTION));
        AddConstraint check = new AddConstraint("users", new CheckConstraint(Optional.of("ck_nick"), "nickname <> ''"));

        assertThat(kinds(postgres, key)).containsExactly("constraint-scan");
        assertThat(Lint.of(postgres).findings(List.of(key)).get(0).advice())
                .hasValueSatisfying(a -> assertThat(a).contains("NOT VALID", "VALIDATE CONSTRAINT"));
        assertThat(kinds(postgres, check)).containsExactly("constraint-scan");
        assertThat(kinds(postgres, new CreateTable(PETS), key)).isEmpty();
    }

    @Test
    void aTableRenamedInTheRevisionKeepsBeingNewOrExisting() {
        Dialect postgres = new PostgresDialect();
        CreateIndex onPeople = new CreateIndex("people", new Index("ix_people_nickname", List.of("nickname"), false));

        assertThat(kinds(postgres, new CreateTable(PETS), new RenameTable("pets", "people"), onPeople)).isEmpty();
        assertThat(kinds(postgres, new RenameTable("users", "people"), onPeople)).containsExactly("blocking-index");
    }

    @Test
    void sqliteTakesNoLockWorthFlagging() {
        Dialect sqlite = new SqliteDialect();

        assertThat(kinds(sqlite, retype(ID, new ColumnType.Varchar(30)),
                new CreateIndex("users", new Index("ix_users_nickname", List.of("nickname"), false)),
                new AddConstraint("users", new CheckConstraint(Optional.of("ck_nick"), "nickname <> ''"))))
                .doesNotContain("table-rewrite", "blocking-index", "not-null-scan", "constraint-scan");
    }

    @Test
    void thePortableLintHasNoLockRules() {
        CreateIndex index = new CreateIndex("users", new Index("ix_users_nickname", List.of("nickname"), false));

        assertThat(Lint.portable().findings(List.of(index))).isEmpty();
        assertThat(Lint.portable().findings(List.of(new DropTable(USERS)))).extracting(Finding::kind)
                .containsExactly("data-loss");
    }
}
