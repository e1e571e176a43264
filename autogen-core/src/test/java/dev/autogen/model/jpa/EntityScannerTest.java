package dev.autogen.model.jpa;

import static dev.autogen.model.jpa.JpaFixtures.FIXTURES;
import static dev.autogen.model.jpa.JpaFixtures.column;
import static dev.autogen.model.jpa.JpaFixtures.testClasses;
import static dev.autogen.model.jpa.Types.BIGINT;
import static dev.autogen.model.jpa.Types.varchar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.autogen.dialect.sqlite.SqliteDialect;
import dev.autogen.schema.PrimaryKey;
import dev.autogen.schema.Schema;
import dev.autogen.schema.Table;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EntityScannerTest {

    @Test
    void findsEntitiesEmbeddablesMappedSuperclassesAndConvertersOnly() {
        List<String> found = EntityScanner.scan(List.of(testClasses()),
                List.of(FIXTURES + "columns", FIXTURES + "embedded", FIXTURES + "mappedsuperclass",
                        FIXTURES + "tutorial")).classNames();

        assertThat(found).containsExactly(
                FIXTURES + "columns.Document",
                FIXTURES + "columns.RgbConverter",
                FIXTURES + "embedded.Address",
                FIXTURES + "embedded.Customer",
                FIXTURES + "mappedsuperclass.Audited",
                FIXTURES + "mappedsuperclass.Invoice",
                FIXTURES + "tutorial.Book",
                FIXTURES + "tutorial.Review",
                FIXTURES + "tutorial.User");
    }

    @Test
    void includesSubpackagesButNotPackagesThatOnlyShareAPrefix() {
        List<String> found = EntityScanner.scan(List.of(testClasses()), List.of(FIXTURES + "inheritance"))
                .classNames();

        assertThat(found).hasSize(9).allMatch(name -> name.startsWith(FIXTURES + "inheritance."));
        // "fixtures.tutorial" must not pick up a sibling such as "fixtures.tutorialextra".
        assertThat(EntityScanner.scan(List.of(testClasses()), List.of(FIXTURES + "tutorial")).classNames())
                .allMatch(name -> name.startsWith(FIXTURES + "tutorial."));
    }

    @Test
    void readsEntitiesFromAJarThatIsNotOnAutogensClasspath(@TempDir Path dir) throws IOException {
        Path classes = TestCompiler.compile(dir.resolve("classes"), Map.of(
                "shop.model.Gadget", "package shop.model;\n"
                        + "@jakarta.persistence.Entity public class Gadget {\n"
                        + "  @jakarta.persistence.Id Long id;\n"
                        + "  @jakarta.persistence.Column(length = 40) String label;\n"
                        + "}",
                "shop.model.GadgetRepository", "package shop.model; public interface GadgetRepository { }"));
        Path jar = TestCompiler.jar(classes, dir.resolve("shop.jar"));
        EntitySource source = new EntitySource(List.of(jar), List.of("shop"), "default", "default");

        Table gadget = Table.builder("Gadget")
                .column(column("id", BIGINT).nullable(false).build())
                .column(column("label", varchar(40)).build())
                .primaryKey(PrimaryKey.of("id"))
                .build();
        assertThat(EntityModelReader.read(source, new SqliteDialect()))
                .isEqualTo(new Schema(List.of(gadget), List.of()));
        assertThatThrownBy(() -> Class.forName("shop.model.Gadget")).isInstanceOf(ClassNotFoundException.class);
    }
}
