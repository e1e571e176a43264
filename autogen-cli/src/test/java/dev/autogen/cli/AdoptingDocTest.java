package dev.autogen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.testing.DatabaseTest;
import dev.autogen.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * docs/adopting.md, run as written: for each way it describes, a database in the state the
 * section starts from (built by Hibernate's own schema export; by a Flyway or Liquibase history,
 * their bookkeeping tables included), then every {@code autogen} line of the section's blocks, in
 * order, each of which must exit 0. Between two blocks the entity changes as the section says
 * ("add priority to tickets"). The rows put in first are still there at the end, and the other
 * tools' tables are left alone.
 */
class AdoptingDocTest {
    private static final String TICKET_WITH_PRIORITY = ExistingDatabaseTest.TICKET
            .replace("String code;\n", "String code;\n    Integer priority;\n");

    @DatabaseTest
    void fromHibernate(TestDatabase db) throws Exception {
        UserProject app = ExistingDatabaseTest.hibernateBuilt(db);
        runSection("## From Hibernate `hbm2ddl=update`", app);
        assertRowsKept(db);
    }

    @DatabaseTest
    void fromFlyway(TestDatabase db) throws Exception {
        UserProject app = ExistingDatabaseTest.hibernateBuilt(db);
        DatabaseView database = new DatabaseView(db);
        // The table Flyway keeps (its own DDL, trimmed to what both databases accept), after V1 ran.
        database.execute("CREATE TABLE flyway_schema_history (installed_rank INT NOT NULL, version VARCHAR(50),"
                + " description VARCHAR(200) NOT NULL, type VARCHAR(20) NOT NULL, script VARCHAR(1000) NOT NULL,"
                + " checksum INT, installed_by VARCHAR(100) NOT NULL,"
                + " installed_on TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP, execution_time INT NOT NULL,"
                + " success BOOLEAN NOT NULL, CONSTRAINT flyway_schema_history_pk PRIMARY KEY (installed_rank))");
        database.execute("CREATE INDEX flyway_schema_history_s_idx ON flyway_schema_history (success)");
        database.execute("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script,"
                + " checksum, installed_by, execution_time, success)"
                + " VALUES (1, '1', 'init', 'SQL', 'V1__init.sql', 12345, 'app', 10, TRUE)");
        runSection("## From Flyway", app);
        assertRowsKept(db);
        assertThat(database.query("SELECT script FROM flyway_schema_history"))
                .containsExactly(Map.of("script", "V1__init.sql"));
    }

    @DatabaseTest
    void fromLiquibase(TestDatabase db) throws Exception {
        UserProject app = ExistingDatabaseTest.hibernateBuilt(db);
        DatabaseView database = new DatabaseView(db);
        database.execute("CREATE TABLE databasechangeloglock (id INTEGER NOT NULL, locked BOOLEAN NOT NULL,"
                + " lockgranted TIMESTAMP, lockedby VARCHAR(255), CONSTRAINT databasechangeloglock_pkey"
                + " PRIMARY KEY (id))");
        database.execute("CREATE TABLE databasechangelog (id VARCHAR(255) NOT NULL, author VARCHAR(255) NOT NULL,"
                + " filename VARCHAR(255) NOT NULL, dateexecuted TIMESTAMP NOT NULL, orderexecuted INTEGER NOT NULL,"
                + " exectype VARCHAR(10) NOT NULL, md5sum VARCHAR(35), description VARCHAR(255),"
                + " comments VARCHAR(255), tag VARCHAR(255), liquibase VARCHAR(20), contexts VARCHAR(255),"
                + " labels VARCHAR(255), deployment_id VARCHAR(10))");
        database.execute("INSERT INTO databasechangeloglock (id, locked) VALUES (1, FALSE)");
        database.execute("INSERT INTO databasechangelog (id, author, filename, dateexecuted, orderexecuted,"
                + " exectype) VALUES ('1', 'app', 'changelog.xml', CURRENT_TIMESTAMP, 1, 'EXECUTED')");
        runSection("## From Liquibase", app);
        assertRowsKept(db);
        assertThat(database.tables()).contains("databasechangelog", "databasechangeloglock");
    }

    @DatabaseTest
    void alembicsWay(TestDatabase db) throws Exception {
        UserProject app = ExistingDatabaseTest.hibernateBuilt(db);
        runSection("## Alembic's way: an empty first revision", app);
        assertRowsKept(db);
    }

    /** Each block's autogen lines in order; the entity gains its priority column before the second block. */
    private static void runSection(String heading, UserProject app) throws Exception {
        List<List<String[]>> blocks = blocks(heading);
        assertThat(blocks).as("blocks under " + heading).hasSizeGreaterThanOrEqualTo(2);
        for (int i = 0; i < blocks.size(); i++) {
            if (i == 1) {
                app.entities(Map.of("Ticket", TICKET_WITH_PRIORITY));
            }
            for (String[] command : blocks.get(i)) {
                CliRun run = app.autogen(command);
                assertThat(run.exitCode()).as(String.join(" ", command) + "\n" + run).isZero();
                assertThat(run.err()).as(String.join(" ", command)).isEmpty();
            }
        }
        assertThat(new DatabaseView(app.db()).columns("tickets")).containsKey("priority");
    }

    private static void assertRowsKept(TestDatabase db) throws Exception {
        assertThat(new DatabaseView(db).query("SELECT title FROM tickets"))
                .containsExactly(Map.of("title", "printer jam"));
    }

    /** The {@code sh} blocks between {@code heading} and the next heading of its level, as autogen argument lists. */
    static List<List<String[]>> blocks(String heading) throws Exception {
        List<String> lines = Files.readAllLines(Path.of("..", "docs", "adopting.md"));
        int start = lines.indexOf(heading);
        assertThat(start).as(heading + " in docs/adopting.md").isNotNegative();
        List<List<String[]>> blocks = new ArrayList<>();
        List<String[]> block = null;
        for (String line : lines.subList(start + 1, lines.size())) {
            if (line.startsWith("## ")) {
                break;
            } else if (line.equals("```sh")) {
                block = new ArrayList<>();
            } else if (line.equals("```") && block != null) {
                blocks.add(block);
                block = null;
            } else if (block != null) {
                assertThat(line).as("a line of a block in docs/adopting.md").startsWith("autogen ");
                block.add(arguments(line.substring("autogen ".length())));
            }
        }
        return blocks;
    }

    /** Words split on blanks, a double-quoted run being one word. */
    private static String[] arguments(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean quoted = false;
        for (char ch : line.toCharArray()) {
            if (ch == '"') {
                quoted = !quoted;
            } else if (ch == ' ' && !quoted) {
                if (word.length() > 0) {
                    words.add(word.toString());
                    word.setLength(0);
                }
            } else {
                word.append(ch);
            }
        }
        if (word.length() > 0) {
            words.add(word.toString());
        }
        return words.toArray(String[]::new);
    }
}
