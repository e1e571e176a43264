package dev.autogen.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.diff.SchemaDiff;
import dev.autogen.model.jpa.EntityModelReader;
import dev.autogen.model.jpa.EntitySource;
import dev.autogen.model.jpa.HibernateDdl;
import dev.autogen.ops.AddConstraint;
import dev.autogen.ops.AlterColumn;
import dev.autogen.ops.Op;
import dev.autogen.schema.Column;
import dev.autogen.schema.ColumnType;
import dev.autogen.schema.Schema;
import dev.autogen.schema.Table;
import dev.autogen.testing.DatabaseTest;
import dev.autogen.testing.TestDatabase;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Oracle 1: Hibernate's own schema export (the statements its {@code SchemaCreator} writes, as
 * {@code SchemaExport} runs them) creates the schema of a model that uses every mapping shape;
 * reflecting it and diffing it against what autogen reads from the same entities finds nothing.
 *
 * <p>The model stays in the default schema: tables in other schemas ({@code @Table(schema = ...)},
 * the {@code qualified} fixtures) need {@code schemas = ...} and are refused on SQLite, and
 * {@code SeveralSchemasTest} and {@code GeneratorMappingTest} cover them. Two kinds of statement are
 * not run: those for another schema, should a fixture have one, and, on SQLite, {@code comment on},
 * which SQLite rejects (it has no comments). Hibernate's SQLite dialect has no {@code alter table},
 * so its export also leaves out every foreign key and every unique constraint it would add with one;
 * on SQLite the diff must be exactly those, plus the repair of one column Hibernate declares without
 * a type (see {@link #hibernatesTypelessIdentity}).
 */
class HibernateExportOracleTest {
    private static final String FIXTURES = "dev.autogen.model.jpa.fixtures.";
    private static final List<String> SCENARIOS = List.of("tutorial", "embedded", "elementcollection", "manytomany",
            "relations", "inheritance", "mappedsuperclass", "generators", "quoted", "columns", "packagelevel",
            "views");
    private static final String ORACLE_FIXTURES = "dev.autogen.oracle.fixtures";

    @DatabaseTest
    void aSchemaHibernateCreatedDiffsToNothing(TestDatabase db) throws Exception {
        EntitySource source = richModel();
        Schema entities = EntityModelReader.read(source, db.dialect());
        try (Connection connection = db.connect()) {
            runHibernateExport(connection, source, db);
            Schema reflected = db.dialect().reflect(connection, name -> true);

            List<Op> ops = SchemaDiff.compare(entities, reflected, db.dialect());

            if (!db.isSqlite()) {
                assertThat(ops).isEmpty();
            } else {
                assertThat(ops).containsExactlyInAnyOrderElementsOf(whatHibernatesSqliteExportLeavesOut(entities));
            }
            assertThat(initialRows(entities)).isNotEmpty().isEqualTo(rowsIn(connection, entities, db));
        }
    }

    /** The entities of every scenario: every mapping shape. */
    static EntitySource richModel() throws URISyntaxException {
        List<String> packages = Stream.concat(SCENARIOS.stream().map(s -> FIXTURES + s), Stream.of(ORACLE_FIXTURES))
                .toList();
        return new EntitySource(List.of(testClasses()), packages, "default", "default");
    }

    @DatabaseTest
    void springNamingToo(TestDatabase db) throws Exception {
        EntitySource source = new EntitySource(List.of(testClasses()), List.of(FIXTURES + "spring"), "spring", "spring");
        Schema entities = EntityModelReader.read(source, db.dialect());
        try (Connection connection = db.connect()) {
            runHibernateExport(connection, source, db);
            List<Op> ops = SchemaDiff.compare(entities, db.dialect().reflect(connection, name -> true), db.dialect());

            assertThat(ops).containsExactlyInAnyOrderElementsOf(!db.isSqlite() ? List.of() : entities.tables()
                    .stream().flatMap(t -> t.foreignKeys().stream().map(fk -> (Op) new AddConstraint(t.name(), fk)))
                    .toList());
        }
    }

    static List<Op> whatHibernatesSqliteExportLeavesOut(Schema entities) {
        List<Op> ops = new ArrayList<>();
        for (Table table : entities.tables()) {
            table.foreignKeys().forEach(fk -> ops.add(new AddConstraint(table.name(), fk)));
            // Named and multi-column keys go in "alter table ... add constraint"; @Column(unique = true)
            // is written inline ("email varchar(255) unique"), so SQLite has those.
            table.uniqueConstraints().stream().filter(u -> u.name().isPresent())
                    .forEach(u -> ops.add(new AddConstraint(table.name(), u)));
        }
        ops.add(hibernatesTypelessIdentity(entities));
        return ops;
    }

    /**
     * Hibernate's SQLite export writes the identity column of {@code users} as a bare {@code id}: it
     * appends the identity type ("integer") only when the statement so far does not already contain
     * that word, and the column {@code age integer} comes first. A column without a type has BLOB
     * affinity and is no rowid alias: SQLite generates no ids for it and allows NULL in it. The diff
     * rightly asks to make it the bigint identity the entity wants.
     */
    private static Op hibernatesTypelessIdentity(Schema entities) {
        Column wanted = entities.table("users").orElseThrow().column("id").orElseThrow();
        assertThat(wanted.type()).isEqualTo(new ColumnType.Int(64));
        Column typeless = Column.builder("id", new ColumnType.Blob()).nullable(true).build();
        return new AlterColumn("users", typeless, wanted);
    }

    static void runHibernateExport(Connection connection, EntitySource source, TestDatabase db)
            throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : HibernateDdl.creationCommands(source, db.dialect())) {
                if (sql.contains(" audit.") || db.isSqlite() && sql.startsWith("comment on ")) {
                    continue;
                }
                statement.execute(sql);
            }
        }
    }

    private static Map<String, List<Map<String, Object>>> initialRows(Schema schema) {
        Map<String, List<Map<String, Object>>> rows = new LinkedHashMap<>();
        schema.tables().stream().filter(t -> !t.initialRows().isEmpty())
                .forEach(t -> rows.put(t.name(), t.initialRows()));
        return rows;
    }

    /** The rows Hibernate's export inserted into the tables that the model says start with rows. */
    private static Map<String, List<Map<String, Object>>> rowsIn(Connection connection, Schema schema,
            TestDatabase db) throws SQLException {
        Map<String, List<Map<String, Object>>> rows = new LinkedHashMap<>();
        for (Table table : schema.tables()) {
            if (!table.initialRows().isEmpty()) {
                rows.put(table.name(), select(connection, db.dialect().quote(table.name()), table.columnNames()));
            }
        }
        return rows;
    }

    private static List<Map<String, Object>> select(Connection connection, String table, List<String> columns)
            throws SQLException {
        List<Map<String, Object>> rows = new ArrayList<>();
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("select * from " + table)) {
            ResultSetMetaData meta = rs.getMetaData();
            while (rs.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    Object value = rs.getObject(i);
                    // Integers come back as the driver likes; generator values are bigint.
                    row.put(meta.getColumnName(i), value instanceof Integer n ? Long.valueOf(n) : value);
                }
                rows.add(row);
            }
        }
        return rows;
    }

    static Path testClasses() throws URISyntaxException {
        return Path.of(HibernateExportOracleTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    }
}
