package dev.autogen.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.autogen.testing.DatabaseTest;
import dev.autogen.testing.TestDatabase;
import java.util.List;

/**
 * A unique key over rows that hold duplicates fails the revision with words that say so, on every
 * database, even where the server names another cause: MariaDB blames a foreign key when the table
 * refers to itself and keeps a unique key over text as a hash.
 */
class DuplicateKeyMessageTest {
    private static final String R1 = "d00000000001";
    private static final String R2 = "d00000000002";

    @DatabaseTest
    void aUniqueKeyOverDuplicatesIsRefusedNamingTheDuplicates(TestDatabase db) throws Exception {
        MigrationSources migrations = new MigrationSources(db)
                .first(R1, """
                        op.createTable("parts",
                                column("id", Type.bigint()).notNull(),
                                column("parent_id", Type.bigint()),
                                column("drawing", Type.text()),
                                column("code", Type.varchar(20)),
                                primaryKey("id"));
                        op.createForeignKey("fk_parts_parent", "parts", List.of("parent_id"), "parts", List.of("id"),
                                ReferentialAction.CASCADE);
                        op.createUniqueConstraint("uq_parts_drawing", "parts", "drawing");
                        """, """
                        op.dropTable("parts");
                        """)
                .revision(R2, R1, """
                        op.createUniqueConstraint("uq_parts_code", "parts", "code");
                        """, """
                        op.dropConstraint("uq_parts_code", "parts");
                        """);
        JdbcCatalog catalog = new JdbcCatalog(db);
        migrations.upgrade(R1);
        catalog.execute("INSERT INTO parts (id, parent_id, drawing, code) VALUES (1, NULL, 'a', 'P-1'),"
                + " (2, 1, 'b', 'P-1'), (3, 1, 'c', 'P-3')");

        assertThatThrownBy(() -> migrations.upgrade(R2))
                .hasMessageContaining("revision " + R2)
                .hasMessageMatching("(?is).*(duplicate|UNIQUE constraint failed|row\\(s\\) break it).*");

        assertThat(catalog.rows("SELECT id, code FROM parts ORDER BY id")).containsExactly(
                List.of("1", "P-1"), List.of("2", "P-1"), List.of("3", "P-3"));
        assertThat(catalog.refuses("INSERT INTO parts (id, code) VALUES (4, 'P-3')")).as("no unique key on code").isFalse();
        assertThat(catalog.rows("SELECT version_num FROM autogen_version")).containsExactly(List.of(R1));
    }
}
