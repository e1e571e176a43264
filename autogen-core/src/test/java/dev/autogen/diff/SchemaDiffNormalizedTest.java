package dev.autogen.diff;

import static dev.autogen.diff.Fixtures.check;
import static dev.autogen.diff.Fixtures.notNull;
import static dev.autogen.diff.Fixtures.schema;
import static dev.autogen.diff.Fixtures.table;
import static dev.autogen.diff.Fixtures.varchar;
import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.ops.AddColumn;
import dev.autogen.ops.AddConstraint;
import dev.autogen.ops.AlterColumn;
import dev.autogen.ops.DropConstraint;
import dev.autogen.schema.Column;
import dev.autogen.schema.ColumnType;
import dev.autogen.schema.Schema;
import org.junit.jupiter.api.Test;

/**
 * The diff compares the dialect's normal form but emits real values: what the database rewrote is
 * no change, and an op never carries a normalized spelling.
 */
class SchemaDiffNormalizedTest {
    static final ColumnType INT4 = new ColumnType.Native("int4");

    /** As PostgreSQL reflects it: rewritten default, synonym type, rewritten check. */
    static Column reflectedStatus() {
        return Column.builder("status", varchar(20)).nullable(false)
                .defaultValue("'draft'::character varying").build();
    }

    static Schema reflected() {
        return schema(table("books", reflectedStatus(), notNull("pages", INT4))
                .check(check("books_status_check", "(status)::text = 'draft'::text")).build());
    }

    static Schema entities() {
        return schema(table("books",
                Column.builder("status", varchar(20)).nullable(false).defaultValue("'draft'").build(),
                notNull("pages", new ColumnType.Int(32)))
                .check(check(null, "(status) = 'draft'")).build());
    }

    @Test
    void rewrittenDefaultsSynonymTypesAndRewrittenChecksAreNoChange() {
        assertThat(SchemaDiff.compare(entities(), reflected(), TestDialect.folding())).isEmpty();
    }

    @Test
    void theIdentityDialectSeesThemAsChangesSoTheFoldingIsWhatHides() {
        assertThat(SchemaDiff.compare(entities(), reflected(), TestDialect.identity())).isNotEmpty();
    }

    @Test
    void alterKeepsTheReflectedValuesOfAspectsThatDidNotChange() {
        Schema target = Fixtures.change(entities(), "books",
                b -> Fixtures.changeColumn(b, "status", c -> c.type(varchar(40))));

        AlterColumn expected = new AlterColumn("books", reflectedStatus(),
                reflectedStatus().toBuilder().type(varchar(40)).build());
        assertThat(SchemaDiff.compare(target, reflected(), TestDialect.folding())).containsExactly(expected);
    }

    @Test
    void alterOfNullabilityKeepsTheReflectedSynonymType() {
        Schema target = Fixtures.change(entities(), "books",
                b -> Fixtures.changeColumn(b, "pages", c -> c.nullable(true)));

        assertThat(SchemaDiff.compare(target, reflected(), TestDialect.folding())).containsExactly(
                new AlterColumn("books", notNull("pages", INT4), Fixtures.nullable("pages", INT4)));
    }

    @Test
    void changedDefaultTakesTheTargetsRealSpelling() {
        Schema target = Fixtures.change(entities(), "books",
                b -> Fixtures.changeColumn(b, "status", c -> c.defaultValue("'new'::character varying")));

        assertThat(SchemaDiff.compare(target, reflected(), TestDialect.folding())).containsExactly(
                new AlterColumn("books", reflectedStatus(),
                        reflectedStatus().toBuilder().defaultValue("'new'::character varying").build()));
    }

    @Test
    void replacedCheckDropsTheReflectedTextAndAddsTheTargetText() {
        Schema target = Fixtures.change(entities(), "books",
                b -> b.checks(java.util.List.of(check("ck_status", "(status) in ('draft', 'done')"))));

        assertThat(SchemaDiff.compare(target, reflected(), TestDialect.folding())).containsExactly(
                new DropConstraint("books", check("books_status_check", "(status)::text = 'draft'::text")),
                new AddConstraint("books", check("ck_status", "(status) in ('draft', 'done')")));
    }

    @Test
    void addedColumnCarriesTheTargetSpellingNotTheNormalOne() {
        Column added = Column.builder("code", INT4).defaultValue("'x'::character varying").build();
        Schema target = Fixtures.change(reflected(), "books", b -> b.column(added));

        assertThat(SchemaDiff.compare(target, reflected(), TestDialect.folding()))
                .containsExactly(new AddColumn("books", added));
    }

    @Test
    void aNormalizeThatDropsElementsIsRejectedRatherThanMisread() {
        TestDialect losesChecks = TestDialect.normalizingWith(t -> t.toBuilder().checks(java.util.List.of()).build());

        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> SchemaDiff.compare(entities(), reflected(), losesChecks))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("check constraints from 1 to 0");
    }
}
