package dev.autogen.diff;

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
import java.util.List;
import java.util.Optional;

/** Small builders that keep the diff tests readable. */
final class Fixtures {
    static final ColumnType BIGINT = new ColumnType.Int(64);
    static final ColumnType INTEGER = new ColumnType.Int(32);

    private Fixtures() {
    }

    static Column nullable(String name, ColumnType type) {
        return Column.builder(name, type).build();
    }

    static Column notNull(String name, ColumnType type) {
        return Column.builder(name, type).nullable(false).build();
    }

    static ColumnType varchar(int length) {
        return new ColumnType.Varchar(length);
    }

    static PrimaryKey pk(String name, String... columns) {
        return new PrimaryKey(Optional.of(name), List.of(columns));
    }

    static UniqueConstraint unique(String name, String... columns) {
        return new UniqueConstraint(Optional.of(name), List.of(columns));
    }

    static Index index(String name, String... columns) {
        return new Index(name, List.of(columns), false);
    }

    static Index uniqueIndex(String name, String... columns) {
        return new Index(name, List.of(columns), true);
    }

    static ForeignKey fk(String name, String column, String referencedTable, String referencedColumn) {
        return fk(name, column, referencedTable, referencedColumn, ReferentialAction.NO_ACTION);
    }

    static ForeignKey fk(String name, String column, String referencedTable, String referencedColumn,
            ReferentialAction onDelete) {
        return new ForeignKey(Optional.ofNullable(name), List.of(column), referencedTable,
                List.of(referencedColumn), onDelete);
    }

    static CheckConstraint check(String name, String condition) {
        return new CheckConstraint(Optional.ofNullable(name), condition);
    }

    /** A table with a bigint primary key column {@code id} and the given further columns. */
    static Table.Builder table(String name, Column... columns) {
        Table.Builder b = Table.builder(name).column(notNull("id", BIGINT)).primaryKey(pk(name + "_pkey", "id"));
        for (Column c : columns) {
            b.column(c);
        }
        return b;
    }

    static Schema schema(Table... tables) {
        return new Schema(List.of(tables), List.of());
    }

    static Schema schema(List<Table> tables, Sequence... sequences) {
        return new Schema(tables, List.of(sequences));
    }

    static Table tableOf(Schema schema, String name) {
        return schema.table(name).orElseThrow();
    }

    /** {@code schema} with table {@code name} changed by {@code change}. */
    static Schema change(Schema schema, String name, java.util.function.UnaryOperator<Table.Builder> change) {
        List<Table> tables = schema.tables().stream()
                .map(t -> t.name().equals(name) ? change.apply(t.toBuilder()).build() : t).toList();
        return new Schema(tables, schema.sequences());
    }

    /** {@code table}'s column {@code name} changed by {@code change}. */
    static Table.Builder changeColumn(Table.Builder table, String name,
            java.util.function.UnaryOperator<Column.Builder> change) {
        Table built = table.build();
        return table.columns(built.columns().stream()
                .map(c -> c.name().equals(name) ? change.apply(c.toBuilder()).build() : c).toList());
    }

    /** authors, and books referencing them: every kind of constraint and index appears once. */
    static Schema library() {
        Table authors = table("authors", notNull("name", varchar(100)), nullable("email", varchar(200)))
                .uniqueConstraint(unique("uk_authors_email", "email")).build();
        Table books = table("books",
                notNull("title", varchar(200)),
                Column.builder("status", varchar(20)).nullable(false).defaultValue("'draft'").build(),
                Column.builder("price", new ColumnType.Numeric(10, 2)).comment("in cents").build(),
                nullable("author_id", BIGINT))
                .foreignKey(fk("fk_books_author", "author_id", "authors", "id", ReferentialAction.CASCADE))
                .index(index("ix_books_title", "title"))
                .check(check("ck_books_status", "status in ('draft', 'published')"))
                .build();
        return schema(List.of(authors, books), new Sequence("books_seq", 1, 50));
    }
}
