package dev.autogen.command;

import dev.autogen.AutogenException;
import dev.autogen.config.TableFilter;
import dev.autogen.diff.SchemaDiff;
import dev.autogen.ops.Op;
import dev.autogen.revision.LoadedRevision;
import dev.autogen.revision.RevisionInfo;
import dev.autogen.runtime.Direction;
import dev.autogen.runtime.MigrationPlanner;
import dev.autogen.runtime.MigrationStep;
import dev.autogen.runtime.Migrator;
import dev.autogen.schema.Schema;
import dev.autogen.verify.ScratchDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Proves a squash before anything is written: on a scratch database (the one {@code verify}
 * uses), the original range is applied and reflected, reverted, then the squashed revision is
 * applied and reflected; the two schemas must be identical, and the squashed revision's downgrade
 * must give back the schema before the range.
 */
final class SquashProof {
    private final Project project;
    private final MigrationPlanner planner;
    private final String range;

    SquashProof(Project project, MigrationPlanner planner, String range) {
        this.project = project;
        this.planner = planner;
        this.range = range;
    }

    /** Returns quietly when the squashed revision is equivalent to the range; refuses otherwise. */
    void prove(LoadedRevision squashed, String last) {
        List<String> parents = squashed.info().parents();
        String parentTarget = parents.isEmpty() ? "base" : parents.get(0);
        try (ScratchDatabase scratch = VerifyCommand.scratch(project, Optional.empty())) {
            List<RevisionInfo> infos = new ArrayList<>(planner.infos());
            infos.add(squashed.info());
            Migrator migrator = new Migrator(scratch.connections(), scratch.dialect(), project.config().versionTable(),
                    infos, line -> {
                    });
            if (!parents.isEmpty()) {
                migrator.run(planner.upgrade(List.of(), parentTarget));
            }
            Schema before = reflect(scratch);
            migrator.run(planner.upgrade(migrator.currentHeads(), last));
            Schema original = reflect(scratch);
            migrator.run(planner.downgrade(migrator.currentHeads(), parentTarget));
            migrator.run(List.of(new MigrationStep(squashed, Direction.UPGRADE)));
            requireSame(original, reflect(scratch), scratch, "upgrade", "the range gives");
            migrator.run(List.of(new MigrationStep(squashed, Direction.DOWNGRADE)));
            requireSame(before, reflect(scratch), scratch, "downgrade", "the database had before the range");
        } catch (AutogenException e) {
            if (e.getMessage().startsWith("cannot squash")) {
                throw e;
            }
            throw new AutogenException("cannot squash " + range + ": replaying it on a scratch database failed ("
                    + e.getMessage() + "); nothing was written, run `autogen verify` to find the faulty revision", e);
        }
    }

    private void requireSame(Schema expected, Schema actual, ScratchDatabase scratch, String direction,
            String what) {
        if (expected.equals(actual)) {
            return;
        }
        List<Op> ops = SchemaDiff.compare(expected, actual, scratch.dialect());
        throw new AutogenException("cannot squash " + range + ": the squashed revision's " + direction
                + " does not give the schema " + what + " ("
                + (ops.isEmpty() ? "the same tables, spelled or ordered differently" : ops.get(0).describe())
                + "); nothing was written");
    }

    private Schema reflect(ScratchDatabase scratch) {
        try (Connection c = scratch.connections().open()) {
            // Every table but autogen's own: what include/exclude.tables leave out is still the range's work.
            return scratch.dialect().reflect(c, new TableFilter(List.of(), List.of(), project.config().versionTable()));
        } catch (SQLException e) {
            throw new AutogenException("cannot read the scratch database " + scratch.description() + ": "
                    + e.getMessage(), e);
        }
    }
}
