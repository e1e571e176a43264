package dev.autogen.command;

import dev.autogen.AutogenException;
import dev.autogen.config.AutogenConfig;
import dev.autogen.dialect.Dialect;
import dev.autogen.dialect.Dialects;
import dev.autogen.revision.LoadedRevision;
import dev.autogen.revision.RevisionGraph;
import dev.autogen.revision.RevisionInfo;
import dev.autogen.runtime.ConnectionSource;
import dev.autogen.runtime.HistoryModel;
import dev.autogen.runtime.MigrationPlanner;
import dev.autogen.runtime.Migrator;
import dev.autogen.runtime.OfflineMigrator;
import dev.autogen.script.RevisionHeader;
import dev.autogen.script.ScriptDirectory;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One configured project for the length of a command: its settings, dialect, migrations (compiled
 * once, on first use) and database. Commands take it; nothing here is global.
 */
public final class Project {
    private final AutogenConfig config;
    private final Consumer<String> log;
    private final Clock clock;
    private List<LoadedRevision> loaded;
    private MigrationPlanner planner;
    private Optional<List<RevisionHeader>> headers;
    private RevisionGraph headerGraph;

    public Project(AutogenConfig config, Consumer<String> log, Clock clock) {
        this.config = config;
        this.log = log;
        this.clock = clock;
    }

    public AutogenConfig config() {
        return config;
    }

    public Clock clock() {
        return clock;
    }

    public void log(String line) {
        log.accept(line);
    }

    public Dialect dialect() {
        return Dialects.forUrl(requireUrl());
    }

    public ScriptDirectory scripts() {
        return new ScriptDirectory(config.scriptLocation(), config.scriptPackage());
    }

    public List<LoadedRevision> revisions() {
        return planner().revisions();
    }

    /** The migrations, compiled and loaded on first use, with their validated graph. */
    public MigrationPlanner planner() {
        if (planner == null) {
            ScriptDirectory.requireDistinctIds(loadedRevisions());
            planner = new MigrationPlanner(loadedRevisions());
        }
        return planner;
    }

    /**
     * Every migration of the folder, compiled and loaded once, before any graph rule is checked:
     * {@code check} and {@code verify} report graph problems from these rather than stop at the first.
     */
    public List<LoadedRevision> loadedRevisions() {
        if (loaded == null) {
            loaded = scripts().loadAll();
        }
        return loaded;
    }

    /** The migrations as a model of the schema they make, replayed without a database. */
    public HistoryModel history() {
        return new HistoryModel(planner(), dialect().implicitBehavior());
    }

    /**
     * The revision graph. The graph commands need only the {@code @Revision} annotations, so while
     * nothing has compiled the migrations they are read from the sources as text (a long history
     * then costs no compilation); a folder that text cannot read is compiled as before.
     */
    public RevisionGraph graph() {
        if (planner == null && loaded == null && headers().isPresent()) {
            if (headerGraph == null) {
                headerGraph = RevisionGraph.of(headers().get().stream().map(RevisionHeader::info).toList());
            }
            return headerGraph;
        }
        return planner().graph();
    }

    /** Each revision's source file by id, read the cheaper way as {@link #graph()} is. */
    public Map<String, Path> sourcesById() {
        if (planner == null && loaded == null && headers().isPresent()) {
            return headers().get().stream().collect(Collectors.toMap(h -> h.info().id(), RevisionHeader::source));
        }
        return revisions().stream().collect(Collectors.toMap(r -> r.info().id(), LoadedRevision::source));
    }

    private List<RevisionInfo> revisionInfos() {
        if (planner == null && loaded == null && headers().isPresent()) {
            return headers().get().stream().map(RevisionHeader::info).toList();
        }
        return planner().infos();
    }

    private Optional<List<RevisionHeader>> headers() {
        if (headers == null) {
            headers = scripts().readHeaders();
        }
        return headers;
    }

    public Map<String, LoadedRevision> revisionsById() {
        return revisions().stream().collect(Collectors.toMap(r -> r.info().id(), Function.identity()));
    }

    public Migrator migrator() {
        return new Migrator(connections(), dialect(), config.versionTable(), revisionInfos(), log);
    }

    /** Writes SQL instead of running it: needs the URL only for its dialect, never a connection. */
    public OfflineMigrator offlineMigrator() {
        return new OfflineMigrator(dialect(), config.versionTable(), planner().infos());
    }

    public ConnectionSource connections() {
        requireUrl();
        return this::connect;
    }

    /** Opens a connection, turning driver failures into one sentence a user can act on. */
    public Connection connect() {
        try {
            return connect(requireUrl());
        } catch (SQLException e) {
            throw new AutogenException("cannot connect to " + Urls.redact(config.url()) + ": "
                    + firstLine(e.getMessage()) + " (is the server running, and are url, user and password right?)", e);
        }
    }

    private Connection connect(String url) throws SQLException {
        Connection c = config.user().isPresent()
                ? DriverManager.getConnection(url, config.user().get(), config.password().orElse(null))
                : DriverManager.getConnection(url);
        Optional<String> schema = config.schema();
        if (schema.isPresent()) {
            c.setSchema(schema.get());
        }
        return c;
    }

    private String requireUrl() {
        if (config.url().isBlank()) {
            throw new AutogenException("no database URL: set 'url' in autogen.properties, AUTOGEN_URL, or --url");
        }
        return config.url();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "no message from the driver";
        }
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).strip();
    }
}
