package dev.autogen.dialect.postgresql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.autogen.AutogenException;
import dev.autogen.migration.Type;
import dev.autogen.ops.AddColumn;
import dev.autogen.ops.AddConstraint;
import dev.autogen.ops.AlterColumn;
import dev.autogen.ops.AlterSequence;
import dev.autogen.ops.AlterTableComment;
import dev.autogen.ops.BulkInsert;
import dev.autogen.ops.CreateIndex;
import dev.autogen.ops.CreateSchema;
import dev.autogen.ops.CreateSequence;
import dev.autogen.ops.CreateTable;
import dev.autogen.ops.DropColumn;
import dev.autogen.ops.DropConstraint;
import dev.autogen.ops.DropIndex;
import dev.autogen.ops.DropSchema;
import dev.autogen.ops.DropSequence;
import dev.autogen.ops.DropTable;
import dev.autogen.ops.BoundStatement;
import dev.autogen.ops.DataStep;
import dev.autogen.ops.ExecuteSql;
import dev.autogen.ops.Op;
import dev.autogen.ops.RenameColumn;
import dev.autogen.ops.RenameTable;
import dev.autogen.schema.CheckConstraint;
import dev.autogen.schema.Column;
import dev.autogen.schema.ForeignKey;
import dev.autogen.schema.Index;
import dev.autogen.schema.PrimaryKey;
import dev.autogen.schema.ReferentialAction;
import dev.autogen.schema.Schema;
import dev.autogen.schema.Sequence;
import dev.autogen.schema.Table;
import dev.autogen.schema.UniqueConstraint;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Golden SQL for every op; no database. */
class PostgresSqlTest {
    private final PostgresDialect dialect = new PostgresDialect();

    static final Column ID = Column.builder("id", Type.bigint()).nullable(false).identity(true).build();
    static final Column TITLE = Column.builder("title", Type.varchar(200)).nullable(false).build();
    static final Column STATUS = Column.builder("status", Type.varchar(20)).nullable(false).defaultValue("'draft'")
            .build();

    static Table books() {
        return Table.builder("books")
                .column(ID)
                .column(TITLE)
                .column(STATUS.toBuilder().comment("Where it's at").build())
                .column(Column.builder("author_id", Type.bigint()).build())
                .column(Column.builder("order", Type.integer()).build())
                .primaryKey(PrimaryKey.of("id"))
                .uniqueConstraint(UniqueConstraint.of("uk_books_title", "title"))
                .foreignKey(new ForeignKey(Optional.of("fk_books_author"), List.of("author_id"), "authors",
                        List.of("id"), ReferentialAction.CASCADE))
                .check(new CheckConstraint(Optional.empty(), "status in ('draft','done')"))
                .index(new Index("ix_books_author", List.of("author_id", "order"), false))
                .index(new Index("ux_books_status", List.of("status"), true))
                .comment(Optional.of("All the books"))
                .build();
    }

    /** One example of each op; the coverage test below keeps it complete. */
    static Map<Class<?>, Op> examples() {
        Map<Class<?>, Op> ops = new LinkedHashMap<>();
        ops.put(CreateTable.class, new CreateTable(books()));
        ops.put(DropTable.class, new DropTable(books()));
        ops.put(RenameTable.class, new RenameTable("books", "user"));
        ops.put(AddColumn.class, new AddColumn("books", Column.builder("pages", Type.integer()).nullable(false)
                .defaultValue("0").comment("Page count").build()));
        ops.put(DropColumn.class, new DropColumn("books", TITLE));
        ops.put(AlterColumn.class, new AlterColumn("books", TITLE, TITLE.toBuilder().type(Type.varchar(300)).build()));
        ops.put(RenameColumn.class, new RenameColumn("books", "title", "Name"));
        ops.put(CreateIndex.class, new CreateIndex("books", new Index("ix_books_title", List.of("title"), false)));
        ops.put(DropIndex.class, new DropIndex("books", new Index("ix_books_title", List.of("title"), false)));
        ops.put(AddConstraint.class, new AddConstraint("books", UniqueConstraint.of("uk_books_title", "title")));
        ops.put(DropConstraint.class, new DropConstraint("books", UniqueConstraint.of("uk_books_title", "title")));
        ops.put(CreateSequence.class, new CreateSequence(new Sequence("books_seq", 1, 50)));
        ops.put(DropSequence.class, new DropSequence(new Sequence("books_seq", 1, 50)));
        ops.put(AlterSequence.class, new AlterSequence(new Sequence("books_seq", 1, 50), new Sequence("books_seq", 1, 10)));
        ops.put(AlterTableComment.class, new AlterTableComment("books", Optional.empty(), Optional.of("Books' list")));
        ops.put(ExecuteSql.class, new ExecuteSql("UPDATE books SET status = 'done'", Optional.empty()));
        ops.put(DataStep.class, new DataStep(new BoundStatement("UPDATE books SET title = ? WHERE id = ? AND '?' <> ?",
                Arrays.asList("It's", 7L, null))));
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", 1L);
        row.put("title", "It's");
        ops.put(BulkInsert.class, new BulkInsert("books", List.of(row)));
        ops.put(CreateSchema.class, new CreateSchema("billing"));
        ops.put(DropSchema.class, new DropSchema("billing"));
        return ops;
    }

    static final Map<Class<?>, List<String>> GOLDEN = Map.ofEntries(
            Map.entry(CreateTable.class, List.of(
                    "CREATE TABLE books (id bigint GENERATED BY DEFAULT AS IDENTITY NOT NULL,"
                            + " title varchar(200) NOT NULL, status varchar(20) DEFAULT 'draft' NOT NULL,"
                            + " author_id bigint, \"order\" integer, PRIMARY KEY (id),"
                            + " CONSTRAINT uk_books_title UNIQUE (title),"
                            + " CONSTRAINT fk_books_author FOREIGN KEY (author_id) REFERENCES authors (id) ON DELETE CASCADE,"
                            + " CHECK (status in ('draft','done')))",
                    "CREATE INDEX ix_books_author ON books (author_id, \"order\")",
                    "CREATE UNIQUE INDEX ux_books_status ON books (status)",
                    "COMMENT ON TABLE books IS 'All the books'",
                    "COMMENT ON COLUMN books.status IS 'Where it''s at'")),
            Map.entry(DropTable.class, List.of("DROP TABLE books")),
            Map.entry(RenameTable.class, List.of("ALTER TABLE books RENAME TO \"user\"")),
            Map.entry(AddColumn.class, List.of("ALTER TABLE books ADD COLUMN pages integer DEFAULT 0 NOT NULL",
                    "COMMENT ON COLUMN books.pages IS 'Page count'")),
            Map.entry(DropColumn.class, List.of("ALTER TABLE books DROP COLUMN title")),
            Map.entry(AlterColumn.class, List.of(
                    "ALTER TABLE books ALTER COLUMN title TYPE varchar(300) USING title::varchar(300)")),
            Map.entry(RenameColumn.class, List.of("ALTER TABLE books RENAME COLUMN title TO \"Name\"")),
            Map.entry(CreateIndex.class, List.of("CREATE INDEX ix_books_title ON books (title)")),
            Map.entry(DropIndex.class, List.of("DROP INDEX ix_books_title")),
            Map.entry(AddConstraint.class, List.of("ALTER TABLE books ADD CONSTRAINT uk_books_title UNIQUE (title)")),
            Map.entry(DropConstraint.class, List.of("ALTER TABLE books DROP CONSTRAINT uk_books_title")),
            Map.entry(CreateSequence.class, List.of("CREATE SEQUENCE books_seq START WITH 1 INCREMENT BY 50")),
            Map.entry(DropSequence.class, List.of("DROP SEQUENCE books_seq")),
            Map.entry(AlterSequence.class, List.of("ALTER SEQUENCE books_seq INCREMENT BY 10")),
            Map.entry(AlterTableComment.class, List.of("COMMENT ON TABLE books IS 'Books'' list'")),
            Map.entry(ExecuteSql.class, List.of("UPDATE books SET status = 'done'")),
            Map.entry(DataStep.class, List.of("UPDATE books SET title = 'It''s' WHERE id = 7 AND '?' <> NULL")),
            Map.entry(BulkInsert.class, List.of("INSERT INTO books (id, title) VALUES (1, 'It''s')")),
            Map.entry(CreateSchema.class, List.of("CREATE SCHEMA billing")),
            Map.entry(DropSchema.class, List.of("DROP SCHEMA billing RESTRICT")));

    /** A table in another schema is named with it in every statement, its index dropped in that schema. */
    @Test
    void aQualifiedTableIsQualifiedInEveryStatement() {
        Table invoices = Table.builder("billing.invoices")
                .column(Column.builder("id", Type.bigint()).nullable(false).build())
                .column(Column.builder("user", Type.bigint()).build())
                .primaryKey(new PrimaryKey(Optional.empty(), List.of("id")))
                .index(new Index("ix_invoices_user", List.of("user"), false))
                .foreignKey(new ForeignKey(Optional.empty(), List.of("user"), "books", List.of("id"),
                        ReferentialAction.CASCADE))
                .build();
        Schema before = new Schema(List.of(books(), invoices), List.of());
        assertThat(dialect.toSql(new CreateTable(invoices), Schema.EMPTY)).startsWith(
                "CREATE TABLE billing.invoices (id bigint NOT NULL, \"user\" bigint, PRIMARY KEY (id),"
                        + " FOREIGN KEY (\"user\") REFERENCES books (id) ON DELETE CASCADE)");
        assertThat(dialect.toSql(new DropIndex("billing.invoices", invoices.indexes().get(0)), before))
                .containsExactly("DROP INDEX billing.ix_invoices_user");
        assertThat(dialect.toSql(new DropConstraint("billing.invoices", invoices.foreignKeys().get(0)), before))
                .containsExactly("ALTER TABLE billing.invoices DROP CONSTRAINT invoices_user_fkey");
        assertThat(dialect.toSql(new DropSequence(new Sequence("Billing.seq", 1, 1)), before))
                .containsExactly("DROP SEQUENCE \"Billing\".seq");
    }

    @Test
    void everyOpHasAGoldenStatement() {
        assertThat(examples().keySet()).containsExactlyInAnyOrder(Op.class.getPermittedSubclasses());
        assertThat(GOLDEN.keySet()).containsExactlyInAnyOrder(Op.class.getPermittedSubclasses());
    }

    @Test
    void eachOpGivesItsGoldenStatements() {
        Schema before = new Schema(List.of(books()), List.of());
        for (Map.Entry<Class<?>, Op> example : examples().entrySet()) {
            assertThat(dialect.toSql(example.getValue(), before)).as(example.getKey().getSimpleName())
                    .isEqualTo(GOLDEN.get(example.getKey()));
        }
    }

    @Test
    void anIndexBuiltOrDroppedConcurrently() {
        Index unique = new Index("ux_books_title", List.of("title"), true);
        assertThat(sql(new CreateIndex("books", unique, true)))
                .containsExactly("CREATE UNIQUE INDEX CONCURRENTLY ux_books_title ON books (title)");
        assertThat(sql(new CreateIndex("books", unique, true).reverse()))
                .containsExactly("DROP INDEX CONCURRENTLY ux_books_title");
        assertThat(sql(new DropIndex("books", unique))).containsExactly("DROP INDEX ux_books_title");
    }

    @Test
    void alterColumnWritesOnlyWhatDiffers() {
        Column price = Column.builder("price", Type.numeric(10, 2)).defaultValue("0").build();
        assertThat(sql(new AlterColumn("books", price, price.toBuilder().nullable(false).build())))
                .containsExactly("ALTER TABLE books ALTER COLUMN price SET NOT NULL");
        assertThat(sql(new AlterColumn("books", price, price.toBuilder().defaultValue(Optional.empty()).build())))
                .containsExactly("ALTER TABLE books ALTER COLUMN price DROP DEFAULT");
        assertThat(sql(new AlterColumn("books", price, price.toBuilder().comment("Euros").build())))
                .containsExactly("COMMENT ON COLUMN books.price IS 'Euros'");
        assertThat(sql(new AlterColumn("books", price.toBuilder().comment("Euros").build(), price)))
                .containsExactly("COMMENT ON COLUMN books.price IS NULL");
    }

    @Test
    void alterColumnOrdersCombinedChanges() {
        Column code = Column.builder("code", Type.varchar(10)).defaultValue("'0'").build();
        Column changed = Column.builder("code", Type.integer()).nullable(false).defaultValue("1").build();
        List<String> sql = sql(new AlterColumn("books", code, changed));
        // varchar to integer may not keep every value: the guard counts the misfits before the cast.
        assertThat(sql.get(1)).startsWith("DO $autogen$ DECLARE misfits bigint; BEGIN LOCK TABLE books")
                .contains("code::numeric <> trunc(code::numeric)").endsWith("END $autogen$");
        assertThat(sql.subList(0, 1)).containsExactly("ALTER TABLE books ALTER COLUMN code DROP DEFAULT");
        assertThat(sql.subList(2, sql.size())).containsExactly(
                "ALTER TABLE books ALTER COLUMN code TYPE integer USING code::integer",
                "ALTER TABLE books ALTER COLUMN code SET NOT NULL",
                "ALTER TABLE books ALTER COLUMN code SET DEFAULT 1");
    }

    @Test
    void identityComesOnAfterNotNullAndOffBeforeNullable() {
        Column plain = Column.builder("id", Type.bigint()).build();
        Column identity = plain.toBuilder().identity(true).build();
        assertThat(sql(new AlterColumn("books", plain, identity))).containsExactly(
                "ALTER TABLE books ALTER COLUMN id SET NOT NULL",
                "ALTER TABLE books ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY");
        assertThat(sql(new AlterColumn("books", identity, plain))).containsExactly(
                "ALTER TABLE books ALTER COLUMN id DROP IDENTITY",
                "ALTER TABLE books ALTER COLUMN id DROP NOT NULL");
    }

    @Test
    void addConstraintWritesEachKind() {
        assertThat(sql(new AddConstraint("books", PrimaryKey.of("id", "title"))))
                .containsExactly("ALTER TABLE books ADD PRIMARY KEY (id, title)");
        assertThat(sql(new AddConstraint("books", new ForeignKey(Optional.of("fk_a"), List.of("author_id"), "authors",
                List.of("id"), ReferentialAction.SET_NULL))))
                .containsExactly("ALTER TABLE books ADD CONSTRAINT fk_a FOREIGN KEY (author_id) REFERENCES authors (id)"
                        + " ON DELETE SET NULL");
        assertThat(sql(new AddConstraint("books", new CheckConstraint(Optional.of("ck_price"), "price >= 0"))))
                .containsExactly("ALTER TABLE books ADD CONSTRAINT ck_price CHECK (price >= 0)");
    }

    @Test
    void dropConstraintTakesAnUnnamedConstraintsNameFromTheSchemaBefore() {
        Table reflected = books().toBuilder()
                .primaryKey(new PrimaryKey(Optional.of("pk_books"), List.of("id")))
                .checks(List.of(new CheckConstraint(Optional.of("books_status_check"),
                        "((status)::text = ANY ((ARRAY['draft'::character varying, 'done'::character varying])::text[]))")))
                .build();
        Schema before = new Schema(List.of(reflected), List.of());
        assertThat(dialect.toSql(new DropConstraint("books", PrimaryKey.of("id")), before))
                .containsExactly("ALTER TABLE books DROP CONSTRAINT pk_books");
        assertThat(dialect.toSql(new DropConstraint("books",
                new CheckConstraint(Optional.empty(), "status in ('draft', 'done')")), before))
                .containsExactly("ALTER TABLE books DROP CONSTRAINT books_status_check");
    }

    @Test
    void dropConstraintFallsBackToPostgresqlsOwnNames() {
        Schema before = Schema.EMPTY;
        assertThat(dialect.toSql(new DropConstraint("books", PrimaryKey.of("id")), before))
                .containsExactly("ALTER TABLE books DROP CONSTRAINT books_pkey");
        assertThat(dialect.toSql(new DropConstraint("books",
                new UniqueConstraint(Optional.empty(), List.of("title", "isbn"))), before))
                .containsExactly("ALTER TABLE books DROP CONSTRAINT books_title_isbn_key");
        assertThat(dialect.toSql(new DropConstraint("books", new ForeignKey(Optional.empty(), List.of("author_id"),
                "authors", List.of("id"), ReferentialAction.NO_ACTION)), before))
                .containsExactly("ALTER TABLE books DROP CONSTRAINT books_author_id_fkey");
        Schema withColumns = new Schema(List.of(books()), List.of());
        assertThat(dialect.toSql(new DropConstraint("books", new CheckConstraint(Optional.empty(), "title <> ''")),
                withColumns)).containsExactly("ALTER TABLE books DROP CONSTRAINT books_title_check");
    }

    @Test
    void longDefaultNamesAreShortenedAsPostgresqlDoes() {
        String table = "a".repeat(40);
        String column = "b".repeat(40);
        // makeObjectName: 63 characters in all, the longer part shortened first.
        assertThat(PostgresObjectNames.objectName(table, column, "key"))
                .isEqualTo("a".repeat(29) + "_" + "b".repeat(29) + "_key")
                .hasSize(63);
    }

    @Test
    void bulkInsertRendersLiteralsSafely() {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("a", null);
        row.put("b", true);
        row.put("c", new BigDecimal("1E+3"));
        row.put("d", Double.NaN);
        row.put("e", "back\\slash 'quote'");
        row.put("f", new byte[] {1, (byte) 0xff});
        row.put("g", UUID.fromString("123e4567-e89b-12d3-a456-426614174000"));
        row.put("h", java.time.LocalDate.of(2024, 2, 29));
        assertThat(sql(new BulkInsert("user", List.of(row, Map.of())))).containsExactly(
                "INSERT INTO \"user\" (a, b, c, d, e, f, g, h) VALUES (NULL, TRUE, 1000, 'NaN',"
                        + " E'back\\\\slash ''quote''', E'\\\\x01ff'::bytea, '123e4567-e89b-12d3-a456-426614174000',"
                        + " '2024-02-29')",
                "INSERT INTO \"user\" DEFAULT VALUES");
    }

    @Test
    void bulkInsertRejectsValuesItCannotWrite() {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("a", Arrays.asList(1, 2));
        assertThatThrownBy(() -> sql(new BulkInsert("books", List.of(row))))
                .isInstanceOf(AutogenException.class).hasMessageContaining("java.util.Arrays$ArrayList");
        assertThatThrownBy(() -> sql(new BulkInsert("books", List.of(Map.of("a", "nul\0")))))
                .isInstanceOf(AutogenException.class).hasMessageContaining("NUL");
    }

    @Test
    void aColumnCannotHaveBothIdentityAndDefault() {
        Column both = ID.toBuilder().defaultValue("1").build();
        assertThatThrownBy(() -> sql(new AddColumn("books", both))).isInstanceOf(AutogenException.class)
                .hasMessageContaining("books.id");
    }

    private List<String> sql(Op op) {
        return dialect.toSql(op, new Schema(List.of(books()), List.of()));
    }
}
