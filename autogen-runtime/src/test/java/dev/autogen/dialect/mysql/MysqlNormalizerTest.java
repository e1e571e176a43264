package dev.autogen.dialect.mysql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.schema.Column;
import dev.autogen.schema.ColumnType;
import dev.autogen.schema.Table;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MysqlNormalizerTest {
    @Test
    void aCharDefaultComparesWithoutTheTrailingSpacesTheServerDrops() {
        // MariaDB reads char(1) DEFAULT ' ' back as '', and char(3) DEFAULT ' x ' as ' x'.
        assertThat(defaultOf(new ColumnType.Char(1), "' '")).isEqualTo(defaultOf(new ColumnType.Char(1), "''"));
        assertThat(defaultOf(new ColumnType.Char(3), "' x '")).contains("' x'");
        assertThat(defaultOf(new ColumnType.Char(3), "'x'' '")).contains("'x'''");
        // A varchar keeps its spaces.
        assertThat(defaultOf(new ColumnType.Varchar(3), "' '")).contains("' '");
    }

    private static Optional<String> defaultOf(ColumnType type, String defaultValue) {
        Table table = Table.builder("t").column(Column.builder("c", type).defaultValue(Optional.of(defaultValue)).build())
                .build();
        return MysqlNormalizer.normalize(table, MysqlServer.MARIADB).columns().get(0).defaultValue();
    }
}
