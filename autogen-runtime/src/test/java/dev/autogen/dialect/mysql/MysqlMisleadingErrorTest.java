package dev.autogen.dialect.mysql;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/**
 * MariaDB's error 1834 on {@code ADD UNIQUE} means duplicate rows (seen by the random-pair oracle on
 * a table with a cascading foreign key to itself and a unique key over a blob); elsewhere it means
 * what it says.
 */
class MysqlMisleadingErrorTest {
    private static final SQLException FK_PARENT = new SQLException(
            "Cannot delete rows from table which is parent in a foreign key constraint 'items_ibfk_1' of table 'items'",
            "HY000", 1834);
    private final MysqlDialect mariadb = new MysqlDialect(MysqlServer.MARIADB);

    @Test
    void onAddUniqueTheReasonSaysDuplicates() {
        assertThat(mariadb.failureReason(FK_PARENT, "ALTER TABLE items ADD CONSTRAINT uk_items UNIQUE (position)"))
                .startsWith("Cannot delete rows from table which is parent")
                .contains("duplicate values of the new unique key");
    }

    @Test
    void onAnyOtherStatementTheServerIsTakenAtItsWord() {
        assertThat(mariadb.failureReason(FK_PARENT, "DELETE FROM items WHERE id = 1")).isEqualTo(FK_PARENT.getMessage());
        SQLException duplicate = new SQLException("Duplicate entry '0' for key 'uk'", "23000", 1062);
        assertThat(mariadb.failureReason(duplicate, "ALTER TABLE items ADD UNIQUE (position)"))
                .isEqualTo(duplicate.getMessage());
    }
}
