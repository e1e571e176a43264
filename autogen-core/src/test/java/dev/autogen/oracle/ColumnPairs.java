package dev.autogen.oracle;

import java.util.ArrayList;
import java.util.List;

/** Model pairs that change tables and columns: SPEC.md section 7, first half. */
final class ColumnPairs {
    private ColumnPairs() {
    }

    static String author(String fields) {
        return "@Entity class Author {\n    @Id Long id;\n    @Column(length = 100) String name;\n" + fields + "}\n";
    }

    private static final String BOOK = "@Entity class Book {\n    @Id Long id;\n    String title;\n}\n";

    static List<ModelPair> all() {
        List<ModelPair> all = new ArrayList<>(tablesAndTypes());
        all.addAll(defaultsAndComments());
        return all;
    }

    /** Tables, columns, types and nullability. */
    private static List<ModelPair> tablesAndTypes() {
        ModelPair addTable = ModelPair.of("add table", author(""), author("") + BOOK, "CreateTable");
        ModelPair addColumn = ModelPair.of("add column", author(""), author("    String email;\n"), "AddColumn");
        return List.of(
                addTable,
                addTable.reversed("drop table", "DropTable"),
                addColumn,
                addColumn.reversed("drop column", "DropColumn"),
                ModelPair.of("add not-null column", author(""), author("    @Column(nullable = false) int stars;\n"),
                        "AddColumn"),
                ModelPair.of("widen varchar", author("    @Column(length = 20) String code;\n"),
                        author("    @Column(length = 40) String code;\n"), "AlterColumn"),
                ModelPair.of("narrow varchar", author("    @Column(length = 40) String code;\n"),
                        author("    @Column(length = 20) String code;\n"), "AlterColumn"),
                ModelPair.of("numeric precision and scale", author("    @Column(precision = 10, scale = 2) BigDecimal fee;\n"),
                        author("    @Column(precision = 12, scale = 4) BigDecimal fee;\n"), "AlterColumn"),
                ModelPair.of("integer to bigint", author("    Integer age;\n"), author("    Long age;\n"), "AlterColumn"),
                ModelPair.of("varchar to integer", author("    String age;\n"), author("    Integer age;\n"), "AlterColumn"),
                ModelPair.of("string to text", author("    String bio;\n"),
                        author("    @Column(columnDefinition = \"text\") String bio;\n"), "AlterColumn"),
                ModelPair.of("timestamp gains a time zone", author("    LocalDateTime seen;\n"),
                        author("    OffsetDateTime seen;\n"), "AlterColumn").onSqlite()
                        // MariaDB's datetime has no time zone: Hibernate maps both to datetime(6).
                        .onMariaDb(),
                ModelPair.of("nullable to not null", author("    String email;\n"),
                        author("    @Column(nullable = false) String email;\n"), "AlterColumn"),
                ModelPair.of("not null to nullable", author("    @Column(nullable = false) String email;\n"),
                        author("    String email;\n"), "AlterColumn"),
                ModelPair.of("add version column", author(""), author("    @Version int version;\n"), "AddColumn"),
                ModelPair.of("add embedded", author(""), author("    @Embedded Address address;\n")
                        + "@Embeddable class Address {\n    String street;\n    @Column(length = 40) String city;\n}\n",
                        "AddColumn", "AddColumn"),
                ModelPair.of("quoted reserved-word table", author(""), author("")
                        + "@Entity @Table(name = \"\\\"Order\\\"\") class Order {\n    @Id Long id;\n"
                        + "    @Column(name = \"\\\"Select\\\"\") String select;\n}\n", "CreateTable"));
    }

    /** Server defaults and comments; SQLite keeps no comments, so there A and B are one schema. */
    private static List<ModelPair> defaultsAndComments() {
        ModelPair addDefault = ModelPair.of("add server default", author("    Integer rank;\n"),
                author("    @ColumnDefault(\"7\") Integer rank;\n"), "AlterColumn");
        ModelPair addComment = ModelPair.of("add column comment", author("    String bio;\n"),
                author("    @Comment(\"Short biography\") String bio;\n"), "AlterColumn").onSqlite();
        return List.of(
                addDefault,
                addDefault.reversed("drop server default", "AlterColumn"),
                ModelPair.of("change server default", author("    @ColumnDefault(\"'new'\") String state;\n"),
                        author("    @ColumnDefault(\"'old'\") String state;\n"), "AlterColumn"),
                ModelPair.of("default CURRENT_TIMESTAMP", author("    LocalDateTime created;\n"),
                        author("    @ColumnDefault(\"CURRENT_TIMESTAMP\") LocalDateTime created;\n"), "AlterColumn"),
                addComment,
                addComment.reversed("drop column comment", "AlterColumn").onSqlite(),
                ModelPair.of("change column comment", author("    @Comment(\"Old\") String bio;\n"),
                        author("    @Comment(\"New\") String bio;\n"), "AlterColumn").onSqlite(),
                ModelPair.of("add table comment", author(""), "@Comment(\"Writers\")\n" + author(""),
                        "AlterTableComment").onSqlite(),
                ModelPair.of("change table comment", "@Comment(\"Writers\")\n" + author(""),
                        "@Comment(\"Authors\")\n" + author(""), "AlterTableComment").onSqlite(),
                ModelPair.of("drop table comment", "@Comment(\"Writers\")\n" + author(""), author(""),
                        "AlterTableComment").onSqlite());
    }
}
