package dev.autogen.dialect.sqlite;

import static dev.autogen.migration.Columns.column;
import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.migration.Type;
import dev.autogen.schema.CheckConstraint;
import dev.autogen.schema.Column;
import dev.autogen.schema.PrimaryKey;
import dev.autogen.schema.Table;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SqliteNormalizerTest {
    private static final SqliteDialect SQLITE = new SqliteDialect();

    static Table withKey(Column key, Column... others) {
        Table.Builder b = Table.builder("t").column(key).primaryKey(PrimaryKey.of(key.name()));
        for (Column c : others) {
            b.column(c);
        }
        return b.build();
    }

    static Column normalized(Table table, String column) {
        return SQLITE.normalize(table).column(column).orElseThrow();
    }

    @Test
    void aSoleIntegerOrIdentityKeyIsTheRowid() {
        Column declaredInteger = column("id", Type.integer()).toColumn();
        Column identityBigint = column("id", Type.bigint()).notNull().identity().toColumn();
        Column expected = column("id", Type.integer()).notNull().identity().toColumn();
        assertThat(normalized(withKey(declaredInteger), "id")).isEqualTo(expected);
        assertThat(normalized(withKey(identityBigint), "id")).isEqualTo(expected);
    }

    @Test
    void nothingElseIsIdentity() {
        Column bigintKey = column("id", Type.bigint()).notNull().toColumn();
        assertThat(normalized(withKey(bigintKey), "id")).isEqualTo(bigintKey);
        Column identityOutsideKey = column("n", Type.integer()).identity().toColumn();
        assertThat(normalized(withKey(bigintKey, identityOutsideKey), "n").identity()).isFalse();
        Table composite = Table.builder("t").column(column("a", Type.integer()).notNull().identity().toColumn())
                .column(column("b", Type.integer()).notNull().toColumn()).primaryKey(PrimaryKey.of("a", "b")).build();
        assertThat(normalized(composite, "a").identity()).isFalse();
    }

    @Test
    void defaultsReduceToTheirMeaning() {
        assertThat(SqliteNormalizer.defaultValue("('draft')")).contains("'draft'");
        assertThat(SqliteNormalizer.defaultValue("current_timestamp")).contains("CURRENT_TIMESTAMP");
        assertThat(SqliteNormalizer.defaultValue("(CURRENT_DATE)")).contains("CURRENT_DATE");
        assertThat(SqliteNormalizer.defaultValue("false")).contains("0");
        assertThat(SqliteNormalizer.defaultValue("TRUE")).contains("1");
        assertThat(SqliteNormalizer.defaultValue("1.50")).isEqualTo(SqliteNormalizer.defaultValue("+1.5"));
        assertThat(SqliteNormalizer.defaultValue("0.0")).contains("0");
        assertThat(SqliteNormalizer.defaultValue("NULL")).isEmpty();
        // A string is not a number, and its case matters.
        assertThat(SqliteNormalizer.defaultValue("'1.50'")).contains("'1.50'");
        assertThat(SqliteNormalizer.defaultValue("'True'")).contains("'True'");
    }

    @Test
    void commentsAndPrimaryKeyNamesAreDropped() {
        Table t = Table.builder("t").column(column("id", Type.bigint()).notNull().comment("key").toColumn())
                .primaryKey(new PrimaryKey(Optional.of("pk_t"), List.of("id"))).comment(Optional.of("a table")).build();
        Table n = SQLITE.normalize(t);
        assertThat(n.comment()).isEmpty();
        assertThat(n.column("id").orElseThrow().comment()).isEmpty();
        assertThat(n.primaryKey().orElseThrow().name()).isEmpty();
    }

    @Test
    void typesSqliteStoresAlikeFold() {
        Table t = Table.builder("t").column(column("r", Type.real()).toColumn())
                .column(column("z", Type.timestampWithTimeZone()).toColumn())
                .column(column("b", Type.binary(16)).toColumn())
                .column(column("u", Type.uuid()).toColumn())
                .column(column("v", Type.varchar(10)).toColumn()).build();
        Table n = SQLITE.normalize(t);
        assertThat(n.column("r").orElseThrow().type()).isEqualTo(Type.doublePrecision());
        assertThat(n.column("z").orElseThrow().type()).isEqualTo(Type.timestamp());
        assertThat(n.column("b").orElseThrow().type()).isEqualTo(Type.blob());
        assertThat(n.column("u").orElseThrow().type()).isEqualTo(Type.blob());
        // Declared lengths are kept: SQLite stores the declared type as written.
        assertThat(n.column("v").orElseThrow().type()).isEqualTo(Type.varchar(10));
    }

    @Test
    void checkConditionsLoseOnlyEnclosingParentheses() {
        Table t = Table.builder("t").column(column("a", Type.integer()).toColumn())
                .check(new CheckConstraint(Optional.empty(), "((a in (1, 2)))"))
                .check(new CheckConstraint(Optional.of("c2"), "(a > 0) and (a < 9)")).build();
        assertThat(SQLITE.normalize(t).checks()).containsExactly(
                new CheckConstraint(Optional.empty(), "a in (1, 2)"),
                new CheckConstraint(Optional.of("c2"), "(a > 0) and (a < 9)"));
    }
}
