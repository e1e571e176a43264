package dev.autogen.runtime;

import dev.autogen.AutogenException;
import dev.autogen.dialect.Dialect;
import dev.autogen.dialect.Dialects;
import dev.autogen.revision.ClasspathMigrations;
import dev.autogen.revision.LoadedRevision;
import dev.autogen.revision.RevisionChecksum;
import dev.autogen.revision.RevisionGraph;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * The entry point for applications that migrate at start-up, with the migrations compiled into the
 * application (no Java compiler needed in production):
 *
 * <pre>{@code
 * AutogenMigrator.forDataSource(dataSource).migrations("com.example.migrations").upgradeToHead();
 * }</pre>
 *
 * Runs exactly as {@code autogen upgrade}: one transaction and lock per revision, so several
 * instances starting at once apply each revision once, and each applied revision's checksum is the
 * one the command line records (computed from the class), so {@code autogen check} validates a
 * database migrated at start-up. The dialect follows from the connection's URL.
 * Instances are immutable; each setter returns a new one.
 */
public final class AutogenMigrator {
    public static final String DEFAULT_VERSION_TABLE = "autogen_version";
    private static final System.Logger LOGGER = System.getLogger("dev.autogen.migrations");

    private final DataSource dataSource;
    private final Supplier<ClassLoader> loader;
    private final List<String> packageNames;
    private final String versionTable;
    private final Consumer<String> log;
    /** The schema each connection is put in (a tenant's), empty for the data source's own. */
    private final Optional<String> schema;
    /** Other schemas (PostgreSQL) or databases (MySQL, MariaDB) the migrations put tables in. */
    private final List<String> schemas;

    private AutogenMigrator(DataSource dataSource, Supplier<ClassLoader> loader, List<String> packageNames,
            String versionTable, Consumer<String> log) {
        this(dataSource, loader, packageNames, versionTable, log, Optional.empty(), List.of());
    }

    private AutogenMigrator(DataSource dataSource, Supplier<ClassLoader> loader, List<String> packageNames,
            String versionTable, Consumer<String> log, Optional<String> schema, List<String> schemas) {
        this.dataSource = dataSource;
        this.loader = loader;
        this.packageNames = packageNames;
        this.versionTable = versionTable;
        this.log = log;
        this.schema = schema;
        this.schemas = schemas;
    }

    public static AutogenMigrator forDataSource(DataSource dataSource) {
        return new AutogenMigrator(Objects.requireNonNull(dataSource, "dataSource == null"),
                AutogenMigrator::defaultLoader, List.of(), DEFAULT_VERSION_TABLE,
                line -> LOGGER.log(System.Logger.Level.INFO, line));
    }

    /** The package holding the {@code @Revision} classes, read through the thread's context class loader. */
    public AutogenMigrator migrations(String packageName) {
        return new AutogenMigrator(dataSource, loader, List.of(requireName(packageName)), versionTable, log, schema,
                schemas);
    }

    /**
     * Several packages whose {@code @Revision} classes form one history (a library's revisions beside
     * the application's), read through the thread's context class loader.
     */
    public AutogenMigrator migrations(List<String> packageNames) {
        return new AutogenMigrator(dataSource, loader, requireNames(packageNames), versionTable, log, schema, schemas);
    }

    /** The package holding the {@code @Revision} classes, read through {@code loader}. */
    public AutogenMigrator migrations(ClassLoader loader, String packageName) {
        Objects.requireNonNull(loader, "loader == null");
        return new AutogenMigrator(dataSource, () -> loader, List.of(requireName(packageName)), versionTable, log,
                schema, schemas);
    }

    /** The packages holding the {@code @Revision} classes, read through {@code loader}. */
    public AutogenMigrator migrations(ClassLoader loader, List<String> packageNames) {
        Objects.requireNonNull(loader, "loader == null");
        return new AutogenMigrator(dataSource, () -> loader, requireNames(packageNames), versionTable, log, schema,
                schemas);
    }

    public AutogenMigrator versionTable(String name) {
        return new AutogenMigrator(dataSource, loader, packageNames, requireName(name), log, schema, schemas);
    }

    /**
     * Every connection in {@code schema} (a tenant's schema on PostgreSQL): the version table and
     * the tables live there, and the schema must exist. {@link AutogenFleet} runs one per tenant.
     */
    public AutogenMigrator schema(String schema) {
        return new AutogenMigrator(dataSource, loader, packageNames, versionTable, log, Optional.of(requireName(schema)),
                schemas);
    }

    /**
     * The other schemas (PostgreSQL) or databases (MySQL, MariaDB) the migrations put tables in
     * ({@code billing.invoices}), as the {@code schemas} setting: read with the connection's own.
     */
    public AutogenMigrator schemas(List<String> schemas) {
        Objects.requireNonNull(schemas, "schemas == null");
        return new AutogenMigrator(dataSource, loader, packageNames, versionTable, log, schema,
                schemas.stream().map(AutogenMigrator::requireName).toList());
    }

    /** The packages the revisions are read from, in the order given. */
    public List<String> packages() {
        return packageNames;
    }

    /** Where progress lines go ({@code Running upgrade ...}); by default the System.Logger {@code dev.autogen.migrations}. */
    public AutogenMigrator log(Consumer<String> log) {
        return new AutogenMigrator(dataSource, loader, packageNames, versionTable, Objects.requireNonNull(log), schema,
                schemas);
    }

    /** Applies every revision up to the single head; returns the ids applied by this call, in order. */
    public List<String> upgradeToHead() {
        return upgrade("head");
    }

    /** Applies revisions up to {@code target} (any target {@code autogen upgrade} takes). */
    public List<String> upgrade(String target) {
        MigrationPlanner planner = planner();
        Migrator migrator = migrator(planner);
        // A revision a run stopped in part way (MariaDB, MySQL) is resumed, or reverted first.
        List<MigrationStep> steps = planner.upgrade(migrator.headsToPlanFrom(Direction.UPGRADE), target);
        return migrator.run(steps).stream().map(s -> s.info().id()).toList();
    }

    /** The revisions the database is at (none at base). */
    public List<String> currentHeads() {
        return migrator(planner()).currentHeads();
    }

    /**
     * The revision a run stopped in part way, on a database whose DDL commits statement by statement
     * (MariaDB, MySQL): {@link RevisionProgress#describe()} says
     * {@code a1b2c3d4e5f6 (partially applied: 3 of 5 statements)}; the next {@link #upgrade} resumes
     * it. Always empty on PostgreSQL and SQLite, where a failed revision leaves nothing behind.
     */
    public Optional<RevisionProgress> partialRevision() {
        return migrator(planner()).partialRevision();
    }

    /**
     * Every revision, newest first, with whether the database has it applied, whether it is a head
     * the database is at, whether an applied one was edited since (its recorded checksum no
     * longer matches the class), and whether a run stopped part way through it (the
     * {@link #partialRevision()}, on MariaDB and MySQL). Reads the database, changes nothing.
     */
    public List<RevisionStatus> revisions() {
        MigrationPlanner planner = planner();
        RevisionGraph graph = planner.graph();
        Dialect dialect = dialect();
        Migrator migrator = new Migrator(this::connect, dialect, versionTable, planner.infos(), log, schemas);
        // The last revision of a squashed range stands for the squashed revision (docs/squash.md).
        List<String> heads = planner.replacements().canonical(migrator.currentHeads());
        Optional<RevisionProgress> partial = migrator.partialRevision();
        Set<String> applied = appliedBy(graph, heads);
        Map<String, String> recorded = recordedChecksums(dialect);
        List<RevisionStatus> statuses = new ArrayList<>();
        for (var info : graph.newestFirst()) {
            String checksum = recorded.get(info.id());
            boolean edited = applied.contains(info.id()) && checksum != null
                    && !RevisionChecksum.matches(checksum, planner.revision(info.id()));
            statuses.add(new RevisionStatus(info.id(), info.parents(), info.message(), info.created(),
                    applied.contains(info.id()), heads.contains(info.id()), edited,
                    partial.filter(p -> p.revision().equals(info.id())).map(PartialState::of)));
        }
        return List.copyOf(statuses);
    }

    /**
     * Refuses a database whose applied revisions the application no longer has as they ran: a
     * version naming a revision no migration on the class path defines, or an applied revision whose
     * recorded checksum no longer matches its class (edited after it was applied). The same checks
     * {@code autogen check} makes, before anything runs.
     */
    public void validate() {
        MigrationPlanner planner = planner();
        List<String> heads = migrator(planner).currentHeads();
        for (String head : heads) {
            // A revision a squashed revision replaces is known: upgrade goes on from it.
            if (!planner.graph().contains(head) && !planner.replacements().isReplaced(head)) {
                throw new AutogenException("the database is at revision " + head + ", which no migration in "
                        + String.join(", ", packageNames) + " defines; is the application older than the database?");
            }
        }
        List<String> edited = revisions().stream().filter(RevisionStatus::edited).map(RevisionStatus::id).toList();
        if (!edited.isEmpty()) {
            throw new AutogenException("applied revision(s) " + String.join(", ", edited) + " were edited after they"
                    + " were applied: their checksums no longer match the classes; restore them and write the change"
                    + " as a new revision");
        }
    }

    /**
     * Records a database that has tables but no version yet (one created before autogen, or by
     * another tool) as being at {@code target}, without running anything, as {@code autogen stamp}
     * would; {@code target} is usually the first revision, written by {@code autogen baseline}.
     * Returns whether it stamped: a database with a version, or without tables, is left alone.
     */
    public boolean baseline(String target) {
        MigrationPlanner planner = planner();
        Dialect dialect = dialect();
        Migrator migrator = new Migrator(this::connect, dialect, versionTable, planner.infos(), log, schemas);
        if (!migrator.currentHeads().isEmpty() || !hasOtherTables(dialect)) {
            return false;
        }
        String id = planner.graph().resolve(target, List.of()).orElseThrow(() -> new AutogenException(
                "the baseline must be a revision, not base: name the revision the existing tables match"));
        Map<String, String> checksums = new LinkedHashMap<>();
        for (String applied : planner.graph().ancestorsOrSelf(id)) {
            checksums.put(applied, RevisionChecksum.of(planner.revision(applied).migration()));
        }
        migrator.stamp(heads -> List.of(id), checksums);
        log.accept("Baselined the existing database at " + id + " (" + planner.graph().get(id).message() + ")");
        return true;
    }

    private boolean hasOtherTables(Dialect dialect) {
        String versionName = new VersionTable(versionTable, dialect).name();
        String checksumName = new ChecksumTable(versionTable, dialect).name();
        try (Connection c = connect()) {
            return !dialect.reflect(c, name -> !name.equals(versionName) && !name.equals(checksumName)).tables()
                    .isEmpty();
        } catch (SQLException e) {
            throw new AutogenException("cannot read the database's tables: " + e.getMessage(), e);
        }
    }

    private Map<String, String> recordedChecksums(Dialect dialect) {
        try (Connection c = connect()) {
            return new ChecksumTable(versionTable, dialect).read(c);
        } catch (SQLException e) {
            throw new AutogenException("cannot read the checksum table: " + e.getMessage(), e);
        }
    }

    private static Set<String> appliedBy(RevisionGraph graph, List<String> heads) {
        Set<String> applied = new HashSet<>();
        for (String head : heads) {
            if (graph.contains(head)) {
                applied.addAll(graph.ancestorsOrSelf(head));
            }
        }
        return applied;
    }

    private MigrationPlanner planner() {
        if (packageNames.isEmpty()) {
            throw new AutogenException("no migrations package given; call migrations(\"com.example.migrations\")");
        }
        List<LoadedRevision> revisions = new ArrayList<>();
        for (String packageName : packageNames) {
            List<LoadedRevision> found = ClasspathMigrations.scan(loader.get(), packageName);
            if (found.isEmpty()) {
                throw new AutogenException("no @Revision classes in package " + packageName + " on the class path;"
                        + " check the package name and that the migrations are compiled into the application");
            }
            revisions.addAll(found);
        }
        return new MigrationPlanner(revisions);
    }

    private Migrator migrator(MigrationPlanner planner) {
        return new Migrator(this::connect, dialect(), versionTable, planner.infos(), log, schemas);
    }

    private Dialect dialect() {
        try (Connection c = connect()) {
            return Dialects.forConnection(c);
        } catch (SQLException e) {
            throw new AutogenException("cannot read the database's URL from the DataSource: " + e.getMessage(), e);
        }
    }

    private Connection connect() {
        try {
            Connection c = dataSource.getConnection();
            if (schema.isPresent()) {
                try {
                    Dialects.forConnection(c).useSchema(c, schema.get());
                } catch (SQLException | RuntimeException e) {
                    c.close();
                    throw e;
                }
            }
            return c;
        } catch (SQLException e) {
            throw new AutogenException("cannot connect through the DataSource: " + e.getMessage(), e);
        }
    }

    private static ClassLoader defaultLoader() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return context != null ? context : AutogenMigrator.class.getClassLoader();
    }

    private static List<String> requireNames(List<String> names) {
        Objects.requireNonNull(names, "packageNames == null");
        if (names.isEmpty()) {
            throw new IllegalArgumentException("at least one package is required");
        }
        return names.stream().map(AutogenMigrator::requireName).distinct().toList();
    }

    private static String requireName(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a name is required");
        }
        return name.strip();
    }
}
