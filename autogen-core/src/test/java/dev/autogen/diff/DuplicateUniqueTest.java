package dev.autogen.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.dialect.Dialect;
import dev.autogen.dialect.sqlite.SqliteDialect;
import dev.autogen.ops.AddConstraint;
import dev.autogen.ops.DropConstraint;
import dev.autogen.ops.MigrationPlan;
import dev.autogen.ops.SchemaEvolution;
import dev.autogen.schema.Column;
import dev.autogen.schema.ColumnType;
import dev.autogen.schema.PrimaryKey;
import dev.autogen.schema.Schema;
import dev.autogen.schema.Table;
import dev.autogen.schema.UniqueConstraint;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Two unique constraints on the same columns are one key: a CREATE TABLE keeps only the first on
 * both databases, so the model's second one must never show as missing, nor a database's second as extra.
 */
class DuplicateUniqueTest {
    private static final UniqueConstraint UNNAMED = new UniqueConstraint(Optional.empty(), List.of("email"));
    private static final UniqueConstraint NAMED = UniqueConstraint.of("uk_users_email", "email");

    private static Schema users(UniqueConstraint... uniques) {
        return new Schema(List.of(Table.builder("users")
                .column(Column.builder("email", new ColumnType.Varchar(100)).build())
                .uniqueConstraints(List.of(uniques)).build()), List.of());
    }

    @Test
    void aDuplicateInTheModelIsNotMissingFromTheDatabase() {
        assertThat(SchemaDiff.compare(users(UNNAMED, NAMED), users(UNNAMED), TestDialect.identity())).isEmpty();
    }

    @Test
    void aDuplicateInTheDatabaseIsNotExtra() {
        assertThat(SchemaDiff.compare(users(NAMED), users(UNNAMED, NAMED), TestDialect.identity())).isEmpty();
    }

    @Test
    void aMissingKeyIsAddedOnceAndByItsName() {
        assertThat(SchemaDiff.compare(users(UNNAMED, NAMED), users(), TestDialect.identity()))
                .containsExactly(new AddConstraint("users", NAMED));
    }

    /**
     * The random-pair oracle's shape (seed 20261122): a keyless table gains a primary key on a
     * column a unique constraint also covers. SQLite's rebuild folds that unique into the key, so
     * adding it was no change, and the downgrade's drop of it found nothing to drop.
     */
    @Test
    void aUniqueOnThePrimaryKeyIsNotAddedAndTheDowngradeRuns() {
        Dialect sqlite = new SqliteDialect();
        PrimaryKey key = new PrimaryKey(Optional.empty(), List.of("email"));
        Schema a = users();
        Schema b = new Schema(List.of(users(UNNAMED).tables().get(0).toBuilder().primaryKey(key).build()), List.of());
        Schema atA = SchemaEvolution.applyAll(Schema.EMPTY, SchemaDiff.compare(a, Schema.EMPTY, sqlite),
                sqlite.implicitBehavior());
        MigrationPlan plan = new MigrationPlan(SchemaDiff.compare(b, atA, sqlite));

        assertThat(plan.upgrade()).containsExactly(new AddConstraint("users", key));
        Schema atB = SchemaEvolution.applyAll(atA, plan.upgrade(), sqlite.implicitBehavior());
        assertThat(SchemaDiff.compare(b, atB, sqlite)).isEmpty();
        Schema back = SchemaEvolution.applyAll(atB, plan.downgrade(), sqlite.implicitBehavior());
        assertThat(SchemaDiff.compare(a, back, sqlite)).isEmpty();
    }

    /**
     * Issue 10's gap (UniqueBecomesPrimaryKeyTest on a database): a unique column becomes the
     * primary key and B keeps the unique too. The unique goes before the key comes, so that the
     * downgrade, dropping the key, gives the unique back; SQLite's rebuild had folded it away.
     */
    @Test
    void aUniqueTheNewKeyCoversIsDroppedFirstAndComesBackInTheDowngrade() {
        Dialect sqlite = new SqliteDialect();
        PrimaryKey key = new PrimaryKey(Optional.empty(), List.of("email"));
        Schema a = users(NAMED);
        Schema b = new Schema(List.of(users(NAMED).tables().get(0).toBuilder().primaryKey(key).build()), List.of());
        Schema atA = SchemaEvolution.applyAll(Schema.EMPTY, SchemaDiff.compare(a, Schema.EMPTY, sqlite),
                sqlite.implicitBehavior());
        MigrationPlan plan = new MigrationPlan(SchemaDiff.compare(b, atA, sqlite));

        assertThat(plan.upgrade()).containsExactly(new DropConstraint("users", NAMED), new AddConstraint("users", key));
        Schema atB = SchemaEvolution.applyAll(atA, plan.upgrade(), sqlite.implicitBehavior());
        assertThat(SchemaDiff.compare(b, atB, sqlite)).isEmpty();
        Schema back = SchemaEvolution.applyAll(atB, plan.downgrade(), sqlite.implicitBehavior());
        assertThat(SchemaDiff.compare(a, back, sqlite)).isEmpty();
        assertThat(back.table("users").orElseThrow().uniqueConstraints()).containsExactly(NAMED);
    }

    /**
     * The random-pair oracle on MariaDB (seed 131313): MariaDB keeps both copies of a key, and refuses
     * to drop a column while either holds it; a key that goes away goes with every copy.
     */
    @Test
    void onMariaDbAKeyThatGoesAwayGoesWithEveryCopy() {
        Dialect mariadb = new dev.autogen.dialect.mysql.MysqlDialect(dev.autogen.dialect.mysql.MysqlServer.MARIADB);
        UniqueConstraint serverNamed = UniqueConstraint.of("email", "email");
        assertThat(SchemaDiff.compare(users(), users(serverNamed, NAMED), mariadb)).containsExactlyInAnyOrder(
                new DropConstraint("users", serverNamed), new DropConstraint("users", NAMED));
        assertThat(SchemaDiff.compare(users(NAMED), users(serverNamed, NAMED), mariadb)).isEmpty();
        assertThat(SchemaDiff.compare(users(), users(UNNAMED, NAMED), TestDialect.identity())).hasSize(1);
    }
}
