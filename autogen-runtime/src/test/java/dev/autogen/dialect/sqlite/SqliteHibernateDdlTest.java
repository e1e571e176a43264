package dev.autogen.dialect.sqlite;

import static dev.autogen.migration.Columns.column;
import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.migration.Type;
import dev.autogen.schema.CheckConstraint;
import dev.autogen.schema.Column;
import dev.autogen.schema.ColumnType;
import dev.autogen.schema.Index;
import dev.autogen.schema.PrimaryKey;
import dev.autogen.schema.Table;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A schema created by Hibernate's own SQLite DDL reflects to the portable types, and compares
 * equal to what the entities say once both are in SQLite's normal form. SQLite-only: the DDL is
 * Hibernate 7.4 SQLiteDialect's.
 */
class SqliteHibernateDdlTest {
    private final SqliteDialect sqlite = new SqliteDialect();

    /**
     * As Hibernate 7.4's SQLiteDialect writes it for an entity with a {@code @GeneratedValue(IDENTITY)
     * Long id}, BigDecimal, byte, {@code @Lob String}, char, String, an {@code @Enumerated(STRING)}
     * enum, double, byte[], float, boolean, int, long, LocalDate, LocalDateTime, LocalTime,
     * OffsetDateTime, short, UUID and a {@code @ManyToOne}.
     */
    static final String[] HIBERNATE_DDL = {
        "create table thing (id integer, amount numeric(10,2), b tinyint not null, body clob, c char(1) not null, "
                + "code varchar(30) not null, color varchar(255) check ((color in ('RED','GREEN'))), "
                + "d float not null, data blob, f float not null, flag boolean not null, i integer not null, "
                + "l bigint not null, ld date, ldt timestamp, lt time(0), odt timestamp, s smallint not null, "
                + "uuid blob, parent_id bigint, primary key (id))",
        "create index ix_thing_code on thing (code)",
        "create table thing_SEQ (next_val bigint)",
    };

    static final Map<String, ColumnType> EXPECTED_TYPES = new LinkedHashMap<>();

    static {
        EXPECTED_TYPES.put("id", Type.integer());
        EXPECTED_TYPES.put("amount", Type.numeric(10, 2));
        EXPECTED_TYPES.put("b", Type.smallint());
        EXPECTED_TYPES.put("body", Type.text());
        EXPECTED_TYPES.put("c", Type.character(1));
        EXPECTED_TYPES.put("code", Type.varchar(30));
        EXPECTED_TYPES.put("color", Type.varchar(255));
        EXPECTED_TYPES.put("d", Type.doublePrecision());
        EXPECTED_TYPES.put("data", Type.blob());
        EXPECTED_TYPES.put("f", Type.doublePrecision());
        EXPECTED_TYPES.put("flag", Type.bool());
        EXPECTED_TYPES.put("i", Type.integer());
        EXPECTED_TYPES.put("l", Type.bigint());
        EXPECTED_TYPES.put("ld", Type.date());
        EXPECTED_TYPES.put("ldt", Type.timestamp());
        EXPECTED_TYPES.put("lt", Type.time());
        EXPECTED_TYPES.put("odt", Type.timestamp());
        EXPECTED_TYPES.put("s", Type.smallint());
        EXPECTED_TYPES.put("uuid", Type.blob());
        EXPECTED_TYPES.put("parent_id", Type.bigint());
    }

    Table reflectThing(Path dir) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("h.db"));
                Statement s = c.createStatement()) {
            for (String ddl : HIBERNATE_DDL) {
                s.execute(ddl);
            }
            return sqlite.reflect(c, name -> !name.endsWith("_SEQ")).table("thing").orElseThrow();
        }
    }

    @Test
    void hibernateDdlReflectsToPortableTypes(@TempDir Path dir) throws SQLException {
        Table thing = reflectThing(dir);
        Map<String, ColumnType> types = new LinkedHashMap<>();
        thing.columns().forEach(c -> types.put(c.name(), c.type()));
        assertThat(types).containsExactlyEntriesOf(EXPECTED_TYPES);
        // "id integer" with "primary key (id)" is the rowid: generated and never null.
        assertThat(thing.column("id").orElseThrow().identity()).isTrue();
        assertThat(thing.column("id").orElseThrow().nullable()).isFalse();
        assertThat(thing.column("code").orElseThrow().nullable()).isFalse();
        assertThat(thing.column("ld").orElseThrow().nullable()).isTrue();
        assertThat(thing.primaryKey()).contains(PrimaryKey.of("id"));
        assertThat(thing.checks()).containsExactly(new CheckConstraint(Optional.empty(), "(color in ('RED','GREEN'))"));
        assertThat(thing.indexes()).containsExactly(new Index("ix_thing_code", java.util.List.of("code"), false));
    }

    /** What the entity model says for the same entity, in Hibernate's JDBC types. */
    static Table entityThing() {
        Table.Builder b = Table.builder("thing");
        b.column(column("id", Type.bigint()).notNull().identity().toColumn());
        b.column(col("amount", Type.numeric(10, 2), true));
        b.column(col("b", Type.smallint(), false));
        b.column(col("body", Type.text(), true));
        b.column(col("c", Type.character(1), false));
        b.column(col("code", Type.varchar(30), false));
        b.column(col("color", Type.varchar(255), true));
        b.column(col("d", Type.doublePrecision(), false));
        b.column(col("data", Type.binary(255), true));
        b.column(col("f", Type.real(), false));
        b.column(col("flag", Type.bool(), false));
        b.column(col("i", Type.integer(), false));
        b.column(col("l", Type.bigint(), false));
        b.column(col("ld", Type.date(), true));
        b.column(col("ldt", Type.timestamp(), true));
        b.column(col("lt", Type.time(), true));
        b.column(col("odt", Type.timestampWithTimeZone(), true));
        b.column(col("s", Type.smallint(), false));
        b.column(col("uuid", Type.uuid(), true));
        b.column(col("parent_id", Type.bigint(), true));
        return b.primaryKey(PrimaryKey.of("id"))
                .check(new CheckConstraint(Optional.empty(), "color in ('RED','GREEN')"))
                .index(new Index("ix_thing_code", java.util.List.of("code"), false)).build();
    }

    static Column col(String name, ColumnType type, boolean nullable) {
        return Column.builder(name, type).nullable(nullable).build();
    }

    @Test
    void hibernateDdlComparesEqualToTheEntitiesInNormalForm(@TempDir Path dir) throws SQLException {
        assertThat(sqlite.normalize(reflectThing(dir))).isEqualTo(sqlite.normalize(entityThing()));
    }
}
