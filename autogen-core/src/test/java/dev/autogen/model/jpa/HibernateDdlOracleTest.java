package dev.autogen.model.jpa;

import static dev.autogen.model.jpa.JpaFixtures.FIXTURES;
import static dev.autogen.model.jpa.JpaFixtures.testClasses;
import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.dialect.Dialect;
import dev.autogen.schema.Column;
import dev.autogen.schema.Schema;
import dev.autogen.schema.Table;
import dev.autogen.testing.DatabaseTest;
import dev.autogen.testing.TestDatabase;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.hibernate.tool.schema.internal.SchemaCreatorImpl;

/**
 * An outside oracle for stored names: let Hibernate's own schema export create the tables in a
 * real database, and check that the database reports exactly the tables and columns (names as the
 * database stored them, in the order the export wrote them) that the reader produced. On
 * PostgreSQL and MariaDB nullability is compared too; SQLite reports primary key columns declared
 * without NOT NULL as nullable.
 */
class HibernateDdlOracleTest {
    private static final List<String> SCENARIOS = List.of("tutorial", "embedded", "elementcollection",
            "manytomany", "relations", "inheritance", "mappedsuperclass", "generators", "quoted", "spring");

    @DatabaseTest
    void theDatabaseHoldsWhatTheReaderDescribes(TestDatabase db) throws Exception {
        for (String scenario : SCENARIOS) {
            String naming = scenario.equals("spring") ? "spring" : "default";
            EntitySource source = JpaFixtures.source(scenario, naming);
            Schema model = EntityModelReader.read(source, db.dialect());
            try (Connection connection = db.connect()) {
                createWithHibernate(source, db.dialect(), connection);
                assertThat(reflectColumns(connection, !db.isSqlite(), model))
                        .as(scenario)
                        .isEqualTo(describe(model, !db.isSqlite()));
                dropAll(connection, model);
            }
        }
    }

    private static void createWithHibernate(EntitySource source, Dialect dialect, Connection connection)
            throws SQLException {
        List<String> ddl;
        try (EntityClassLoader classes = EntityClassLoader.open(List.of(testClasses()))) {
            EntityScanner.Result scan = EntityScanner.scan(source.classpath(), source.packages());
            HibernateBoot.Inputs inputs = new HibernateBoot.Inputs(classes.load(scan.classNames()), List.of(),
                    classes.loader(), dialect, source.physicalNaming(), source.implicitNaming());
            ddl = HibernateBoot.withMetadata(inputs, metadata -> new SchemaCreatorImpl(
                    metadata.getDatabase().getServiceRegistry()).generateCreationCommands(metadata, false));
        }
        try (Statement statement = connection.createStatement()) {
            for (String sql : ddl) {
                statement.execute(sql);
            }
        }
    }

    /** Table name to "column" or "column not null" entries, in column order. */
    private static Map<String, List<String>> describe(Schema schema, boolean withNullability) {
        Map<String, List<String>> tables = new TreeMap<>();
        for (Table table : schema.tables()) {
            List<String> columns = new ArrayList<>();
            for (Column column : table.columns()) {
                columns.add(column.name() + (withNullability && !column.nullable() ? " not null" : ""));
            }
            tables.put(table.name(), columns);
        }
        return tables;
    }

    /** MariaDB's sequences are tables to JDBC's metadata, with the server's columns: they are left out. */
    private static Map<String, List<String>> reflectColumns(Connection connection, boolean withNullability,
            Schema model) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        Map<String, List<String>> tables = new TreeMap<>();
        Map<String, Map<Integer, String>> ordered = new LinkedHashMap<>();
        try (ResultSet rs = meta.getColumns(connection.getCatalog(), connection.getSchema(), "%", "%")) {
            while (rs.next()) {
                String table = rs.getString("TABLE_NAME");
                if (table.startsWith("sqlite_") || model.sequences().stream().anyMatch(q -> q.name().equals(table))) {
                    continue; // SQLite's own catalog, or a MariaDB sequence
                }
                boolean notNull = rs.getInt("NULLABLE") == DatabaseMetaData.columnNoNulls;
                ordered.computeIfAbsent(rs.getString("TABLE_NAME"), t -> new TreeMap<>())
                        .put(rs.getInt("ORDINAL_POSITION"),
                                rs.getString("COLUMN_NAME") + (withNullability && notNull ? " not null" : ""));
            }
        }
        ordered.forEach((table, columns) -> tables.put(table, new ArrayList<>(columns.values())));
        return tables;
    }

    private static void dropAll(Connection connection, Schema model) throws SQLException {
        dev.autogen.dialect.Dialect dialect = dev.autogen.dialect.Dialects.forConnection(connection);
        boolean postgres = dialect.name().equals("postgresql");
        boolean mysql = dialect instanceof dev.autogen.dialect.mysql.MysqlDialect;
        try (Statement statement = connection.createStatement()) {
            if (mysql) {
                // No CASCADE there: the tables go in any order with the keys unchecked.
                statement.execute("SET FOREIGN_KEY_CHECKS = 0");
            }
            for (Table table : model.tables()) {
                statement.execute("drop table " + dialect.quote(table.name()) + (postgres ? " cascade" : ""));
            }
            for (var sequence : model.sequences()) {
                statement.execute("drop sequence " + dialect.quote(sequence.name()));
            }
            if (mysql) {
                statement.execute("SET FOREIGN_KEY_CHECKS = 1");
            }
        }
    }
}
