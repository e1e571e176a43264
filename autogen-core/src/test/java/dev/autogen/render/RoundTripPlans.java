package dev.autogen.render;

import dev.autogen.ops.AddColumn;
import dev.autogen.ops.AddConstraint;
import dev.autogen.ops.AlterColumn;
import dev.autogen.ops.AlterSequence;
import dev.autogen.ops.AlterTableComment;
import dev.autogen.ops.BulkInsert;
import dev.autogen.ops.CreateSchema;
import dev.autogen.ops.CreateIndex;
import dev.autogen.ops.CreateSequence;
import dev.autogen.ops.CreateTable;
import dev.autogen.ops.DropColumn;
import dev.autogen.ops.DropConstraint;
import dev.autogen.ops.DropIndex;
import dev.autogen.ops.DropSequence;
import dev.autogen.ops.DropTable;
import dev.autogen.ops.BoundStatement;
import dev.autogen.ops.DataStep;
import dev.autogen.ops.ExecuteSql;
import dev.autogen.ops.MigrationPlan;
import dev.autogen.ops.RenameColumn;
import dev.autogen.ops.RenameTable;
import dev.autogen.schema.CheckConstraint;
import dev.autogen.schema.Column;
import dev.autogen.schema.ColumnType;
import dev.autogen.schema.ForeignKey;
import dev.autogen.schema.Index;
import dev.autogen.schema.PrimaryKey;
import dev.autogen.schema.ReferentialAction;
import dev.autogen.schema.Schema;
import dev.autogen.schema.Sequence;
import dev.autogen.schema.Table;
import dev.autogen.schema.UniqueConstraint;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Hand-built plans that together use every op, every column type and every column attribute. */
final class RoundTripPlans {
    private RoundTripPlans() {
    }

    /** From an empty database: tables with every element, then changes to them. */
    static MigrationPlan creating() {
        Column price = Column.builder("price", new ColumnType.Numeric(10, 2)).build();
        Column id = Column.builder("id", new ColumnType.Int(32)).nullable(false).build();
        return new MigrationPlan(List.of(
                new CreateSchema("billing"),
                new CreateTable(authors()),
                new CreateTable(books()),
                new CreateTable(Table.builder("billing.invoices")
                        .column(Column.builder("id", new ColumnType.Int(64)).nullable(false).build())
                        .column(Column.builder("author_id", new ColumnType.Int(64)).build())
                        .primaryKey(new PrimaryKey(Optional.of("pk_invoices"), List.of("id")))
                        .foreignKey(new ForeignKey(Optional.of("fk_invoices_author"), List.of("author_id"), "authors",
                                List.of("id"), ReferentialAction.NO_ACTION)).build()),
                new CreateTable(allTypes()),
                new AddColumn("books", Column.builder("isbn", new ColumnType.Char(13)).comment("ISBN-13").build()),
                new AlterColumn("books", price, price.toBuilder().type(new ColumnType.Numeric(12, 2))
                        .nullable(false).defaultValue("0").comment("in EUR, \"net\"").build()),
                new AlterColumn("books", id, id.toBuilder().identity(true).build()),
                new RenameColumn("books", "isbn", "isbn13"),
                new CreateIndex("books", new Index("ix_books_isbn13", List.of("isbn13"), false)),
                new CreateIndex("authors", new Index("ux_authors_name", List.of("name"), true)),
                new AddConstraint("books", UniqueConstraint.of("uq_books_isbn13", "isbn13")),
                new AddConstraint("authors", new CheckConstraint(Optional.of("ck_authors_name"), "length(name) > 0")),
                new CreateTable(Table.builder("notes").column(Column.builder("id", new ColumnType.Int(32)).build())
                        .column(Column.builder("book_id", new ColumnType.Int(32)).build()).build()),
                new AddConstraint("notes", new PrimaryKey(Optional.of("pk_notes"), List.of("id"))),
                new AddConstraint("notes", new ForeignKey(Optional.of("fk_notes_book"), List.of("book_id"), "books",
                        List.of("id"), ReferentialAction.SET_NULL)),
                new RenameTable("notes", "book_notes"),
                new CreateSequence(new Sequence("seq_books", 1000, 50)),
                new AlterSequence(new Sequence("seq_books", 1000, 50), new Sequence("seq_books", 1, 10)),
                new AlterTableComment("authors", Optional.of("Writers, living or not"), Optional.of("Writers")),
                new AlterTableComment("books", Optional.empty(), Optional.of("Books")),
                new AlterTableComment("books", Optional.of("Books"), Optional.empty()),
                new CreateSequence(new Sequence("seq_big", 10_000_000_000L, -1)),
                new ExecuteSql("UPDATE books SET price = 0\nWHERE price IS NULL AND title <> 'a\\b'",
                        Optional.of("SELECT 1"))));
    }

    static Table authors() {
        return Table.builder("authors")
                .column(Column.builder("id", new ColumnType.Int(64)).nullable(false).identity(true).build())
                .column(Column.builder("name", new ColumnType.Varchar(80)).nullable(false).build())
                .primaryKey(new PrimaryKey(Optional.of("pk_authors"), List.of("id")))
                .comment(Optional.of("Writers, living or not"))
                .build();
    }

    static Table books() {
        return Table.builder("books")
                .column(Column.builder("id", new ColumnType.Int(32)).nullable(false).build())
                .column(Column.builder("author_id", new ColumnType.Int(64)).build())
                .column(Column.builder("title", new ColumnType.Varchar(200)).nullable(false)
                        .defaultValue("'untitled'").build())
                .column(Column.builder("price", new ColumnType.Numeric(10, 2)).build())
                .primaryKey(PrimaryKey.of("id"))
                .foreignKey(new ForeignKey(Optional.of("fk_books_author"), List.of("author_id"), "authors",
                        List.of("id"), ReferentialAction.CASCADE))
                .uniqueConstraint(UniqueConstraint.of("uq_books_title", "title"))
                .check(new CheckConstraint(Optional.of("ck_books_price"), "price >= 0"))
                .index(new Index("ix_books_title", List.of("title"), false))
                .index(new Index("ux_books_author_title", List.of("author_id", "title"), true))
                .build();
    }

    /**
     * Enough created tables that one method holding them all would exceed the JVM's 64 KiB of
     * bytecode per method (javac: "code too large"), as the first migration of a large model does.
     */
    static MigrationPlan manyTables(int count) {
        List<CreateTable> creates = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) {
            String name = String.format("t%04d", i);
            Table.Builder table = Table.builder(name)
                    .column(Column.builder("id", new ColumnType.Int(64)).nullable(false).identity(true).build())
                    .column(Column.builder("parent_id", new ColumnType.Int(64)).build());
            for (String text : List.of("code", "email", "title", "note", "city")) {
                table.column(Column.builder(text, new ColumnType.Varchar(120)).build());
            }
            table.column(Column.builder("price", new ColumnType.Numeric(12, 2)).build())
                    .column(Column.builder("since", new ColumnType.Date()).build())
                    .primaryKey(PrimaryKey.of("id"))
                    .foreignKey(new ForeignKey(Optional.of("fk_" + name + "_parent"), List.of("parent_id"),
                            String.format("t%04d", Math.max(0, i - 1)), List.of("id"), ReferentialAction.NO_ACTION))
                    .uniqueConstraint(UniqueConstraint.of("uq_" + name + "_email", "email"))
                    .index(new Index("ix_" + name + "_code", List.of("code"), false));
            creates.add(new CreateTable(table.build()));
        }
        return new MigrationPlan(List.copyOf(creates));
    }

    static Table allTypes() {
        List<ColumnType> types = List.of(new ColumnType.Int(16), new ColumnType.Int(32), new ColumnType.Int(64),
                new ColumnType.Varchar(10), new ColumnType.Char(2), new ColumnType.Text(),
                new ColumnType.Numeric(5, 1), new ColumnType.Numeric(0, 0), new ColumnType.Floating(32),
                new ColumnType.Floating(64), new ColumnType.Bool(), new ColumnType.Date(), new ColumnType.Time(false),
                new ColumnType.Time(true), new ColumnType.Timestamp(false), new ColumnType.Timestamp(true),
                new ColumnType.Binary(16), new ColumnType.Blob(), new ColumnType.Uuid(),
                new ColumnType.Native("jsonb"));
        Table.Builder table = Table.builder("all_types");
        for (int i = 0; i < types.size(); i++) {
            table.column(Column.builder("c" + i, types.get(i)).build());
        }
        return table.build();
    }

    /** A database whose constraints carry no names, as SQLite reports them. */
    static Schema existing() {
        Table accounts = Table.builder("accounts")
                .column(Column.builder("id", new ColumnType.Int(64)).nullable(false).build())
                .column(Column.builder("email", new ColumnType.Varchar(100)).nullable(false).build())
                .column(Column.builder("nickname", new ColumnType.Varchar(30)).defaultValue("'x'")
                        .comment("nick").build())
                .column(Column.builder("owner_id", new ColumnType.Int(64)).build())
                .column(Column.builder("score", new ColumnType.Int(32)).build())
                .primaryKey(PrimaryKey.of("id"))
                .uniqueConstraint(new UniqueConstraint(Optional.empty(), List.of("email")))
                .uniqueConstraint(UniqueConstraint.of("uq_accounts_nickname", "nickname"))
                .foreignKey(new ForeignKey(Optional.empty(), List.of("owner_id"), "accounts", List.of("id"),
                        ReferentialAction.NO_ACTION))
                .check(new CheckConstraint(Optional.empty(), "score >= 0"))
                .index(new Index("ix_accounts_score", List.of("score"), false))
                .build();
        Table old = Table.builder("old_stuff").column(Column.builder("id", new ColumnType.Int(32)).build()).build();
        return new Schema(List.of(accounts, old), List.of(new Sequence("seq_old", 1, 1)));
    }

    /** Drops of everything in {@link #existing()}, unnamed constraints included. */
    static MigrationPlan dropping() {
        Table accounts = existing().table("accounts").orElseThrow();
        Column nickname = accounts.column("nickname").orElseThrow();
        return new MigrationPlan(List.of(
                new DropConstraint("accounts", accounts.uniqueConstraints().get(0)),
                new DropConstraint("accounts", accounts.foreignKeys().get(0)),
                new DropConstraint("accounts", accounts.checks().get(0)),
                new DropConstraint("accounts", accounts.uniqueConstraints().get(1)),
                new DropIndex("accounts", accounts.indexes().get(0)),
                new AlterColumn("accounts", nickname, nickname.toBuilder().type(new ColumnType.Varchar(60))
                        .defaultValue(Optional.empty()).comment(Optional.empty()).build()),
                new DropColumn("accounts", accounts.column("score").orElseThrow()),
                new DropConstraint("accounts", accounts.primaryKey().orElseThrow()),
                new DropSequence(new Sequence("seq_old", 1, 1)),
                new DropTable(existing().table("old_stuff").orElseThrow())));
    }

    static Schema withSequenceTable() {
        return new Schema(List.of(Table.builder("hibernate_sequences")
                .column(Column.builder("sequence_name", new ColumnType.Varchar(255)).build())
                .column(Column.builder("next_val", new ColumnType.Int(64)).build())
                .build()), List.of());
    }

    /** Ops with no reverse: inserted rows and SQL given without its undo. */
    static MigrationPlan inserting() {
        Map<String, Object> wide = new LinkedHashMap<>();
        for (int i = 0; i < 11; i++) {
            wide.put("c" + i, i);
        }
        Map<String, Object> typed = new LinkedHashMap<>();
        typed.put("text", "it's \"quoted\"\n");
        typed.put("long", 5L);
        typed.put("short", (short) 3);
        typed.put("flag", true);
        typed.put("ratio", 0.25);
        typed.put("amount", new BigDecimal("12.50"));
        typed.put("day", LocalDate.of(2026, 2, 28));
        typed.put("letter", '\'');
        return new MigrationPlan(List.of(
                new BulkInsert("hibernate_sequences", List.of(Map.of("sequence_name", "default", "next_val", 1L))),
                new BulkInsert("hibernate_sequences", List.of(wide, typed)),
                new ExecuteSql("ANALYZE", Optional.empty()),
                new DataStep(new BoundStatement("UPDATE hibernate_sequences SET next_val = ? WHERE sequence_name = ?"
                        + " AND next_val < ?", Arrays.asList(5L, "it's", null)))));
    }

    /**
     * Names, comments, SQL and values holding the line and paragraph separators (U+2028, U+2029),
     * which javac reads inside a literal but JavaPoet's {@code $S} breaks the line at.
     */
    static MigrationPlan separators() {
        String line = "\u2028";
        String paragraph = "\u2029";
        Table table = separatorTable();
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", 1);
        row.put("note" + paragraph, line + "x" + paragraph);
        row.put("letter", '\u2029');
        return new MigrationPlan(List.of(new CreateTable(table),
                new BulkInsert(table.name(), List.of(row)),
                new ExecuteSql("UPDATE \"odd" + line + "table\" SET id = 2", Optional.of("SELECT '" + line + "'"))));
    }

    static Table separatorTable() {
        String line = "\u2028";
        String paragraph = "\u2029";
        return Table.builder("odd" + line + "table")
                .column(Column.builder("id", new ColumnType.Int(32)).nullable(false).build())
                .column(Column.builder("note" + paragraph, new ColumnType.Varchar(40))
                        .defaultValue("'a" + line + "b'").comment("first" + line + "second" + paragraph).build())
                .column(Column.builder("letter", new ColumnType.Char(1)).build())
                .check(new CheckConstraint(Optional.of("ck" + line), "id <> 0 OR '" + paragraph + "' = ''"))
                .comment(Optional.of(line))
                .build();
    }

    /**
     * A NOT NULL column without a default on an existing table, named with a separator and a
     * backslash-u: the file gets a "NEEDS DATA" comment naming it, which javac reads unicode escapes in.
     */
    static MigrationPlan separatorColumnNeedingData() {
        return new MigrationPlan(List.of(new AddColumn(separatorTable().name(),
                Column.builder("back\\u\u2028slash", new ColumnType.Int(32)).nullable(false).build())));
    }
}
