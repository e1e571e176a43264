package dev.autogen.model.jpa;

import static dev.autogen.model.jpa.JpaFixtures.column;
import static dev.autogen.model.jpa.JpaFixtures.read;
import static dev.autogen.model.jpa.Types.BIGINT;
import static dev.autogen.model.jpa.Types.BLOB;
import static dev.autogen.model.jpa.Types.BOOLEAN;
import static dev.autogen.model.jpa.Types.REAL;
import static dev.autogen.model.jpa.Types.SMALLINT;
import static dev.autogen.model.jpa.Types.TEXT;
import static dev.autogen.model.jpa.Types.VARCHAR_255;
import static dev.autogen.model.jpa.Types.numeric;
import static dev.autogen.model.jpa.Types.varchar;
import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.dialect.postgresql.PostgresDialect;
import dev.autogen.dialect.sqlite.SqliteDialect;
import dev.autogen.schema.CheckConstraint;
import dev.autogen.schema.Column;
import dev.autogen.schema.ColumnType;
import dev.autogen.schema.PrimaryKey;
import dev.autogen.schema.Schema;
import dev.autogen.schema.Table;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Column-level mappings: @Lob, both @Enumerated kinds with the checks Hibernate generates, an
 * auto-applied converter, comments, @Check, columnDefinition, quoted names and views.
 */
class ColumnMappingTest {
    private static final Column ARCHIVED = column("archived", BOOLEAN).nullable(false).build();
    private static final Column DUE_AT = column("dueAt", new ColumnType.Time(false)).build();
    private static final Column GRADE = column("grade", new ColumnType.Char(1)).nullable(false).build();
    /** An ordinal enum of up to 128 constants is a tinyint, which the vocabulary widens to smallint. */
    private static final Column PRIORITY = column("priority", SMALLINT).build();
    private static final Column RATIO = column("ratio", REAL).nullable(false).build();
    private static final Column WEIGHT = column("weight", numeric(10, 3)).build();
    private static final Column SIZE = column("size", BIGINT).nullable(false).comment("Size in bytes").build();
    private static final Column STATUS = column("status", varchar(10)).nullable(false).build();
    private static final Column BODY = column("body", TEXT).build();
    /** Only the auto-applied converter makes Rgb a column: a String of the default length. */
    private static final Column COLOR = column("color", VARCHAR_255).build();
    private static final Column DATA = column("data", BLOB).build();
    /** The columnDefinition's type, with the default and NOT NULL it spells out. */
    private static final Column STAGE = column("stage", new ColumnType.Native("varchar(12)"))
            .nullable(false).defaultValue("'draft'").build();

    private static Table document(String name, List<Column> columns) {
        return Table.builder(name)
                .columns(columns)
                .primaryKey(PrimaryKey.of("id"))
                .check(new CheckConstraint(Optional.empty(), "priority between 0 and 2"))
                .check(new CheckConstraint(Optional.empty(), "status in ('DRAFT','PUBLISHED','ARCHIVED')"))
                .check(new CheckConstraint(Optional.of("positive_size"), "size >= 0"))
                .comment(Optional.of("Stored documents"))
                .build();
    }

    @Test
    void mapsColumnKindsOnSqlite() {
        // SQLite has no uuid or varbinary: Hibernate stores a UUID as binary(16) and any byte[]
        // as a blob. Its maximum varchar length is unbounded, so strings sort with the lobs.
        Column id = column("id", new ColumnType.Binary(16)).nullable(false).build();
        Column digest = column("digest", BLOB).build();
        List<Column> columns = List.of(ARCHIVED, DUE_AT, GRADE, PRIORITY, RATIO, WEIGHT, SIZE, STATUS, id,
                BODY, COLOR, DATA, digest, STAGE);

        assertThat(read("columns", new SqliteDialect()))
                .isEqualTo(new Schema(List.of(document("Document", columns)), List.of()));
    }

    @Test
    void mapsColumnKindsOnPostgres() {
        Column id = column("id", new ColumnType.Uuid()).nullable(false).build();
        Column digest = column("digest", new ColumnType.Binary(64)).build();
        // Hibernate's PostgreSQL DDL keeps a LocalTime to whole seconds, time(0), where PostgreSQL's
        // plain time keeps microseconds; and it stores @Lob values as large objects, whose column is
        // an oid. The model says what the database gets.
        Column dueAt = column("dueat", new ColumnType.Native("time(0)")).build();
        Column body = column("body", new ColumnType.Native("oid")).build();
        Column data = column("data", new ColumnType.Native("oid")).build();
        List<Column> columns = List.of(ARCHIVED, dueAt, GRADE, PRIORITY, RATIO, WEIGHT, SIZE,
                STATUS, id, digest, COLOR, STAGE, body, data);

        assertThat(read("columns", new PostgresDialect()))
                .isEqualTo(new Schema(List.of(document("document", columns)), List.of()));
    }

    @Test
    void quotedNamesKeepTheirCaseAndUnquotedOnesFollowTheDatabase() {
        assertThat(read("quoted", new SqliteDialect()).tables())
                .containsExactly(order("shippingNote"));
        assertThat(read("quoted", new PostgresDialect()).tables())
                .containsExactly(order("shippingnote"));
    }

    private static Table order(String shippingNote) {
        return Table.builder("Order")
                .column(column("id", BIGINT).nullable(false).build())
                .column(column("Select", VARCHAR_255).build())
                .column(column("groupName", VARCHAR_255).build())
                .column(column(shippingNote, VARCHAR_255).build())
                .primaryKey(PrimaryKey.of("id"))
                .build();
    }

    @Test
    void viewsAndSubselectsAreNotTables() {
        assertThat(read("views", new PostgresDialect()).tables())
                .extracting(Table::name)
                .containsExactly("product");
    }
}
