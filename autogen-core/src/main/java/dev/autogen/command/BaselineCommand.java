package dev.autogen.command;

import dev.autogen.AutogenException;
import dev.autogen.SecretMask;
import dev.autogen.config.AutogenConfig;
import dev.autogen.diff.OpOrdering;
import dev.autogen.dialect.Dialect;
import dev.autogen.model.jpa.EntityModelReader;
import dev.autogen.ops.BulkInsert;
import dev.autogen.ops.CreateSequence;
import dev.autogen.ops.CreateTable;
import dev.autogen.ops.MigrationPlan;
import dev.autogen.ops.Op;
import dev.autogen.render.BaselineSummary;
import dev.autogen.render.MigrationRenderer;
import dev.autogen.revision.LoadedRevision;
import dev.autogen.revision.RevisionIds;
import dev.autogen.revision.RevisionInfo;
import dev.autogen.revision.RevisionChecksum;
import dev.autogen.runtime.ChecksumTable;
import dev.autogen.runtime.Migrator;
import dev.autogen.runtime.VersionTable;
import dev.autogen.schema.Column;
import dev.autogen.schema.Schema;
import dev.autogen.schema.Sequence;
import dev.autogen.schema.Table;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code autogen baseline}: adopt a database that no migrations manage yet. Its schema is reflected
 * and written as the first revision (tables with their columns, keys, constraints, indexes and
 * comments; sequences; the first rows of the entities' generator tables), and the database is
 * stamped at that revision without running it, in one step: if the stamp fails, the file is
 * removed again. Other tools' version tables stay out, as in every diff.
 */
public final class BaselineCommand {
    private BaselineCommand() {
    }

    public static BaselineResult run(Project project, BaselineRequest request) {
        AutogenConfig config = project.config();
        requireNoRevisions(project);
        String id = request.revisionId().map(RevisionCommand::validId).orElseGet(RevisionIds::random);
        Dialect dialect = project.dialect();
        List<String> leftOut = new ArrayList<>();
        Schema schema = reflect(project, leftOut);
        if (schema.tables().isEmpty() && schema.sequences().isEmpty()) {
            throw new AutogenException("the database has no tables to baseline: start the history with"
                    + " `autogen revision -m \"...\"` instead");
        }
        Schema created = withInitialRows(project, creatable(schema, dialect));
        RevisionInfo info = new RevisionInfo(id, List.of(), request.message(), RevisionCommand.created(project),
                List.of());
        String summary = BaselineSummary.of(request.message(), created, SecretMask.url(config.url()),
                info.created().substring(0, 10), leftOut);
        Path file = project.scripts().write(MigrationRenderer.renderBaseline(info, config.scriptPackage(),
                new MigrationPlan(plan(created)), summary));
        project.log("Generating " + file + " ...  done");
        try {
            stamp(project, id);
        } catch (RuntimeException e) {
            deleteQuietly(file, e);
            throw e;
        }
        project.log("Stamped the database at " + id);
        return new BaselineResult(file, id, created.tables().stream().map(Table::name).toList(),
                created.sequences().stream().map(Sequence::name).toList(), leftOut);
    }

    private static void requireNoRevisions(Project project) {
        int count = project.loadedRevisions().size();
        if (count > 0) {
            throw new AutogenException("the migrations folder " + project.config().scriptLocation() + " already holds "
                    + count + (count == 1 ? " revision" : " revisions") + "; baseline writes the first revision of a"
                    + " new history: write further changes with `autogen revision`");
        }
    }

    /** The managed tables, refusing a database autogen already manages; names what the filter leaves out. */
    private static Schema reflect(Project project, List<String> leftOut) {
        AutogenConfig config = project.config();
        Dialect dialect = project.dialect();
        VersionTable versionTable = new VersionTable(config.versionTable(), dialect);
        String checksums = ChecksumTable.nameFor(config.versionTable());
        try (Connection c = project.connect()) {
            if (versionTable.exists(c)) {
                List<String> heads = versionTable.heads(c);
                throw new AutogenException("the database already has the version table " + config.versionTable()
                        + " (at " + RevisionCommand.describe(heads) + "), so autogen manages it already: write changes"
                        + " with `autogen revision`, or drop " + config.versionTable() + " and " + checksums
                        + " first to adopt it afresh");
            }
            return dialect.reflect(c, name -> {
                boolean managed = config.tableFilter().test(name);
                if (!managed && !name.equalsIgnoreCase(checksums)) {
                    leftOut.add(name);
                }
                return managed;
            }, config.schemas());
        } catch (SQLException e) {
            throw new AutogenException("cannot read the database schema: " + e.getMessage(), e);
        }
    }

    /**
     * The schema as a revision can create it. A column whose default draws from a sequence of its
     * own (PostgreSQL's serial) is written as the identity column the comparison takes it for: the
     * sequence belongs to the column and is not a schema object a revision could name.
     */
    static Schema creatable(Schema schema, Dialect dialect) {
        List<Table> tables = new ArrayList<>();
        for (Table table : schema.tables()) {
            Table normal = dialect.normalize(table);
            List<Column> columns = new ArrayList<>();
            for (int i = 0; i < table.columns().size(); i++) {
                Column real = table.columns().get(i);
                Column compared = normal.columns().get(i);
                boolean ownSequence = compared.identity() && !real.identity() && real.defaultValue().isPresent();
                columns.add(ownSequence ? real.toBuilder().type(compared.type()).identity(true)
                        .defaultValue(Optional.empty()).build() : real);
            }
            tables.add(table.toBuilder().columns(columns).build());
        }
        return new Schema(tables, schema.sequences());
    }

    /**
     * The rows the entities' generator tables start with (a table emulating a sequence, a
     * {@code @TableGenerator}'s table), so that a database created from the baseline can hand out
     * ids; none when the project names no entities.
     */
    private static Schema withInitialRows(Project project, Schema schema) {
        AutogenConfig config = project.config();
        if (config.entitiesClasspath().isEmpty() || config.entitiesPackages().isEmpty()) {
            return schema;
        }
        Schema entities = EntityModelReader.read(RevisionCommand.entitySource(config), project.dialect());
        List<Table> tables = new ArrayList<>();
        for (Table table : schema.tables()) {
            List<Map<String, Object>> rows = entities.table(table.name())
                    .filter(e -> e.initialRows().stream().allMatch(r -> table.columnNames().containsAll(r.keySet())))
                    .map(Table::initialRows).orElse(List.of());
            tables.add(table.toBuilder().initialRows(rows).build());
        }
        return new Schema(tables, schema.sequences());
    }

    /** Sequences, then tables referenced-first, each followed by its first rows. */
    private static List<Op> plan(Schema schema) {
        List<Op> ops = new ArrayList<>();
        schema.sequences().forEach(s -> ops.add(new CreateSequence(s)));
        for (Table table : schema.tables()) {
            ops.add(new CreateTable(table.toBuilder().initialRows(List.of()).build()));
            if (!table.initialRows().isEmpty()) {
                ops.add(new BulkInsert(table.name(), table.initialRows()));
            }
        }
        return OpOrdering.order(ops);
    }

    /** The file just written, compiled and loaded as any revision, then stamped with its checksum. */
    private static void stamp(Project project, String id) {
        AutogenConfig config = project.config();
        LoadedRevision revision = project.scripts().loadAll().stream().filter(r -> r.info().id().equals(id))
                .findFirst().orElseThrow(() -> new AutogenException("the baseline revision " + id
                        + " was written but cannot be loaded back from " + config.scriptLocation()));
        Map<String, String> checksum = Map.of(id, RevisionChecksum.of(revision.migration()));
        new Migrator(project.connections(), project.dialect(), config.versionTable(), List.of(revision.info()),
                project::log).stamp(current -> List.of(id), checksum);
    }

    private static void deleteQuietly(Path file, RuntimeException cause) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            cause.addSuppressed(e);
        }
    }
}
