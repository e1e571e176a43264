package dev.autogen.model.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.dialect.Dialect;
import dev.autogen.schema.CheckConstraint;
import dev.autogen.schema.Column;
import dev.autogen.schema.ColumnType;
import dev.autogen.schema.Schema;
import dev.autogen.schema.Table;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Hibernate 6.6 flavor changes exactly the shapes its export writes otherwise, and nothing
 * else: each row reads a fixture package with both flavors on one database. The end-to-end proof
 * against Hibernate 6.6's own export is boot35's Hibernate66ExportOracleTest.
 */
class Hibernate66ExportTest {
    static Stream<Arguments> dialects() {
        return JpaFixtures.dialects().map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dialects")
    void aListTableIsKeyedByItsOwnerThenItsPositionWithoutAPositionCheck(Dialect dialect) {
        Table as7 = read("elementcollection", dialect, HibernateFlavor.HIBERNATE_7).table("person_phone").orElseThrow();
        Table as66 = read("elementcollection", dialect, HibernateFlavor.HIBERNATE_6_6).table("person_phone").orElseThrow();
        assertThat(as7.primaryKey().orElseThrow().columns()).containsExactly("position", "person_id");
        assertThat(as7.checks()).extracting(CheckConstraint::condition).containsExactly("position>=0");
        assertThat(as66.primaryKey().orElseThrow().columns()).containsExactly("person_id", "position");
        assertThat(as66.checks()).isEmpty();
        assertThat(as66.columns()).isEqualTo(as7.columns());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dialects")
    void aSetElementCollectionHasNoUniqueKey(Dialect dialect) {
        Table as7 = read("elementcollection", dialect, HibernateFlavor.HIBERNATE_7).tables().stream()
                .filter(t -> t.name().equalsIgnoreCase("person_nicknames")).findFirst().orElseThrow();
        Table as66 = read("elementcollection", dialect, HibernateFlavor.HIBERNATE_6_6).tables().stream()
                .filter(t -> t.name().equalsIgnoreCase("person_nicknames")).findFirst().orElseThrow();
        assertThat(as7.uniqueConstraints()).extracting(u -> u.columns().stream().map(String::toLowerCase).toList())
                .containsExactly(List.of("person_id", "nicknames"));
        assertThat(as66.uniqueConstraints()).isEmpty();
        assertThat(as66.primaryKey()).isEqualTo(as7.primaryKey());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dialects")
    void aSingleTableHierarchyKeepsOnlyTheChecksItsMappingWrites(Dialect dialect) {
        Schema as7 = read("inheritance.singletable", dialect, HibernateFlavor.HIBERNATE_7);
        Schema as66 = read("inheritance.singletable", dialect, HibernateFlavor.HIBERNATE_6_6);
        assertThat(as7.tables()).flatExtracting(Table::checks).extracting(CheckConstraint::condition)
                .anySatisfy(c -> assertThat(c).containsPattern(" in \\("))
                .anySatisfy(c -> assertThat(c).contains(" <> ").contains("is not null"));
        assertThat(as66.tables()).flatExtracting(Table::checks).isEmpty();
        assertThat(as66.tables()).extracting(Table::columns).isEqualTo(as7.tables().stream().map(Table::columns).toList());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dialects")
    void aTimeWithoutPrecisionIsTheDatabasesPlainTime(Dialect dialect) {
        Table as7 = table(read("columns", dialect, HibernateFlavor.HIBERNATE_7), "document");
        Table as66 = table(read("columns", dialect, HibernateFlavor.HIBERNATE_6_6), "document");
        assertThat(column(as66, "dueat").type()).isEqualTo(new ColumnType.Time(false));
        assertThat(column(as7, "dueat").type())
                .isEqualTo(JpaFixtures.isPostgres(dialect) ? new ColumnType.Native("time(0)") : new ColumnType.Time(false));
        // Every other column reads alike.
        assertThat(as66.columns().stream().filter(c -> !c.name().equalsIgnoreCase("dueat")).toList())
                .isEqualTo(as7.columns().stream().filter(c -> !c.name().equalsIgnoreCase("dueat")).toList());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dialects")
    void mappingsWithoutTheseShapesReadAlikeUnderBothFlavors(Dialect dialect) {
        for (String scenario : List.of("tutorial", "manytomany", "relations", "embedded", "generators")) {
            assertThat(read(scenario, dialect, HibernateFlavor.HIBERNATE_6_6)).as(scenario)
                    .isEqualTo(read(scenario, dialect, HibernateFlavor.HIBERNATE_7));
        }
    }

    private static Table table(Schema schema, String name) {
        return schema.tables().stream().filter(t -> t.name().equalsIgnoreCase(name)).findFirst().orElseThrow();
    }

    private static Column column(Table table, String name) {
        return table.columns().stream().filter(c -> c.name().equalsIgnoreCase(name)).findFirst().orElseThrow();
    }

    private static Schema read(String scenario, Dialect dialect, HibernateFlavor flavor) {
        EntitySource plain = JpaFixtures.source(scenario);
        return EntityModelReader.readWithoutCache(new EntitySource(plain.classpath(), plain.packages(),
                plain.physicalNaming(), plain.implicitNaming(), flavor), dialect);
    }
}
