package dev.autogen.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.ops.AddConstraint;
import dev.autogen.schema.Column;
import dev.autogen.schema.ColumnType;
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
}
