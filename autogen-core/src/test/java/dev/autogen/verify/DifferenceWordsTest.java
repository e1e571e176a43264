package dev.autogen.verify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.dialect.sqlite.SqliteDialect;
import dev.autogen.diff.SchemaDiff;
import dev.autogen.schema.Column;
import dev.autogen.schema.ColumnType;
import dev.autogen.schema.Index;
import dev.autogen.schema.Schema;
import dev.autogen.schema.Table;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Schema differences in the words of whoever is wrong: the migrations at head, a downgrade, a second upgrade. */
class DifferenceWordsTest {
    private static final Column ID = Column.builder("id", new ColumnType.Int(64)).nullable(false).build();
    private static final Column AGE = Column.builder("age", new ColumnType.Int(32)).build();

    private static List<String> say(DifferenceWords words, Schema wanted, Schema found) {
        return SchemaDiff.compare(wanted, found, new SqliteDialect()).stream().map(words::say).toList();
    }

    private static Schema schema(Table... tables) {
        return new Schema(List.of(tables), List.of());
    }

    @Test
    void whatTheEntitiesWantAndTheMigrationsNeverCreate() {
        Table users = Table.builder("users").column(ID).column(AGE).build();
        Table wanted = users.toBuilder().columns(List.of(ID, AGE.toBuilder().nullable(false).type(new ColumnType.Int(64))
                .defaultValue("0").build(), Column.builder("email", new ColumnType.Varchar(100)).build()))
                .indexes(List.of(new Index("ix_users_age", List.of("age"), false))).build();
        Table pets = Table.builder("pets").column(ID).build();

        assertThat(say(DifferenceWords.HEAD_VS_ENTITIES, schema(wanted), schema(users, pets))).containsExactlyInAnyOrder(
                "the migrations create table pets, which the entities do not have",
                "the migrations never create column users.email",
                "column users.age: the entities want type bigint (not integer), NOT NULL, default 0",
                "the migrations never create index ix_users_age on users(age)");
        assertThat(say(DifferenceWords.HEAD_VS_ENTITIES, schema(users, pets), schema(users)))
                .containsExactly("the migrations never create table pets");
    }

    @Test
    void whatADowngradeLeftBehindOrTookAway() {
        Table users = Table.builder("users").column(ID).column(AGE).build();
        Table withoutAge = Table.builder("users").column(ID).build();

        assertThat(say(DifferenceWords.AFTER_DOWNGRADE, schema(withoutAge), schema(users)))
                .containsExactly("column users.age is still there after the downgrade");
        assertThat(say(DifferenceWords.AFTER_DOWNGRADE, schema(users), schema(withoutAge)))
                .containsExactly("column users.age is missing after the downgrade (it existed before the upgrade)");
        assertThat(say(DifferenceWords.AFTER_DOWNGRADE, schema(users),
                schema(Table.builder("users").column(ID).column(AGE.toBuilder().nullable(false).build()).build())))
                .containsExactly("column users.age is not restored: before the upgrade it had NULL allowed");
    }

    @Test
    void whatASecondUpgradeDidDifferently() {
        Table users = Table.builder("users").column(ID).build();

        assertThat(say(DifferenceWords.AFTER_REUPGRADE, schema(users), schema()))
                .containsExactly("table users is missing after the second upgrade (the first one created it)");
        assertThat(say(DifferenceWords.AFTER_REUPGRADE, schema(), schema(users)))
                .containsExactly("table users is there after the second upgrade but not after the first");
    }
}
