package dev.autogen.diff;

import static dev.autogen.diff.Fixtures.BIGINT;
import static dev.autogen.diff.Fixtures.fk;
import static dev.autogen.diff.Fixtures.index;
import static dev.autogen.diff.Fixtures.notNull;
import static dev.autogen.diff.Fixtures.nullable;
import static dev.autogen.diff.Fixtures.table;
import static dev.autogen.diff.Fixtures.unique;
import static dev.autogen.diff.Fixtures.varchar;
import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.ops.AddColumn;
import dev.autogen.ops.AddConstraint;
import dev.autogen.ops.AlterColumn;
import dev.autogen.ops.CreateIndex;
import dev.autogen.ops.CreateSequence;
import dev.autogen.ops.CreateTable;
import dev.autogen.ops.DropColumn;
import dev.autogen.ops.DropConstraint;
import dev.autogen.ops.DropIndex;
import dev.autogen.ops.DropSequence;
import dev.autogen.ops.DropTable;
import dev.autogen.ops.ExecuteSql;
import dev.autogen.ops.Op;
import dev.autogen.schema.ForeignKey;
import dev.autogen.schema.Sequence;
import dev.autogen.schema.Table;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** One test per ordering rule; each input is given in an order the rule has to correct. */
class OpOrderingTest {
    static final Op DROP_FK = new DropConstraint("books", fk("fk_books_author", "author_id", "authors", "id"));
    static final Op DROP_UNIQUE = new DropConstraint("authors", unique("uk_email", "email"));
    static final Op DROP_INDEX = new DropIndex("books", index("ix_title", "title"));
    static final Op TO_NULLABLE = new AlterColumn("books", notNull("title", varchar(10)), nullable("title", varchar(10)));
    static final Op DROP_COLUMN = new DropColumn("books", nullable("legacy", varchar(10)));
    static final Op DROP_TABLE = new DropTable(table("old").build());
    static final Op DROP_SEQUENCE = new DropSequence(new Sequence("old_seq", 1, 1));
    static final Op CREATE_SEQUENCE = new CreateSequence(new Sequence("new_seq", 1, 50));
    static final Op CREATE_TABLE = new CreateTable(table("fresh").build());
    static final Op ADD_COLUMN = new AddColumn("books", nullable("pages", BIGINT));
    static final Op TYPE_ALTER = new AlterColumn("books", nullable("isbn", varchar(10)), nullable("isbn", varchar(13)));
    static final Op TO_NOT_NULL = new AlterColumn("books", nullable("pages", BIGINT), notNull("pages", BIGINT));
    static final Op ADD_UNIQUE = new AddConstraint("authors", unique("uk_name", "name"));
    static final Op CREATE_INDEX = new CreateIndex("books", index("ix_pages", "pages"));
    static final Op ADD_FK = new AddConstraint("books", fk("fk_books_editor", "editor_id", "authors", "id"));

    static List<Op> order(Op... ops) {
        return OpOrdering.order(List.of(ops));
    }

    @Test
    void dropsForeignKeysBeforeIndexesAndOtherConstraints() {
        assertThat(order(DROP_INDEX, DROP_UNIQUE, DROP_FK)).containsExactly(DROP_FK, DROP_INDEX, DROP_UNIQUE);
    }

    @Test
    void dropsConstraintsBeforeRelaxingNotNull() {
        assertThat(order(TO_NULLABLE, DROP_UNIQUE)).containsExactly(DROP_UNIQUE, TO_NULLABLE);
    }

    @Test
    void relaxesNotNullBeforeDroppingColumns() {
        assertThat(order(DROP_COLUMN, TO_NULLABLE)).containsExactly(TO_NULLABLE, DROP_COLUMN);
    }

    @Test
    void dropsColumnsBeforeTables() {
        assertThat(order(DROP_TABLE, DROP_COLUMN)).containsExactly(DROP_COLUMN, DROP_TABLE);
    }

    @Test
    void dropsReferencingTablesBeforeReferencedOnes() {
        Table a = table("a").build();
        Table b = table("b", nullable("a_id", BIGINT)).foreignKey(fk("fk_b_a", "a_id", "a", "id")).build();
        Table c = table("c", nullable("b_id", BIGINT)).foreignKey(fk("fk_c_b", "b_id", "b", "id")).build();

        assertThat(order(new DropTable(a), new DropTable(b), new DropTable(c)))
                .containsExactly(new DropTable(c), new DropTable(b), new DropTable(a));
    }

    @Test
    void dropsTablesAndSequencesBeforeCreatingSequences() {
        assertThat(order(CREATE_SEQUENCE, DROP_SEQUENCE, DROP_TABLE))
                .containsExactly(DROP_TABLE, DROP_SEQUENCE, CREATE_SEQUENCE);
    }

    @Test
    void createsSequencesBeforeTables() {
        assertThat(order(CREATE_TABLE, CREATE_SEQUENCE)).containsExactly(CREATE_SEQUENCE, CREATE_TABLE);
    }

    @Test
    void createsReferencedTablesBeforeReferencingOnes() {
        Table a = table("a", nullable("parent_id", BIGINT)).foreignKey(fk("fk_a_a", "parent_id", "a", "id")).build();
        Table b = table("b", nullable("a_id", BIGINT)).foreignKey(fk("fk_b_a", "a_id", "a", "id")).build();
        Table c = table("c", nullable("b_id", BIGINT)).foreignKey(fk("fk_c_b", "b_id", "b", "id")).build();

        assertThat(order(new CreateTable(c), new CreateTable(b), new CreateTable(a)))
                .containsExactly(new CreateTable(a), new CreateTable(b), new CreateTable(c));
    }

    @Test
    void foreignKeyCycleAmongNewTablesIsClosedAfterTheTablesExist() {
        ForeignKey aToB = fk("fk_a_b", "b_id", "b", "id");
        ForeignKey bToA = fk("fk_b_a", "a_id", "a", "id");
        Table a = table("a", nullable("b_id", BIGINT)).foreignKey(aToB).build();
        Table b = table("b", nullable("a_id", BIGINT)).foreignKey(bToA).build();

        List<Op> ordered = order(new CreateTable(b), new CreateTable(a));

        assertThat(ordered).containsExactly(
                new CreateTable(b.toBuilder().foreignKeys(List.of()).build()),
                new CreateTable(a),
                new AddConstraint("b", bToA));
    }

    @Test
    void foreignKeyCycleAmongDroppedTablesIsOpenedBeforeTheTablesGo() {
        ForeignKey aToB = fk("fk_a_b", "b_id", "b", "id");
        ForeignKey bToA = fk("fk_b_a", "a_id", "a", "id");
        Table a = table("a", nullable("b_id", BIGINT)).foreignKey(aToB).build();
        Table b = table("b", nullable("a_id", BIGINT)).foreignKey(bToA).build();

        List<Op> ordered = order(new DropTable(a), new DropTable(b));

        assertThat(ordered).containsExactly(
                new DropConstraint("b", bToA),
                new DropTable(a),
                new DropTable(b.toBuilder().foreignKeys(List.of()).build()));
    }

    @Test
    void newTablesForeignKeyToAKeyAddedInThisMigrationWaitsForIt() {
        ForeignKey byEmail = fk("fk_orders_email", "email", "authors", "email");
        Table orders = table("orders", nullable("email", varchar(200))).foreignKey(byEmail).build();
        Op addKey = new AddConstraint("authors", unique("uk_email", "email"));

        assertThat(order(new CreateTable(orders), addKey)).containsExactly(
                new CreateTable(orders.toBuilder().foreignKeys(List.of()).build()),
                addKey,
                new AddConstraint("orders", byEmail));
    }

    @Test
    void droppedTablesForeignKeyToAKeyDroppedInThisMigrationGoesFirst() {
        ForeignKey byEmail = fk("fk_orders_email", "email", "authors", "email");
        Table orders = table("orders", nullable("email", varchar(200))).foreignKey(byEmail).build();

        assertThat(order(new DropTable(orders), DROP_UNIQUE)).containsExactly(
                new DropConstraint("orders", byEmail),
                DROP_UNIQUE,
                new DropTable(orders.toBuilder().foreignKeys(List.of()).build()));
    }

    @Test
    void createsTablesBeforeAddingColumns() {
        assertThat(order(ADD_COLUMN, CREATE_TABLE)).containsExactly(CREATE_TABLE, ADD_COLUMN);
    }

    @Test
    void addsColumnsBeforeOtherAltersIncludingNotNull() {
        assertThat(order(TO_NOT_NULL, TYPE_ALTER, ADD_COLUMN)).containsExactly(ADD_COLUMN, TO_NOT_NULL, TYPE_ALTER);
    }

    @Test
    void altersBeforeAddingConstraintsAndIndexes() {
        assertThat(order(CREATE_INDEX, ADD_UNIQUE, TO_NOT_NULL)).containsExactly(TO_NOT_NULL, CREATE_INDEX, ADD_UNIQUE);
    }

    @Test
    void addsForeignKeysLast() {
        assertThat(order(ADD_FK, CREATE_INDEX, ADD_UNIQUE)).containsExactly(CREATE_INDEX, ADD_UNIQUE, ADD_FK);
    }

    @Test
    void rawSqlRunsAfterTheSchemaChanges() {
        Op sql = new ExecuteSql("update books set pages = 0", Optional.empty());

        assertThat(order(sql, ADD_FK)).containsExactly(ADD_FK, sql);
    }

    @Test
    void keepsTheGivenOrderWithinAPhase() {
        Op first = new AddColumn("b", nullable("z", BIGINT));
        Op second = new AddColumn("a", nullable("y", BIGINT));
        Op third = new AddColumn("b", nullable("x", BIGINT));

        assertThat(order(first, second, third)).containsExactly(first, second, third);
    }

    @Test
    void anyShuffleOfOneOpPerPhaseComesOutInPhaseOrder() {
        List<Op> phaseOrder = List.of(DROP_FK, DROP_UNIQUE, TO_NULLABLE, DROP_COLUMN, DROP_TABLE, DROP_SEQUENCE,
                CREATE_SEQUENCE, CREATE_TABLE, ADD_COLUMN, TYPE_ALTER, ADD_UNIQUE, ADD_FK);
        Random random = new Random(42);
        for (int round = 0; round < 20; round++) {
            List<Op> shuffled = new ArrayList<>(phaseOrder);
            Collections.shuffle(shuffled, random);

            assertThat(OpOrdering.order(shuffled)).containsExactlyElementsOf(phaseOrder);
        }
    }
}
