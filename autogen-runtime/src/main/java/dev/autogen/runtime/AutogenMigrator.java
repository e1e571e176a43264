package dev.autogen.runtime;

import dev.autogen.AutogenException;
import dev.autogen.dialect.Dialect;
import dev.autogen.dialect.Dialects;
import dev.autogen.revision.ClasspathMigrations;
import dev.autogen.revision.LoadedRevision;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
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
    private final String packageName;
    private final String versionTable;
    private final Consumer<String> log;

    private AutogenMigrator(DataSource dataSource, Supplier<ClassLoader> loader, String packageName,
            String versionTable, Consumer<String> log) {
        this.dataSource = dataSource;
        this.loader = loader;
        this.packageName = packageName;
        this.versionTable = versionTable;
        this.log = log;
    }

    public static AutogenMigrator forDataSource(DataSource dataSource) {
        return new AutogenMigrator(Objects.requireNonNull(dataSource, "dataSource == null"),
                AutogenMigrator::defaultLoader, null, DEFAULT_VERSION_TABLE,
                line -> LOGGER.log(System.Logger.Level.INFO, line));
    }

    /** The package holding the {@code @Revision} classes, read through the thread's context class loader. */
    public AutogenMigrator migrations(String packageName) {
        return new AutogenMigrator(dataSource, loader, requireName(packageName), versionTable, log);
    }

    /** The package holding the {@code @Revision} classes, read through {@code loader}. */
    public AutogenMigrator migrations(ClassLoader loader, String packageName) {
        Objects.requireNonNull(loader, "loader == null");
        return new AutogenMigrator(dataSource, () -> loader, requireName(packageName), versionTable, log);
    }

    public AutogenMigrator versionTable(String name) {
        return new AutogenMigrator(dataSource, loader, packageName, requireName(name), log);
    }

    /** Where progress lines go ({@code Running upgrade ...}); by default the System.Logger {@code dev.autogen.migrations}. */
    public AutogenMigrator log(Consumer<String> log) {
        return new AutogenMigrator(dataSource, loader, packageName, versionTable, Objects.requireNonNull(log));
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

    private MigrationPlanner planner() {
        if (packageName == null) {
            throw new AutogenException("no migrations package given; call migrations(\"com.example.migrations\")");
        }
        List<LoadedRevision> revisions = ClasspathMigrations.scan(loader.get(), packageName);
        if (revisions.isEmpty()) {
            throw new AutogenException("no @Revision classes in package " + packageName + " on the class path;"
                    + " check the package name and that the migrations are compiled into the application");
        }
        return new MigrationPlanner(revisions);
    }

    private Migrator migrator(MigrationPlanner planner) {
        return new Migrator(this::connect, dialect(), versionTable, planner.infos(), log);
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
            return dataSource.getConnection();
        } catch (SQLException e) {
            throw new AutogenException("cannot connect through the DataSource: " + e.getMessage(), e);
        }
    }

    private static ClassLoader defaultLoader() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return context != null ? context : AutogenMigrator.class.getClassLoader();
    }

    private static String requireName(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a name is required");
        }
        return name.strip();
    }
}
