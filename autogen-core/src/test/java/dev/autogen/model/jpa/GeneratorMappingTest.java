package dev.autogen.model.jpa;

import static dev.autogen.model.jpa.JpaFixtures.column;
import static dev.autogen.model.jpa.JpaFixtures.read;
import static dev.autogen.model.jpa.Types.BIGINT;
import static dev.autogen.model.jpa.Types.INTEGER;
import static dev.autogen.model.jpa.Types.VARCHAR_255;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.autogen.dialect.Dialect;
import dev.autogen.dialect.mysql.MysqlDialect;
import dev.autogen.dialect.mysql.MysqlServer;
import dev.autogen.dialect.postgresql.PostgresDialect;
import dev.autogen.dialect.sqlite.SqliteDialect;
import dev.autogen.schema.PrimaryKey;
import dev.autogen.schema.Schema;
import dev.autogen.schema.Sequence;
import dev.autogen.schema.Table;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Generated ids of every strategy, and tables in another schema. PostgreSQL has
 * sequences; on SQLite, which has none, Hibernate emulates each sequence with a one-column table.
 */
class GeneratorMappingTest {

    /** The entity tables, the same on both databases apart from case folding. */
    private static List<Table> entityTables(UnaryOperator<String> stored) {
        return List.of(
                idTable(stored.apply("AutoThing")),
                Table.builder(stored.apply("IdentityThing"))
                        .column(column("id", INTEGER).nullable(false).identity(true).build())
                        .primaryKey(PrimaryKey.of("id"))
                        .build(),
                idTable(stored.apply("SequenceThing")),
                idTable(stored.apply("TableThing")),
                // @TableGenerator: one row per generator, keyed by its name; Hibernate's export inserts
                // it with the value 0 (the initialValue's default), the generator adds one to it.
                Table.builder("id_gen")
                        .column(column("gen_value", BIGINT).build())
                        .column(column("gen_name", VARCHAR_255).nullable(false).build())
                        .primaryKey(PrimaryKey.of("gen_name"))
                        .initialRow(row("gen_name", "table_thing", "gen_value", 0L))
                        .build());
    }

    private static Table idTable(String name) {
        return Table.builder(name)
                .column(column("id", BIGINT).nullable(false).build())
                .primaryKey(PrimaryKey.of("id"))
                .build();
    }

    @Test
    void sequencesOnPostgres() {
        List<Sequence> sequences = List.of(
                // GenerationType.AUTO: a sequence per entity, "<entity>_SEQ", allocating 50 ids at a time.
                new Sequence("autothing_seq", 1, 50),
                new Sequence("thing_seq", 5, 20));

        assertThat(read("generators", new PostgresDialect()))
                .isEqualTo(new Schema(entityTables(name -> name.toLowerCase(Locale.ROOT)), sequences));
    }

    @Test
    void sequenceTablesOnSqlite() {
        List<Table> tables = new ArrayList<>(entityTables(name -> name));
        tables.add(sequenceTable("AutoThing_SEQ", 1));
        tables.add(sequenceTable("thing_seq", 5));

        assertThat(read("generators", new SqliteDialect())).isEqualTo(new Schema(tables, List.of()));
    }

    /** A sequence emulated by a table: one row holding the next value, the sequence's start at first. */
    private static Table sequenceTable(String name, long start) {
        return Table.builder(name).column(column("next_val", BIGINT).build())
                .initialRow(Map.of("next_val", start)).build();
    }

    private static Map<String, Object> row(String column, Object value, String otherColumn, Object otherValue) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put(column, value);
        row.put(otherColumn, otherValue);
        return row;
    }

    @Test
    void aGeneratorDeclaredOnThePackageIsFound() {
        Schema schema = read("packagelevel", new PostgresDialect());

        assertThat(schema.sequences()).containsExactly(new Sequence("shared_seq", 1, 5));
        assertThat(schema.tables()).containsExactly(idTable("ticket"));
    }

    static List<Dialect> dialects() {
        return JpaFixtures.dialects().toList();
    }

    /** PostgreSQL: a table, its sequence and a key to it in another schema are named with the schema. */
    @Test
    void tablesSequencesAndKeysInAnotherSchemaAreNamedWithIt() {
        Schema schema = read("qualified", new PostgresDialect());

        assertThat(schema.tables()).extracting(Table::name).containsExactly("account", "audit.audit_entry");
        assertThat(schema.sequences()).containsExactly(new Sequence("audit.audit_seq", 1, 50));
        assertThat(schema.table("account").orElseThrow().foreignKeys()).singleElement()
                .satisfies(fk -> assertThat(fk.referencedTable()).isEqualTo("audit.audit_entry"));
        assertThat(schema.table("audit.audit_entry").orElseThrow().columnNames()).containsExactly("id", "message");
    }

    /** SQLite has no schemas: the entity is named, and nothing is left out quietly. */
    @Test
    void onSqliteAnEntityInAnotherSchemaIsRefusedByName() {
        assertThatThrownBy(() -> read("qualified", new SqliteDialect()))
                .isInstanceOf(dev.autogen.AutogenException.class)
                .hasMessage("entity dev.autogen.model.jpa.fixtures.qualified.AuditEntry puts table audit_entry in"
                        + " schema audit, but sqlite has no schemas; remove schema/catalog from its @Table, or use"
                        + " PostgreSQL, MariaDB or MySQL");
    }

    /**
     * MySQL and MariaDB have no schemas (a schema is a database there): Hibernate writes the table
     * and sequence of {@code @Table(schema = "audit")} unqualified, into the connection's database,
     * so they and the key to them are the schema's like any other.
     */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.EnumSource(MysqlServer.class)
    void onMysqlAndMariaDbASchemaQualifierIsNone(MysqlServer server) {
        Schema schema = read("qualified", new MysqlDialect(server));

        assertThat(schema.table("Account").orElseThrow().foreignKeys()).singleElement()
                .satisfies(fk -> assertThat(fk.referencedTable()).isEqualTo("audit_entry"));
        if (server == MysqlServer.MARIADB) {
            assertThat(schema.tables()).extracting(Table::name).containsExactlyInAnyOrder("Account", "audit_entry");
            assertThat(schema.sequences()).extracting(Sequence::name).containsExactly("audit_seq");
        } else {
            // MySQL has no sequences: Hibernate keeps the generator's next value in a table.
            assertThat(schema.tables()).extracting(Table::name)
                    .containsExactlyInAnyOrder("Account", "audit_entry", "audit_seq");
            assertThat(schema.sequences()).isEmpty();
        }
    }
}
