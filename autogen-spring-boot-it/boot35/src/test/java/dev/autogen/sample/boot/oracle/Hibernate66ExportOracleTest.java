package dev.autogen.sample.boot.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.boot.it.AutogenCommandLine;
import dev.autogen.boot.it.FreshDatabase;
import jakarta.persistence.Converter;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.MappedSuperclass;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.hibernate.Version;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.BootstrapServiceRegistryBuilder;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.tool.schema.internal.SchemaCreatorImpl;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Hibernate 6.6 oracle: Hibernate 6.6's own schema export (this module runs Boot 3.5, so
 * Hibernate 6.6 is on the class path) creates the schema of the rich model that
 * HibernateExportOracleTest uses (every mapping shape, autogen-core's test fixtures), and autogen,
 * which reads entities with Hibernate 7.4, is run on it as a user runs it ({@code autogen revision}).
 * Following Hibernate 6.6 (found from the project's build file, as for a Boot 3.5 application),
 * autogen finds nothing, but on SQLite the foreign keys and named unique keys Hibernate's SQLite export
 * never writes (7.4's neither). Read as Hibernate 7 ({@code hibernate.version=7}) it finds exactly the
 * documented list of {@link #knownDifferences}, no more and no fewer.
 */
class Hibernate66ExportOracleTest {
    /**
     * Every fixture package but {@code qualified} (tables in another schema): autogen manages those
     * only where {@code schemas} lists them and refuses them on SQLite, and their shape is none of the
     * differences between 6.6 and 7.
     */
    private static final List<String> PACKAGES = Stream.concat(Stream.of("tutorial", "embedded", "elementcollection",
            "manytomany", "relations", "inheritance", "mappedsuperclass", "generators", "quoted", "columns",
            "packagelevel", "views").map(s -> "dev.autogen.model.jpa.fixtures." + s),
            Stream.of("dev.autogen.oracle.fixtures")).toList();

    static List<String> kinds() {
        return FreshDatabase.kinds();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void followingHibernate66AutogenFindsNothingInASchemaHibernate66Exported(String kind, @TempDir Path dir)
            throws Exception {
        assertThat(Version.getVersionString()).startsWith("6.6.");
        try (FreshDatabase db = exported(kind, dir)) {
            // No hibernate.version: the project's build file names Spring Boot 3.5, so autogen follows Hibernate 6.6.
            Path project = project(dir.resolve("as66"), db, "");
            Files.writeString(project.resolve("pom.xml"), "<project><parent><groupId>org.springframework.boot</groupId>"
                    + "<artifactId>spring-boot-starter-parent</artifactId><version>3.5.7</version></parent></project>\n");
            List<String> printed = revision(project);
            assertThat(printed).contains("Entities read as Hibernate 6.6 exports them (pom.xml names Spring Boot 3.5.7)");
            List<String> detected = detected(printed);
            if (db.isSqlite()) {
                // Not a 6.6 difference: Hibernate's SQLite export (7.4's too) has no alter table; autogen keeps them.
                Pattern sqliteExport = sqliteExportHasNoAlterTable();
                assertThat(detected).isNotEmpty().allSatisfy(line -> assertThat(line).matches(sqliteExport)
                        .doesNotContainIgnoringCase("(person_id, nicknames)"));
            } else {
                assertThat(detected).isEmpty();
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void asHibernate7AutogenFindsExactlyTheDocumentedDifferences(String kind, @TempDir Path dir) throws Exception {
        try (FreshDatabase db = exported(kind, dir)) {
            List<String> printed = revision(project(dir.resolve("as7"), db, "hibernate.version=7"));
            assertThat(printed).noneMatch(line -> line.startsWith("Entities read as"));
            List<String> detected = detected(printed);
            Map<String, Pattern> known = knownDifferences(db.isSqlite());
            assertThat(detected).allSatisfy(line -> assertThat(known.values())
                    .anySatisfy(p -> assertThat(p.matcher(line).matches()).as(line).isTrue()));
            // Each documented difference still shows: when Hibernate or autogen changes, the list (and docs) must.
            known.forEach((name, pattern) -> assertThat(detected).as(name)
                    .anySatisfy(line -> assertThat(pattern.matcher(line).matches()).isTrue()));
        }
    }

    /** A fresh database with the schema Hibernate 6.6's export creates for the fixtures. */
    private static FreshDatabase exported(String kind, Path dir) throws Exception {
        FreshDatabase db = FreshDatabase.of(kind, dir);
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            for (String sql : hibernateExport(db)) {
                s.execute(sql);
            }
        } catch (Exception | Error e) {
            db.close();
            throw e;
        }
        return db;
    }

    private static Path project(Path project, FreshDatabase db, String extra) throws IOException {
        Files.createDirectories(project.resolve("migrations"));
        Files.writeString(project.resolve("autogen.properties"), String.join("\n",
                "url=" + db.url(),
                "entities.classpath=" + fixtures(),
                "entities.packages=" + String.join(",", PACKAGES),
                "script.location=migrations", extra, ""));
        return project;
    }

    /** What {@code autogen revision} prints, line by line. */
    private static List<String> revision(Path project) throws Exception {
        AutogenCommandLine.Result revision = AutogenCommandLine.run(project, Map.of(), "revision", "-m", "oracle");
        assertThat(revision.exitCode()).as(revision.toString()).isZero();
        return revision.stdout().lines().toList();
    }

    /** The changes it detected. */
    private static List<String> detected(List<String> printed) {
        return printed.stream().filter(l -> l.startsWith("Detected")).toList();
    }

    /**
     * Where Hibernate 6.6's export and autogen's model as Hibernate 7 (7.4's reading) part, each one
     * documented in docs/spring-boot.md ("What autogen and Hibernate 6.6 agree on"). Hibernate 7
     * adds constraints 6.6 does not write, orders an {@code @OrderColumn} table's key differently and
     * gives a {@code time} column precision 0; on SQLite, Hibernate's export has no {@code alter table}.
     */
    private static Map<String, Pattern> knownDifferences(boolean sqlite) {
        Map<String, Pattern> known = new LinkedHashMap<>();
        known.put("order column: key column order", pattern("Detected (dropped|added) primary key [\\w ]*"
                + "\\((person_id, position|position, person_id)\\) on person_phone"));
        known.put("order column: check position>=0", pattern("Detected added check constraint \\(position>=0\\)"
                + " on person_phone"));
        known.put("single table: discriminator check", pattern("Detected added check constraint \\((kind|DTYPE) in"
                + " \\(.*\\)\\) on (shape|vehicle)"));
        known.put("single table: subclass not-null check", pattern("Detected added check constraint \\((kind|DTYPE)"
                + " <> .* is not null.*\\) on (shape|vehicle)"));
        known.put("set element collection: unique key", pattern("Detected added unique constraint \\w+"
                + " \\(person_id, nicknames\\) on person_nicknames"));
        if (sqlite) {
            known.put("SQLite export: no alter table", sqliteExportHasNoAlterTable());
        } else {
            known.put("time precision", pattern("Detected altered column document\\.dueat: type time -> time\\(0\\)"));
        }
        return known;
    }

    private static Pattern sqliteExportHasNoAlterTable() {
        return pattern("Detected added (foreign key|unique constraint) .*");
    }

    private static Pattern pattern(String regex) {
        return Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
    }

    /**
     * The statements Hibernate 6.6's schema export writes for the fixtures, as the 7.4 oracle runs
     * them: without those for the {@code audit} schema autogen does not manage, and on SQLite without
     * {@code comment on}, which SQLite does not have.
     */
    private static List<String> hibernateExport(FreshDatabase db) throws Exception {
        try (URLClassLoader loader = new URLClassLoader(new URL[] {fixtures().toUri().toURL()},
                Hibernate66ExportOracleTest.class.getClassLoader())) {
            // Hibernate finds the entity classes through its own class loader service, as autogen's reader does.
            StandardServiceRegistry registry = new StandardServiceRegistryBuilder(
                    new BootstrapServiceRegistryBuilder().applyClassLoader(loader).build())
                    .applySetting("hibernate.dialect", db.hibernateDialect())
                    .applySetting("hibernate.boot.allow_jdbc_metadata_access", "false")
                    .build();
            try {
                MetadataSources sources = new MetadataSources(registry);
                for (String packageName : withSubpackages()) {
                    for (Class<?> type : classesOf(loader, packageName)) {
                        if (type.isAnnotationPresent(Entity.class) || type.isAnnotationPresent(Embeddable.class)
                                || type.isAnnotationPresent(MappedSuperclass.class)
                                || type.isAnnotationPresent(Converter.class)) {
                            sources.addAnnotatedClass(type);
                        }
                    }
                    if (loader.getResource(packageName.replace('.', '/') + "/package-info.class") != null) {
                        sources.addPackage(loader.loadClass(packageName + ".package-info").getPackage());
                    }
                }
                Metadata metadata = sources.buildMetadata();
                List<String> statements = new ArrayList<>();
                // The statements SchemaExport and jakarta.persistence.schema-generation run, init commands included.
                for (String sql : new SchemaCreatorImpl(registry).generateCreationCommands(metadata, false)) {
                    if (sql.contains(" audit.") || db.isSqlite() && sql.startsWith("comment on ")) {
                        continue;
                    }
                    statements.add(sql);
                }
                return statements;
            } finally {
                StandardServiceRegistryBuilder.destroy(registry);
            }
        }
    }

    /** The packages and their subpackages, as autogen (and Boot's entity scan) reads them. */
    private static List<String> withSubpackages() throws IOException {
        List<String> all = new ArrayList<>();
        for (String packageName : PACKAGES) {
            Path root = fixtures().resolve(packageName.replace('.', '/'));
            try (Stream<Path> folders = Files.walk(root)) {
                folders.filter(Files::isDirectory).sorted().forEach(f -> all.add(
                        (packageName + "/" + root.relativize(f)).replace('/', '.').replaceAll("\\.$", "")));
            }
        }
        return all;
    }

    private static List<Class<?>> classesOf(ClassLoader loader, String packageName) throws IOException,
            ClassNotFoundException {
        Path folder = fixtures().resolve(packageName.replace('.', '/'));
        List<Class<?>> classes = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(".class") && !name.equals("package-info.class")) {
                    classes.add(Class.forName(packageName + "." + name.substring(0, name.length() - 6), false, loader));
                }
            }
        }
        return classes;
    }

    /** autogen-core's compiled test fixtures, built earlier in the reactor. */
    private static Path fixtures() {
        Path classes = AutogenCommandLine.repositoryRoot().resolve("autogen-core/target/test-classes");
        assertThat(classes.resolve("dev/autogen/oracle/fixtures")).as("autogen-core's test classes are built")
                .isDirectory();
        return classes;
    }
}
