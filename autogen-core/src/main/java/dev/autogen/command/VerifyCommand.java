package dev.autogen.command;

import dev.autogen.AutogenException;
import dev.autogen.SecretMask;
import dev.autogen.config.AutogenConfig;
import dev.autogen.dialect.Dialect;
import dev.autogen.dialect.Dialects;
import dev.autogen.dialect.mysql.MysqlDialect;
import dev.autogen.runtime.ConnectionSource;
import dev.autogen.runtime.HistoryModel;
import dev.autogen.runtime.MigrationPlanner;
import dev.autogen.verify.Finding;
import dev.autogen.verify.GraphCheck;
import dev.autogen.verify.Report;
import dev.autogen.verify.ScratchDatabase;
import dev.autogen.verify.Verifier;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code autogen verify}: replay every revision on a scratch database (in-memory SQLite, or a
 * throwaway schema in the configured or given PostgreSQL database) and report each revision that
 * is empty, fails, is not undone by its downgrade or cannot run twice, the lint's warnings, and
 * how the schema at head differs from the entities. The configured database is never changed
 * outside the scratch schema.
 */
public final class VerifyCommand {
    private VerifyCommand() {
    }

    /**
     * @param scratchUrl a database to create the scratch schema in instead of the configured one;
     *     its credentials go in the URL
     */
    public static Report run(Project project, Optional<String> scratchUrl) {
        if (!project.config().schemas().isEmpty()) {
            // The replay would create the listed schemas for real, beside the scratch one.
            throw new AutogenException("verify replays into one scratch schema and cannot yet copy the schemas"
                    + " 'schemas' lists (" + String.join(", ", project.config().schemas()) + "); run verify on a"
                    + " model in one schema, and rely on check for this one");
        }
        long start = System.nanoTime();
        List<Finding> graph = GraphCheck.findings(project.loadedRevisions());
        if (graph.stream().anyMatch(f -> !f.kind().equals("several-heads"))) {
            return new Report("verify", List.of("the migrations' graph is broken; no revision was replayed"), graph);
        }
        MigrationPlanner planner = project.planner();
        try (ScratchDatabase scratch = scratch(project, scratchUrl)) {
            // The scratch database's dialect: with no URL at all it is in-memory SQLite.
            HistoryStart begin = HistoryStart.of(project, new HistoryModel(planner,
                    scratch.dialect().implicitBehavior()), planner.graph().heads());
            if (begin.problem().isPresent()) {
                List<Finding> findings = new ArrayList<>(graph);
                findings.add(begin.problem().get());
                return new Report("verify", List.of("no revision was replayed: the starting schema is unknown"),
                        findings);
            }
            return run(project, planner, scratch, begin, graph, start);
        }
    }

    private static Report run(Project project, MigrationPlanner planner, ScratchDatabase scratch, HistoryStart begin,
            List<Finding> graph, long start) {
        AutogenConfig config = project.config();
        try (EntitiesInBackground entities = readEntities(config, scratch.dialect())) {
            Report found = new Verifier(planner, scratch, config.versionTable(), config.tableFilter(),
                    Optional.ofNullable(entities).map(e -> e::await), begin.schema(), begin.adoptingRoots()).run();
            List<String> facts = new ArrayList<>();
            facts.add("scratch database: " + scratch.description());
            facts.addAll(begin.facts());
            facts.addAll(found.facts());
            facts.add(String.format(Locale.ROOT, "time: %.1f s", (System.nanoTime() - start) / 1e9));
            List<Finding> findings = new ArrayList<>(graph);
            findings.addAll(found.findings());
            return new Report("verify", facts, findings);
        }
    }

    /** Hibernate's boot is the slowest part: it runs on a second thread while the revisions replay. */
    private static EntitiesInBackground readEntities(AutogenConfig config, Dialect dialect) {
        if (config.entitiesClasspath().isEmpty() && config.entitiesPackages().isEmpty()) {
            return null;
        }
        return EntitiesInBackground.start(config, dialect);
    }

    static ScratchDatabase scratch(Project project, Optional<String> scratchUrl) {
        String url = scratchUrl.orElse(project.config().url());
        if (url.isBlank()) {
            return ScratchDatabase.inMemorySqlite();
        }
        // The project's own database follows its server (a jdbc:mysql: URL may reach MariaDB).
        Dialect dialect = scratchUrl.isPresent() ? Dialects.forUrl(url) : project.dialect();
        if (dialect.name().equals("sqlite")) {
            return ScratchDatabase.inMemorySqlite();
        }
        ConnectionSource server = scratchUrl.isPresent() ? () -> connect(scratchUrl.get()) : project::connect;
        if (dialect instanceof MysqlDialect) {
            return ScratchDatabase.mysqlDatabase(server, SecretMask.url(url), dialect);
        }
        return ScratchDatabase.postgresSchema(server, SecretMask.url(url));
    }

    private static java.sql.Connection connect(String url) {
        try {
            return DriverManager.getConnection(url);
        } catch (SQLException e) {
            throw new AutogenException("cannot connect to the scratch database " + SecretMask.url(url) + ": "
                    + SecretMask.text(e.getMessage(), SecretMask.secretsIn(url)) + " (is the server running, and are the credentials in --scratch-url right?)", e);
        }
    }
}
