package dev.autogen.model.jpa;

import dev.autogen.dialect.Dialect;
import dev.autogen.dialect.postgresql.PostgresDialect;
import dev.autogen.dialect.sqlite.SqliteDialect;
import dev.autogen.model.jpa.fixtures.tutorial.Book;
import dev.autogen.schema.CheckConstraint;
import dev.autogen.schema.Column;
import dev.autogen.schema.ForeignKey;
import dev.autogen.schema.Index;
import dev.autogen.schema.PrimaryKey;
import dev.autogen.schema.Schema;
import dev.autogen.schema.Sequence;
import dev.autogen.schema.Table;
import dev.autogen.schema.UniqueConstraint;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.boot.model.naming.NamingHelper;

/** Reading the fixture packages, and the facts about Hibernate the expectations are built from. */
final class JpaFixtures {
    static final String FIXTURES = "dev.autogen.model.jpa.fixtures.";

    private JpaFixtures() {
    }

    static Stream<Dialect> dialects() {
        return Stream.of(new SqliteDialect(), new PostgresDialect());
    }

    static boolean isPostgres(Dialect dialect) {
        return dialect instanceof PostgresDialect;
    }

    /** The compiled test classes: a folder that is scanned like a user's build output. */
    static Path testClasses() {
        try {
            return Path.of(Book.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static EntitySource source(String scenario) {
        return source(scenario, "default");
    }

    static EntitySource source(String scenario, String naming) {
        return new EntitySource(List.of(testClasses()), List.of(FIXTURES + scenario), naming, naming);
    }

    static Schema read(String scenario, Dialect dialect) {
        return EntityModelReader.read(source(scenario), dialect);
    }

    /** Hibernate's implicit foreign key name: "FK" and a hash of table, referenced table and columns. */
    static String fkName(String table, String referencedTable, String... columns) {
        return NamingHelper.INSTANCE.generateHashedFkName("FK", Identifier.toIdentifier(table),
                Identifier.toIdentifier(referencedTable), identifiers(columns));
    }

    /** Hibernate's implicit unique key or index name: the prefix and a hash of table and columns. */
    static String constraintName(String prefix, String table, String... columns) {
        return NamingHelper.INSTANCE.generateHashedConstraintName(prefix, Identifier.toIdentifier(table),
                identifiers(columns));
    }

    private static Identifier[] identifiers(String... names) {
        return Arrays.stream(names).map(Identifier::toIdentifier).toArray(Identifier[]::new);
    }

    /**
     * The schema as PostgreSQL stores it: Hibernate writes unquoted names, which PostgreSQL folds
     * to lower case. Check conditions, defaults and comments are text, not names, and stay as they are.
     */
    static Schema asPostgresStoresIt(Schema schema) {
        return new Schema(schema.tables().stream().map(JpaFixtures::lower).toList(),
                schema.sequences().stream()
                        .map(s -> new Sequence(lower(s.name()), s.start(), s.increment())).toList());
    }

    static Table lower(Table table) {
        return Table.builder(lower(table.name()))
                .columns(table.columns().stream().map(c -> c.withName(lower(c.name()))).toList())
                .primaryKey(table.primaryKey().map(pk -> new PrimaryKey(lowerName(pk.name()), lower(pk.columns()))))
                .uniqueConstraints(table.uniqueConstraints().stream()
                        .map(u -> new UniqueConstraint(lowerName(u.name()), lower(u.columns()))).toList())
                .indexes(table.indexes().stream()
                        .map(i -> new Index(lower(i.name()), lower(i.columns()), i.unique())).toList())
                .foreignKeys(table.foreignKeys().stream()
                        .map(f -> new ForeignKey(lowerName(f.name()), lower(f.columns()), lower(f.referencedTable()),
                                lower(f.referencedColumns()), f.onDelete())).toList())
                .checks(table.checks().stream()
                        .map(c -> new CheckConstraint(lowerName(c.name()), c.condition())).toList())
                .comment(table.comment())
                .build();
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    private static List<String> lower(List<String> names) {
        return names.stream().map(JpaFixtures::lower).toList();
    }

    private static Optional<String> lowerName(Optional<String> name) {
        return name.map(JpaFixtures::lower);
    }

    static Column.Builder column(String name, dev.autogen.schema.ColumnType type) {
        return Column.builder(name, type);
    }
}
