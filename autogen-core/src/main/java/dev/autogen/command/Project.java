package dev.autogen.command;

import dev.autogen.AutogenException;
import dev.autogen.SecretMask;
import dev.autogen.config.AutogenConfig;
import dev.autogen.dialect.Dialect;
import dev.autogen.dialect.Dialects;
import dev.autogen.revision.LoadedRevision;
import dev.autogen.revision.RevisionGraph;
import dev.autogen.revision.Replacements;
import dev.autogen.revision.RevisionInfo;
import dev.autogen.runtime.ConnectionSource;
import dev.autogen.runtime.HistoryModel;
import dev.autogen.runtime.MigrationPlanner;
import dev.autogen.runtime.Migrator;
import dev.autogen.runtime.OfflineMigrator;
import dev.autogen.runtime.RevisionProgress;
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
    /** Set by commands that write SQL instead of running it: the dialect then comes from the URL alone. */
    private boolean offline;
    /** The dialect of the server a {@code jdbc:mysql:} URL reaches, asked once. */
    private Dialect serverDialect;

    public Project(AutogenConfig config, Consumer<String> log, Clock clock) {
        this.config = config;
        this.log = log;
        this.clock = clock;
    }

    /**
     * The same project pointed at another database (a fleet's target): the migrations compiled for
     * this one are shared, never compiled or loaded again.
     */
    public Project forTarget(AutogenConfig targetConfig, Consumer<String> targetLog) {
        Project target = new Project(targetConfig, targetLog, clock);
        target.loaded = loadedRevisions();
        target.planner = planner();
        return target;
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

    /**
     * The database's dialect. A {@code jdbc:mysql:} URL may reach a MariaDB server (MySQL Connector/J
     * talks to both), and the two differ in sequences, constraint names and how the catalog spells a
     * default: an online command asks the server once, as Hibernate does; an offline one goes by the URL.
     */
    public synchronized Dialect dialect() {
        String url = requireUrl();
        Dialect byUrl = Dialects.forUrl(url);
        if (offline || !Dialects.serverDecides(url)) {
            return byUrl;
        }
        if (serverDialect == null) {
            serverDialect = askServer(url, byUrl);
        }
        return serverDialect;
    }

    /** For commands that never connect (SQL scripts, offline revisions): the dialect the URL names. */
    public synchronized void workOffline() {
        offline = true;
    }

    /** Unreachable, the URL's dialect stands: the command's own connection then says what is wrong. */
    private Dialect askServer(String url, Dialect byUrl) {
        try (Connection c = rawConnection(url)) {
            return Dialects.forConnection(c);
        } catch (SQLException | RuntimeException e) {
            return byUrl;
        }
    }

    public ScriptDirectory scripts() {
        return new ScriptDirectory(config.scriptLocation(), config.scriptPackage(), config.moreScriptLocations());
    }

    public List<LoadedRevision> revisions() {
        return planner().revisions();
    }

    /** The migrations, compiled and loaded on first use, with their validated graph. */
    public MigrationPlanner planner() {
        if (planner == null) {
            ScriptDirectory.requireDistinctIds(loadedRevisions());
            planner = new MigrationPlanner(loadedRevisions(), scripts()::loadReplaced);
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

    /** What the squashed revisions replace, read the cheaper way as {@link #graph()} is. */
    public Replacements replacements() {
        return Replacements.of(revisionInfos());
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
        return new Migrator(connections(), dialect(), config.versionTable(), revisionInfos(), log, config.schemas());
    }

    /** Writes SQL instead of running it: needs the URL only for its dialect, never a connection. */
    public OfflineMigrator offlineMigrator() {
        workOffline();
        return new OfflineMigrator(dialect(), config.versionTable(), planner().infos());
    }

    /** Connections for a command that writes: a SQLite file that is not there is created. */
    public ConnectionSource connections() {
        dialect().requireLastingDatabase(requireUrl());
        return this::open;
    }

    /**
     * A connection for a command that only reads: a SQLite file that is not there is said to be
     * missing, never created (a mistyped path would otherwise leave an empty database behind).
     */
    public Connection connect() {
        requireDatabase();
        return open();
    }

    /** The database's current heads, for a command that only reads. */
    public List<String> currentHeads() {
        requireDatabase();
        return migrator().currentHeads();
    }

    /**
     * The revision a run stopped in part way, for a command that only reads; only a database whose
     * DDL commits statement by statement (MariaDB, MySQL) can have one.
     */
    public Optional<RevisionProgress> partialRevision() {
        requireDatabase();
        return migrator().partialRevision();
    }

    /** Whether the database is there to read; a server database always is (or fails to connect). */
    public boolean databaseExists() {
        return dialect().missingDatabase(requireUrl()).isEmpty();
    }

    void requireDatabase() {
        dialect().requireLastingDatabase(requireUrl());
        Optional<java.nio.file.Path> missing = dialect().missingDatabase(config.url());
        if (missing.isPresent()) {
            throw new AutogenException("the SQLite database file " + missing.get() + " does not exist (nothing was"
                    + " created: a command that only reads never creates it); check the url, or run `autogen upgrade`"
                    + " to create the database");
        }
    }

    /** Opens a connection, turning driver failures into one sentence a user can act on. */
    private Connection open() {
        try {
            Connection c = connect(requireUrl());
            try {
                dialect().prepareConnection(c);
            } catch (SQLException | RuntimeException e) {
                c.close();
                throw e;
            }
            return c;
        } catch (SQLException e) {
            throw new AutogenException("cannot connect to " + SecretMask.url(config.url()) + ": "
                    + SecretMask.text(firstLine(e.getMessage()), secrets())
                    + " (is the server running, and are url, user and password right?)", e);
        }
    }

    private Connection rawConnection(String url) throws SQLException {
        return config.user().isPresent()
                ? DriverManager.getConnection(url, config.user().get(), config.password().orElse(null))
                : DriverManager.getConnection(url);
    }

    /** The configured password and the secrets of the URL: never shown, even where a driver quotes them alone. */
    public List<String> secrets() {
        List<String> secrets = new java.util.ArrayList<>(SecretMask.secretsIn(config.url()));
        config.password().ifPresent(secrets::add);
        return secrets;
    }

    private Connection connect(String url) throws SQLException {
        Connection c = rawConnection(url);
        Optional<String> schema = config.schema();
        if (schema.isPresent()) {
            try {
                dialect().useSchema(c, schema.get());
            } catch (SQLException | RuntimeException e) {
                c.close();
                throw e;
            }
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
