package dev.autogen.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.dialect.mysql.MysqlDialect;
import dev.autogen.dialect.mysql.MysqlServer;
import dev.autogen.ops.AddConstraint;
import dev.autogen.ops.DropConstraint;
import dev.autogen.schema.Column;
import dev.autogen.schema.ColumnType;
import dev.autogen.schema.Index;
import dev.autogen.schema.Schema;
import dev.autogen.schema.Table;
import dev.autogen.schema.UniqueConstraint;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * On MariaDB and MySQL a unique index is a unique key like a unique constraint, and reflection reads
 * it as the constraint: a model's unique index compares as the constraint of its name.
 */
class UniqueKeysTest {
    private static final MysqlDialect MARIADB = new MysqlDialect(MysqlServer.MARIADB);

    private static Schema users(List<UniqueConstraint> uniques, List<Index> indexes) {
        return new Schema(List.of(Table.builder("users")
                .column(Column.builder("email", new ColumnType.Varchar(100)).build())
                .column(Column.builder("name", new ColumnType.Varchar(100)).build())
                .uniqueConstraints(uniques).indexes(indexes).build()), List.of());
    }

    @Test
    void aUniqueIndexIsTheUniqueConstraintTheServerReports() {
        Schema model = users(List.of(), List.of(new Index("ux_users_email", List.of("email"), true)));
        Schema reflected = users(List.of(UniqueConstraint.of("ux_users_email", "email")), List.of());

        assertThat(SchemaDiff.compare(model, reflected, MARIADB)).isEmpty();
        assertThat(SchemaDiff.compare(reflected, model, MARIADB)).isEmpty();
    }

    @Test
    void aMissingUniqueIndexIsAddedAsTheKeyAndAPlainIndexStaysAnIndex() {
        Index plain = new Index("ix_users_name", List.of("name"), false);
        Schema model = users(List.of(), List.of(new Index("ux_users_email", List.of("email"), true), plain));
        Schema empty = users(List.of(), List.of(plain));

        assertThat(SchemaDiff.compare(model, empty, MARIADB))
                .containsExactly(new AddConstraint("users", UniqueConstraint.of("ux_users_email", "email")));
        assertThat(SchemaDiff.compare(empty, model, MARIADB))
                .containsExactly(new DropConstraint("users", UniqueConstraint.of("ux_users_email", "email")));
    }
}
