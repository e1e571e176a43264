package dev.autogen.dialect.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.schema.CheckConstraint;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SqliteCreateTableSqlTest {

    @Test
    void readsNamedTableConstraints() {
        SqliteCreateTableSql t = SqliteCreateTableSql.parse("CREATE TABLE \"b\" (id INTEGER NOT NULL, x VARCHAR(10), "
                + "y INT, CONSTRAINT pk PRIMARY KEY (id), CONSTRAINT \"uk x\" UNIQUE (\"x\", y), "
                + "CONSTRAINT fk_y FOREIGN KEY (y) REFERENCES [other] (id) ON DELETE CASCADE, "
                + "CONSTRAINT ck CHECK (y > 0 AND x <> 'a,b)'), UNIQUE (y))");
        assertThat(t.uniqueName(List.of("x", "y"))).contains("uk x");
        assertThat(t.uniqueName(List.of("Y"))).isEmpty();
        assertThat(t.foreignKeyName(List.of("y"), "other")).contains("fk_y");
        assertThat(t.checks()).containsExactly(new CheckConstraint(Optional.of("ck"), "y > 0 AND x <> 'a,b)'"));
        assertThat(t.withoutRowid()).isFalse();
    }

    @Test
    void readsConstraintsInsideColumnDefinitions() {
        SqliteCreateTableSql t = SqliteCreateTableSql.parse("create table thing (id integer, "
                + "color varchar(255) check ((color in ('RED','GREEN'))), -- a comment, with a comma\n"
                + "n int constraint n_positive check (n >= 0) constraint n_unique unique, "
                + "p bigint constraint fk_p references thing(id), primary key (id)) without rowid");
        assertThat(t.checks()).containsExactly(
                new CheckConstraint(Optional.empty(), "(color in ('RED','GREEN'))"),
                new CheckConstraint(Optional.of("n_positive"), "n >= 0"));
        assertThat(t.uniqueName(List.of("n"))).contains("n_unique");
        assertThat(t.foreignKeyName(List.of("p"), "THING")).contains("fk_p");
        assertThat(t.withoutRowid()).isTrue();
    }
}
