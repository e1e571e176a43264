package dev.autogen.model.jpa;

import static dev.autogen.model.jpa.JpaFixtures.FIXTURES;
import static dev.autogen.model.jpa.JpaFixtures.asPostgresStoresIt;
import static dev.autogen.model.jpa.JpaFixtures.column;
import static dev.autogen.model.jpa.JpaFixtures.fkName;
import static dev.autogen.model.jpa.JpaFixtures.isPostgres;
import static dev.autogen.model.jpa.JpaFixtures.source;
import static dev.autogen.model.jpa.JpaFixtures.testClasses;
import static dev.autogen.model.jpa.Types.BIGINT;
import static dev.autogen.model.jpa.Types.VARCHAR_255;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.autogen.AutogenException;
import dev.autogen.dialect.Dialect;
import dev.autogen.dialect.sqlite.SqliteDialect;
import dev.autogen.schema.ForeignKey;
import dev.autogen.schema.PrimaryKey;
import dev.autogen.schema.ReferentialAction;
import dev.autogen.schema.Schema;
import dev.autogen.schema.Table;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class NamingStrategiesTest {

    static List<Dialect> dialects() {
        return JpaFixtures.dialects().toList();
    }

    @ParameterizedTest
    @MethodSource("dialects")
    void springNamesAreSnakeCaseAndJoinTablesAreNamedAfterTheOwningProperty(Dialect dialect) {
        Table role = Table.builder("security_role")
                .column(column("role_id", BIGINT).nullable(false).build())
                .primaryKey(PrimaryKey.of("role_id"))
                .build();
        Table user = Table.builder("user_account")
                .column(column("user_id", BIGINT).nullable(false).build())
                .column(column("display_name", VARCHAR_255).build())
                .primaryKey(PrimaryKey.of("user_id"))
                .build();
        // JPA would name it user_account_security_role; Spring uses the owning table and property.
        String joinTable = "user_account_granted_roles";
        Table join = Table.builder(joinTable)
                .column(column("granted_roles_role_id", BIGINT).nullable(false).build())
                .column(column("user_account_user_id", BIGINT).nullable(false).build())
                .primaryKey(PrimaryKey.of("granted_roles_role_id", "user_account_user_id"))
                .foreignKey(new ForeignKey(Optional.of(fkName(joinTable, "security_role", "granted_roles_role_id")),
                        List.of("granted_roles_role_id"), "security_role", List.of("role_id"),
                        ReferentialAction.NO_ACTION))
                .foreignKey(new ForeignKey(Optional.of(fkName(joinTable, "user_account", "user_account_user_id")),
                        List.of("user_account_user_id"), "user_account", List.of("user_id"),
                        ReferentialAction.NO_ACTION))
                .build();
        Schema expected = new Schema(List.of(role, user, join), List.of());

        assertThat(EntityModelReader.read(source("spring", "spring"), dialect))
                .isEqualTo(isPostgres(dialect) ? asPostgresStoresIt(expected) : expected);
    }

    @Test
    void aStrategyClassIsLoadedFromTheEntityClasspath() {
        EntitySource source = new EntitySource(List.of(testClasses()), List.of(FIXTURES + "embedded"),
                FIXTURES + "naming.PrefixedTableNames", "default");

        assertThat(EntityModelReader.read(source, new SqliteDialect()).tables())
                .extracting(Table::name)
                .containsExactly("app_Customer");
    }

    @Test
    void anUnknownStrategyClassIsAnError() {
        EntitySource source = new EntitySource(List.of(testClasses()), List.of(FIXTURES + "embedded"),
                "default", "com.example.NoSuchStrategy");

        assertThatThrownBy(() -> EntityModelReader.read(source, new SqliteDialect()))
                .isInstanceOf(AutogenException.class)
                .hasMessage("unknown naming strategy class com.example.NoSuchStrategy in naming.implicit: use "
                        + "default, spring, or a class on entities.classpath");
    }

    @Test
    void aClassThatIsNoStrategyIsAnError() {
        EntitySource source = new EntitySource(List.of(testClasses()), List.of(FIXTURES + "embedded"),
                "java.lang.String", "default");

        assertThatThrownBy(() -> EntityModelReader.read(source, new SqliteDialect()))
                .isInstanceOf(AutogenException.class)
                .hasMessage("naming strategy class java.lang.String in naming.physical does not implement "
                        + "org.hibernate.boot.model.naming.PhysicalNamingStrategy");
    }
}
