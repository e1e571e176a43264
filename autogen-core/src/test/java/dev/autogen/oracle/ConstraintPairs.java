package dev.autogen.oracle;

import static dev.autogen.oracle.ColumnPairs.author;

import java.util.ArrayList;
import java.util.List;

/** Model pairs that change keys, constraints, indexes, sequences and identity: SPEC.md section 7, second half. */
final class ConstraintPairs {
    private ConstraintPairs() {
    }

    private static String book(String annotations, String fields) {
        return annotations + "@Entity class Book {\n    @Id Long id;\n    String title;\n    String isbn;\n" + fields + "}\n";
    }

    private static String entity(String annotations, String fields) {
        return annotations + "@Entity class Item {\n" + fields + "}\n";
    }

    static List<ModelPair> all() {
        List<ModelPair> all = new ArrayList<>(keys());
        all.addAll(generatedAndMapped());
        return all;
    }

    /** Unique constraints, indexes, foreign keys, primary keys and checks. */
    private static List<ModelPair> keys() {
        String author = author("");
        ModelPair namedUnique = ModelPair.of("add named unique constraint", author + book("", ""), author
                + book("@Table(uniqueConstraints = @UniqueConstraint(name = \"uk_book_isbn\", columnNames = \"isbn\"))\n",
                        ""), "AddConstraint");
        ModelPair columnUnique = ModelPair.of("add @Column(unique = true)", author("    String email;\n"),
                author("    @Column(unique = true) String email;\n"), "AddConstraint");
        ModelPair index = ModelPair.of("add index", author + book("", ""),
                author + book("@Table(indexes = @Index(name = \"idx_book_title\", columnList = \"title, isbn\"))\n", ""),
                "CreateIndex");
        ModelPair foreignKey = ModelPair.of("add foreign key", author + book("", ""),
                author + book("", "    @ManyToOne Author author;\n"), "AddColumn", "AddConstraint");
        return List.of(
                namedUnique,
                namedUnique.reversed("drop named unique constraint", "DropConstraint"),
                columnUnique,
                columnUnique.reversed("drop @Column(unique = true)", "DropConstraint"),
                ModelPair.of("add two-column unique from @Table(uniqueConstraints)", author + book("", ""), author
                        + book("@Table(uniqueConstraints = @UniqueConstraint(columnNames = {\"title\", \"isbn\"}))\n", ""),
                        "AddConstraint"),
                ModelPair.of("add unique @Index", author + book("", ""), author
                        + book("@Table(indexes = @Index(name = \"ux_book_isbn\", columnList = \"isbn\", unique = true))\n",
                                ""), "AddConstraint"),
                index,
                index.reversed("drop index", "DropIndex"),
                ModelPair.of("change index columns",
                        author + book("@Table(indexes = @Index(name = \"idx_book\", columnList = \"title\"))\n", ""),
                        author + book("@Table(indexes = @Index(name = \"idx_book\", columnList = \"isbn\"))\n", ""),
                        "DropIndex", "CreateIndex"),
                foreignKey,
                foreignKey.reversed("drop foreign key", "DropColumn", "DropConstraint"),
                ModelPair.of("add @OnDelete(CASCADE)", author + book("", "    @ManyToOne Author author;\n"),
                        author + book("", "    @ManyToOne @OnDelete(action = OnDeleteAction.CASCADE) Author author;\n"),
                        "DropConstraint", "AddConstraint"),
                ModelPair.of("move primary key", entity("", "    Long id;\n    @Id @Column(length = 8) String code;\n"),
                        entity("", "    @Id Long id;\n    @Column(length = 8, nullable = false) String code;\n"),
                        "DropConstraint", "AddConstraint", "AlterColumn"),
                ModelPair.of("add table @Check", author,
                        "@Check(constraints = \"length(name) > 1\")\n" + author, "AddConstraint"));
    }

    /** Checks Hibernate generates, join and collection tables, generators, identity, inheritance. */
    private static List<ModelPair> generatedAndMapped() {
        String author = author("");
        return List.of(
                ModelPair.of("enum string value added",
                        author("    @Enumerated(EnumType.STRING) Level level;\n") + "enum Level { LOW, HIGH }\n",
                        author("    @Enumerated(EnumType.STRING) Level level;\n") + "enum Level { LOW, MEDIUM, HIGH }\n",
                        "DropConstraint", "AddConstraint")
                        // Hibernate's MariaDB dialect writes a native enum('HIGH','LOW') type, not a check.
                        .onMariaDb("AlterColumn"),
                ModelPair.of("enum ordinal value added",
                        author("    @Enumerated(EnumType.ORDINAL) Level level;\n") + "enum Level { LOW, HIGH }\n",
                        author("    @Enumerated(EnumType.ORDINAL) Level level;\n") + "enum Level { LOW, MEDIUM, HIGH }\n",
                        "DropConstraint", "AddConstraint"),
                ModelPair.of("add many-to-many join table", author + book("", ""),
                        author + book("", "    @ManyToMany Set<Author> authors;\n"), "CreateTable"),
                ModelPair.of("add element collection", author(""),
                        author("    @ElementCollection @Column(length = 30) Set<String> aliases;\n"), "CreateTable"),
                ModelPair.of("add sequence generator", entity("", "    @Id Long id;\n"), entity("",
                        "    @Id @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = \"g\")\n"
                        + "    @SequenceGenerator(name = \"g\", sequenceName = \"item_ids\", initialValue = 5) Long id;\n"),
                        "CreateSequence").onSqlite("CreateTable", "BulkInsert"),
                ModelPair.of("change sequence increment", entity("",
                        "    @Id @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = \"g\")\n"
                        + "    @SequenceGenerator(name = \"g\", sequenceName = \"item_ids\", allocationSize = 50) Long id;\n"),
                        entity("", "    @Id @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = \"g\")\n"
                        + "    @SequenceGenerator(name = \"g\", sequenceName = \"item_ids\", allocationSize = 10) Long id;\n"),
                        "AlterSequence").onSqlite(),
                ModelPair.of("change sequence start", entity("",
                        "    @Id @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = \"g\")\n"
                        + "    @SequenceGenerator(name = \"g\", sequenceName = \"item_ids\") Long id;\n"),
                        entity("", "    @Id @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = \"g\")\n"
                        + "    @SequenceGenerator(name = \"g\", sequenceName = \"item_ids\", initialValue = 100) Long id;\n"),
                        "AlterSequence").onSqlite(),
                ModelPair.of("add table generator", entity("", "    @Id Long id;\n"), entity("",
                        "    @Id @GeneratedValue(strategy = GenerationType.TABLE) Long id;\n"), "CreateTable", "BulkInsert"),
                ModelPair.of("make identity", entity("", "    @Id Long id;\n"),
                        entity("", "    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;\n"), "AlterColumn"),
                ModelPair.of("stop identity", entity("", "    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;\n"),
                        entity("", "    @Id Long id;\n"), "AlterColumn"),
                ModelPair.of("add single-table subclass", author + vehicle(""),
                        author + vehicle("@Entity class Truck extends Vehicle {\n    Integer axles;\n}\n"),
                        "AddColumn", "DropConstraint", "AddConstraint"),
                ModelPair.of("add joined subclass", author + payment(""),
                        author + payment("@Entity class Card extends Payment {\n    String number;\n}\n"), "CreateTable"));
    }

    private static String vehicle(String subclasses) {
        return "@Entity @Inheritance(strategy = InheritanceType.SINGLE_TABLE) class Vehicle {\n    @Id Long id;\n}\n"
                + "@Entity class Car extends Vehicle {\n    Integer doors;\n}\n" + subclasses;
    }

    private static String payment(String subclasses) {
        return "@Entity @Inheritance(strategy = InheritanceType.JOINED) class Payment {\n    @Id Long id;\n}\n"
                + subclasses;
    }
}
