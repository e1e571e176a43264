package dev.autogen.model.jpa;

import static dev.autogen.model.jpa.JpaFixtures.FIXTURES;
import static dev.autogen.model.jpa.JpaFixtures.testClasses;
import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.dialect.Dialect;
import dev.autogen.dialect.postgresql.PostgresDialect;
import dev.autogen.dialect.sqlite.SqliteDialect;
import dev.autogen.schema.Column;
import dev.autogen.schema.Schema;
import dev.autogen.schema.Table;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The entity schema cache: a second read of unchanged entities comes from the cache and equals a
 * fresh Hibernate boot, for every mapping shape the fixtures hold; a changed class file, a damaged
 * or old entry and an unwritable cache all fall back to booting Hibernate.
 */
class EntitySchemaCacheTest {

    /** Counts the boots behind a cache, so a test can tell a hit from a miss. */
    private static final class CountingReader {
        private final EntitySchemaCache cache;
        private int boots;

        CountingReader(Path directory) {
            this.cache = new EntitySchemaCache(Optional.of(directory));
        }

        Schema read(EntitySource source, Dialect dialect) {
            return cache.read(source, dialect, warnings -> {
                boots++;
                return EntityModelReader.boot(source, dialect, warnings);
            });
        }
    }

    static Stream<Arguments> everyMappingShape() {
        List<Arguments> cases = new ArrayList<>();
        for (Dialect dialect : List.of(new SqliteDialect(), new PostgresDialect())) {
            for (String scenario : List.of("columns", "elementcollection", "embedded", "generators", "inheritance",
                    "manytomany", "mappedsuperclass", "packagelevel", "qualified", "quoted", "relations", "tutorial",
                    "views")) {
                if (scenario.equals("qualified") && !dialect.supportsSchemas()) {
                    continue; // refused on SQLite: GeneratorMappingTest
                }
                cases.add(Arguments.of(dialect, JpaFixtures.source(scenario)));
            }
            cases.add(Arguments.of(dialect, JpaFixtures.source("spring", "spring")));
        }
        return cases.stream();
    }

    @ParameterizedTest
    @MethodSource("everyMappingShape")
    void aSecondReadComesFromTheCacheAndEqualsAFreshRead(Dialect dialect, EntitySource source, @TempDir Path cache) {
        CountingReader reader = new CountingReader(cache);

        Schema first = reader.read(source, dialect);
        Schema second = reader.read(source, dialect);

        assertThat(reader.boots).isEqualTo(1);
        assertThat(second).isEqualTo(first).isEqualTo(EntityModelReader.readWithoutCache(source, dialect));
    }

    @Test
    void aNewFieldInAClassFileIsReadAfresh(@TempDir Path dir) throws IOException {
        Path classes = dir.resolve("classes");
        EntitySource source = new EntitySource(List.of(classes), List.of("shop"), "default", "default");
        SqliteDialect dialect = new SqliteDialect();
        CountingReader reader = new CountingReader(dir.resolve("cache"));
        TestCompiler.compile(classes, Map.of("shop.Gadget", gadget("")));
        reader.read(source, dialect);

        TestCompiler.compile(classes, Map.of("shop.Gadget", gadget("String colour;")));
        Schema afterEdit = reader.read(source, dialect);

        assertThat(reader.boots).isEqualTo(2);
        assertThat(afterEdit.table("Gadget").orElseThrow().columnNames()).contains("colour");
        assertThat(afterEdit).isEqualTo(EntityModelReader.readWithoutCache(source, dialect));
        // The edited model is what is cached now.
        assertThat(reader.read(source, dialect)).isEqualTo(afterEdit);
        assertThat(reader.boots).isEqualTo(2);
    }

    @Test
    void anotherDialectOrNamingIsAnotherEntry(@TempDir Path cache) {
        CountingReader reader = new CountingReader(cache);
        EntitySource source = JpaFixtures.source("tutorial");
        EntitySource spring = new EntitySource(source.classpath(), source.packages(), "spring", "spring");

        Schema sqlite = reader.read(source, new SqliteDialect());
        Schema postgres = reader.read(source, new PostgresDialect());
        Schema springNames = reader.read(spring, new SqliteDialect());

        assertThat(reader.boots).isEqualTo(3);
        assertThat(postgres).isEqualTo(EntityModelReader.readWithoutCache(source, new PostgresDialect()));
        assertThat(springNames).isEqualTo(EntityModelReader.readWithoutCache(spring, new SqliteDialect()));
        assertThat(reader.read(source, new SqliteDialect())).isEqualTo(sqlite);
        assertThat(reader.boots).isEqualTo(3);
    }

    @Test
    void aDamagedEntryIsReadAfreshAndRewritten(@TempDir Path cache) throws IOException {
        CountingReader reader = new CountingReader(cache);
        EntitySource source = JpaFixtures.source("relations");
        SqliteDialect dialect = new SqliteDialect();
        Schema expected = reader.read(source, dialect);
        Path entry = onlyEntry(cache);
        byte[] good = Files.readAllBytes(entry);

        Files.write(entry, java.util.Arrays.copyOf(good, good.length / 2));
        assertThat(reader.read(source, dialect)).isEqualTo(expected);
        assertThat(reader.boots).isEqualTo(2);
        assertThat(Files.readAllBytes(entry)).isEqualTo(good);

        Files.write(entry, "not a cache entry".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(reader.read(source, dialect)).isEqualTo(expected);
        assertThat(reader.boots).isEqualTo(3);
        assertThat(reader.read(source, dialect)).isEqualTo(expected);
        assertThat(reader.boots).isEqualTo(3);
    }

    @Test
    void anEntryOfAnotherFormatVersionIsReadAfresh(@TempDir Path cache) throws IOException {
        CountingReader reader = new CountingReader(cache);
        EntitySource source = JpaFixtures.source("tutorial");
        SqliteDialect dialect = new SqliteDialect();
        Schema expected = reader.read(source, dialect);
        Path entry = onlyEntry(cache);
        byte[] bytes = Files.readAllBytes(entry);
        // The format version follows the four magic bytes.
        ByteBuffer.wrap(bytes).putInt(4, CachedSchemaFormat.VERSION + 1);
        Files.write(entry, bytes);

        assertThat(reader.read(source, dialect)).isEqualTo(expected);
        assertThat(reader.boots).isEqualTo(2);
        assertThat(ByteBuffer.wrap(Files.readAllBytes(entry)).getInt(4)).isEqualTo(CachedSchemaFormat.VERSION);
    }

    @Test
    void anUnwritableCacheOnlyMeansReadingAfresh(@TempDir Path dir) throws IOException {
        Path notAFolder = Files.writeString(dir.resolve("file"), "x");
        CountingReader reader = new CountingReader(notAFolder.resolve("entities"));
        EntitySource source = JpaFixtures.source("tutorial");

        Schema first = reader.read(source, new SqliteDialect());
        Schema second = reader.read(source, new SqliteDialect());

        assertThat(second).isEqualTo(first).isEqualTo(JpaFixtures.read("tutorial", new SqliteDialect()));
        assertThat(reader.boots).isEqualTo(2);
    }

    @Test
    void aCachedReadWarnsAsTheFreshReadDid(@TempDir Path cache) {
        CountingReader reader = new CountingReader(cache);
        EntitySource source = new EntitySource(List.of(testClasses()), List.of(FIXTURES + "qualified"),
                "default", "default");
        List<String> fresh = warningsWhile(() -> reader.read(source, new PostgresDialect()));
        List<String> cached = warningsWhile(() -> reader.read(source, new PostgresDialect()));

        assertThat(reader.boots).isEqualTo(1);
        assertThat(cached).isEqualTo(fresh);
        // Tables in another schema keep it in their names through the cache.
        assertThat(reader.read(source, new PostgresDialect()).tables()).extracting(Table::name)
                .containsExactly("account", "audit.audit_entry");
    }

    @Test
    void everyColumnTypeAndInitialRowSurvivesTheFormat() throws IOException {
        Schema schema = JpaFixtures.read("generators", new PostgresDialect());
        Schema columns = JpaFixtures.read("columns", new PostgresDialect());
        CachedSchemaFormat.Entry entry = new CachedSchemaFormat.Entry("key",
                List.of(new MappingWarnings.Warning("a.Logger", "it's {0} here")),
                new Schema(concat(schema, columns), schema.sequences()));

        byte[] bytes = CachedSchemaFormat.write(entry);
        CachedSchemaFormat.Entry back = CachedSchemaFormat.read(
                new java.io.DataInputStream(new java.io.ByteArrayInputStream(bytes)));

        assertThat(back).isEqualTo(entry);
        assertThat(back.schema().tables()).anyMatch(t -> !t.initialRows().isEmpty());
        assertThat(back.schema().tables().stream().flatMap(t -> t.columns().stream()).map(Column::type).distinct())
                .hasSizeGreaterThan(8);
    }

    private static List<dev.autogen.schema.Table> concat(Schema a, Schema b) {
        List<dev.autogen.schema.Table> all = new ArrayList<>(a.tables());
        all.addAll(b.tables());
        return all;
    }

    private static String gadget(String extraField) {
        return "package shop;\n"
                + "@jakarta.persistence.Entity public class Gadget {\n"
                + "  @jakarta.persistence.Id Long id;\n"
                + "  String label;\n"
                + "  " + extraField + "\n"
                + "}";
    }

    private static Path onlyEntry(Path cache) throws IOException {
        try (Stream<Path> files = Files.list(cache)) {
            List<Path> entries = files.toList();
            assertThat(entries).hasSize(1);
            return entries.get(0);
        }
    }

    private static List<String> warningsWhile(Runnable action) {
        Logger logger = Logger.getLogger(HibernateSchemaReader.class.getName());
        List<String> messages = new ArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                messages.add(record.getMessage());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        logger.addHandler(handler);
        try {
            action.run();
        } finally {
            logger.removeHandler(handler);
        }
        return messages;
    }
}
